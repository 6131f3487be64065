package org.licensetriage.keys;

/** What a published key is published as. */
public enum KnownAs {
    /** A generic (default) key: selects an edition at install time and never activates. */
    GENERIC,
    /** A KMS client setup key (GVLK): activates only against an organisation's KMS host. */
    KMS_CLIENT
}
