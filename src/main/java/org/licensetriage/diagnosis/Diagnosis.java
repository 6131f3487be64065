package org.licensetriage.diagnosis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.reading.Observation;

/**
 * The answer to a diagnosis: what was read from the message, causes ranked with evidence and fixes,
 * questions, escalation and the key analysis. Its text form masks any key read from the message.
 */
public record Diagnosis(
        @Nullable ErrorCode errorCode,
        Observation detected,
        List<RankedCause> causes,
        List<Question> questions,
        EscalationAdvice escalation,
        @Nullable KeyAnalysis keyAnalysis) {
}
