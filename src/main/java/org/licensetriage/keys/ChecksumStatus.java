package org.licensetriage.keys;

/** The outcome of the offline checksum, which only Windows 8+ keys carry. */
public enum ChecksumStatus {
    PASSED,
    FAILED,
    /** Legacy keys carry no offline checksum, and a malformed key cannot be decoded. */
    NOT_APPLICABLE
}
