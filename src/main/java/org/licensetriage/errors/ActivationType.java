package org.licensetriage.errors;

/**
 * How a device activates. The contract's five, plus {@code AVMA} (Automatic Virtual Machine Activation on
 * Hyper-V), which two of the codes are about and none of the five describes.
 */
public enum ActivationType {
    RETAIL,
    OEM,
    MAK,
    KMS,
    KMS_HOST,
    AVMA
}
