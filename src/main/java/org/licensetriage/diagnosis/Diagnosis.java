package org.licensetriage.diagnosis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.keys.KeyAnalysis;

/** The answer to a diagnosis: causes ranked with evidence and fixes, questions, escalation, key analysis. */
public record Diagnosis(
        @Nullable ErrorCode errorCode,
        Detected detected,
        List<RankedCause> causes,
        List<Question> questions,
        EscalationAdvice escalation,
        @Nullable KeyAnalysis keyAnalysis) {

    /** What was read from the message; a product key found there appears only masked. */
    public record Detected(
            List<ErrorCode> errorCodes,
            @Nullable String edition,
            @Nullable String licenseChannel,
            @Nullable String partialProductKey,
            @Nullable LicenseStatus licenseStatus,
            @Nullable ErrorCode notificationReason,
            @Nullable Long remainingMinutes,
            @Nullable String maskedProductKey,
            List<SignalMatch> signals) {
    }
}
