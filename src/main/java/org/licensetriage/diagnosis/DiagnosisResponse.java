package org.licensetriage.diagnosis;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.errors.ResolutionStepView;
import org.licensetriage.i18n.Language;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.KeyValidationResponse;
import org.licensetriage.reply.Reply;
import org.licensetriage.reading.LicenseStatus;
import org.licensetriage.reading.Observation;
import org.licensetriage.reading.Signal;

/** The answer of {@code POST /diagnoses}, in the request's language. */
record DiagnosisResponse(
        @Nullable String errorCode,
        DetectedView detected,
        List<RankedCauseView> causes,
        List<QuestionView> questions,
        EscalationAdviceView escalation,
        @Nullable KeyValidationResponse keyAnalysis,
        @Schema(description = "The reply to send to the customer; present only when replyLanguage or replyFormat"
                + " was given") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ReplyView reply) {

    /** A message for the customer: no cause ids or jargon, the key only masked. */
    record ReplyView(@Schema(allowableValues = {"ja", "en"}) String language,
            @Schema(allowableValues = {"text", "markdown"}) String format, String subject, String body) {

        static ReplyView of(Reply reply) {
            return new ReplyView(reply.language().tag(), reply.format().tag(), reply.subject(), reply.body());
        }
    }

    record DetectedView(List<String> errorCodes, @Nullable String edition, @Nullable String licenseChannel,
            @Nullable String partialProductKey, @Nullable LicenseStatus licenseStatus,
            @Nullable String notificationReason, @Nullable Long remainingMinutes, @Nullable String productKey,
            List<SignalView> signals, @Nullable Integer rearmCount, @Nullable String kmsHost, @Nullable Integer kmsPort,
            List<String> servicesDown, List<Integer> eventIds) {
    }

    record SignalView(Signal signal, String phrase) {
    }

    record RankedCauseView(CauseId id, double confidence, String title, List<EvidenceView> evidence,
            List<ResolutionStepView> resolution) {
    }

    record EvidenceView(EvidenceSource source, String detail) {
    }

    /** An answer to offer: post {@code value} back as {@code facts.<fact>}; show {@code label}. */
    record AnswerView(Object value, String label) {
    }

    record QuestionView(String fact, String text, List<AnswerView> answers) {
    }

    record EscalationAdviceView(boolean recommended, String reason, @Nullable EscalationContact contact,
            List<String> prepare) {
    }

    static DiagnosisResponse of(Diagnosis diagnosis, Language language) {
        Observation detected = diagnosis.detected();
        EscalationAdvice escalation = diagnosis.escalation();
        return new DiagnosisResponse(
                hex(diagnosis.errorCode()),
                new DetectedView(detectedCodes(detected), detected.edition(),
                        detected.channelName(), detected.partialProductKey(), detected.licenseStatus(),
                        hex(detected.notificationReason()), detected.remainingMinutes(), detected.maskedProductKey(),
                        detected.signals().stream().map(s -> new SignalView(s.signal(), s.phrase())).toList(),
                        detected.rearmCount(), detected.kmsHost(), detected.kmsPort(), detected.servicesDown(),
                        detected.eventIds()),
                diagnosis.causes().stream().map(c -> new RankedCauseView(c.id(), c.confidence(), c.title().in(language),
                        c.evidence().stream().map(e -> new EvidenceView(e.source(), e.detail().in(language))).toList(),
                        ResolutionStepView.of(c.resolution(), language))).toList(),
                diagnosis.questions().stream().map(q -> new QuestionView(q.fact().jsonName(), q.text().in(language),
                        q.answers().stream().map(a -> new AnswerView(a, label(a).in(language))).toList())).toList(),
                new EscalationAdviceView(escalation.recommended(), escalation.reason().in(language), escalation.contact(),
                        escalation.prepare().stream().map(p -> p.in(language)).toList()),
                diagnosis.keyAnalysis() == null ? null : KeyValidationResponse.of(diagnosis.keyAnalysis(), language),
                null);
    }

    DiagnosisResponse withReply(Reply reply) {
        return new DiagnosisResponse(errorCode, detected, causes, questions, escalation, keyAnalysis, ReplyView.of(reply));
    }

    /** The codes written in the message, then those of the on-screen texts it quotes, each once. */
    private static List<String> detectedCodes(Observation read) {
        return java.util.stream.Stream.concat(read.errorCodes().stream(), read.codesFromMessages().stream())
                .distinct().map(ErrorCode::hex).toList();
    }

    private static LocalizedText label(Object answer) {
        if (answer instanceof KeySource source) {
            return source.label();
        }
        return Boolean.TRUE.equals(answer) ? new LocalizedText("Yes", "はい") : new LocalizedText("No", "いいえ");
    }

    private static @Nullable String hex(@Nullable ErrorCode code) {
        return code == null ? null : code.hex();
    }
}
