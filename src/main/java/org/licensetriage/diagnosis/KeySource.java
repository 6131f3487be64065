package org.licensetriage.diagnosis;

/** Where the customer got the product key. */
public enum KeySource {
    RETAIL,
    OEM,
    VOLUME,
    SUBSCRIPTION,
    /** An online marketplace or auction: the usual source of resold and blocked keys. */
    MARKETPLACE,
    UNKNOWN
}
