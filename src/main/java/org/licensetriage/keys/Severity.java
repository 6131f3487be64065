package org.licensetriage.keys;

/** How much a finding matters to the person entering the key. */
public enum Severity {
    /** Windows will reject the key as typed. */
    ERROR,
    /** The key may be accepted but is unlikely to do what the customer wants. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO
}
