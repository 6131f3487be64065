package org.licensetriage.keys;

/** Why a repair was proposed, in the order the search tries them. */
public enum RepairReason {
    /** The input is close to a published key (at most 8 characters differ, or one is missing or extra). */
    NEAR_PUBLISHED_KEY,
    /** A character that never occurs in keys (O 0 I 1 L S 5 A E U Z) was replaced. */
    NEVER_VALID_CHARACTER,
    /** An {@code N} was put where the key had none (replacing a character, or inserted into 24). */
    MISSING_N,
    /** One of two {@code N}s was replaced, or deleted from 26 characters. */
    MULTIPLE_N,
    /** A valid character was swapped for its look-alike (B and 8, 6 and G, 7 and T, …). */
    LOOK_ALIKE,
    /** Any single character was replaced: the widest search, least certain. */
    SUBSTITUTION,
    /** One character was inserted into a 24-character key, or deleted from a 26-character one. */
    MISSING_OR_EXTRA_CHARACTER
}
