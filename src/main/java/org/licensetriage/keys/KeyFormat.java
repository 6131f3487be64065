package org.licensetriage.keys;

/** The shape of a key after normalisation: one {@code N}, no {@code N}, or neither a key of either kind. */
public enum KeyFormat {
    /** 25 characters of the alphabet with exactly one {@code N}: Windows 8 and later. */
    WIN8_PLUS,
    /** 25 characters of the alphabet without {@code N}: Windows 7, Vista, Server 2008 R2 and older. */
    LEGACY,
    /** Wrong length, characters outside the alphabet, or two or more {@code N}s. */
    MALFORMED
}
