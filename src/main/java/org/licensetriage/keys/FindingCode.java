package org.licensetriage.keys;

/** What the analyser noticed about a key; the codes are part of the API contract. */
public enum FindingCode {
    WRONG_LENGTH,
    INVALID_CHARACTER,
    /** No {@code N}: a legacy key, or a Windows 8+ key whose {@code N} was mistyped. */
    MISSING_N,
    MULTIPLE_N,
    /** An {@code N} as the 25th character, which no encoding produces. */
    N_IN_LAST_POSITION,
    CHECKSUM_FAILED,
    NON_ASCII_INPUT,
    GENERIC_KEY,
    KMS_CLIENT_KEY,
    EDITION_MISMATCH,
    UNUSUAL_KEY_BITS,
    UNKNOWN_GROUP,
    /** {@code installedEdition} was given but names no edition the analyser knows. */
    UNKNOWN_EDITION,
    /** The group belongs to a pre-release, beta or test configuration. */
    PRERELEASE_KEY,
    /** A key without {@code N} that is not a published one: it cannot be checked offline. */
    LEGACY_KEY
}
