package org.licensetriage.errors;

/** The contract's categories of activation errors. */
public enum ErrorCategory {
    PRODUCT_KEY,
    EDITION,
    KMS,
    MAK,
    NETWORK,
    HARDWARE,
    OEM,
    GRACE_PERIOD,
    SYSTEM_INTEGRITY,
    PERMISSIONS,
    CLOCK,
    OTHER
}
