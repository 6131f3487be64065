package org.licensetriage.diagnosis;

import org.jspecify.annotations.Nullable;
import org.licensetriage.input.TextInput;
import org.licensetriage.keys.ProductKeys;

/** {@code POST /diagnoses}: what the agent has; at least one of errorCode, message and productKey. */
record DiagnosisRequest(
        @Nullable String errorCode,
        @Nullable String message,
        @Nullable String productKey,
        @Nullable String installedEdition,
        @Nullable String os,
        @Nullable Facts facts) {

    static final int MAX_MESSAGE = 20_000;

    /** Every text may hold a key, so none goes through Bean Validation (its errors carry the value). */
    DiagnosisInput toInput() {
        new TextInput().optional("errorCode", errorCode, 64).optional("message", message, MAX_MESSAGE)
                .optional("productKey", productKey, 200).optional("installedEdition", installedEdition, 100)
                .optional("os", os, 100).optional("facts.upgradedFrom", facts == null ? null : facts.upgradedFrom(), 100)
                .check();
        return new DiagnosisInput(errorCode, message, productKey, installedEdition, os,
                facts == null ? Facts.NONE : facts);
    }

    @Override
    public String toString() {
        return "DiagnosisRequest[errorCode=" + errorCode + ", message=" + (message == null ? 0 : message.length())
                + " chars, productKey=" + (productKey == null ? null : ProductKeys.mask(productKey)) + "]";
    }
}
