package org.licensetriage.diagnosis;

import org.jspecify.annotations.Nullable;

/** What the agent sends: at least one of an error code, a message or a product key, and what they know. */
public record DiagnosisInput(
        @Nullable String errorCode,
        @Nullable String message,
        @Nullable String productKey,
        @Nullable String installedEdition,
        @Nullable String os,
        StatedFacts facts) {

    boolean nothingToDiagnose() {
        return blank(errorCode) && blank(message) && blank(productKey);
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
