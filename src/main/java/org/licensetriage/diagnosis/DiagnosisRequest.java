package org.licensetriage.diagnosis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.licensetriage.keys.ProductKeys;

/** {@code POST /diagnoses}: what the agent has; at least one of errorCode, message and productKey. */
record DiagnosisRequest(
        @Size(max = 64) @Nullable String errorCode,
        @Size(max = MAX_MESSAGE) @Nullable String message,
        @Size(max = 200) @Nullable String productKey,
        @Size(max = 100) @Nullable String installedEdition,
        @Size(max = 100) @Nullable String os,
        @Valid @Nullable Facts facts) {

    static final int MAX_MESSAGE = 20_000;

    DiagnosisInput toInput() {
        return new DiagnosisInput(errorCode, message, productKey, installedEdition, os,
                facts == null ? Facts.NONE : facts);
    }

    @Override
    public String toString() {
        return "DiagnosisRequest[errorCode=" + errorCode + ", message=" + (message == null ? 0 : message.length())
                + " chars, productKey=" + (productKey == null ? null : ProductKeys.mask(productKey)) + "]";
    }
}
