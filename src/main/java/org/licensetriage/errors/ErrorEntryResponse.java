package org.licensetriage.errors;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;

/** The answer of {@code GET /errors/{code}}: one knowledge-base entry in the request's language. */
record ErrorEntryResponse(
        String code,
        @Nullable String symbolicName,
        ErrorCategory category,
        String title,
        String summary,
        List<MessageView> messages,
        List<EntryCauseView> causes,
        List<ResolutionStepView> resolution,
        EscalationView escalation,
        List<String> relatedCodes,
        List<String> appliesTo,
        List<ActivationType> activationTypes,
        HResult hresult,
        List<String> sources,
        List<String> didYouMean) {

    /** An on-screen message; both languages are always listed, so a portal can match either. */
    record MessageView(String language, String text) {
    }

    record EntryCauseView(CauseId id, String title, String detail) {
    }

    static ErrorEntryResponse of(KnowledgeEntry entry, ContactDescription contact, Language language) {
        List<MessageView> messages = Stream.concat(
                entry.messages().en().stream().map(text -> new MessageView(Language.EN.tag(), text)),
                entry.messages().ja().stream().map(text -> new MessageView(Language.JA.tag(), text))).toList();
        return new ErrorEntryResponse(
                entry.code().hex(),
                entry.symbolicName(),
                entry.category(),
                entry.title().in(language),
                entry.summary().in(language),
                messages,
                entry.causes().stream()
                        .map(c -> new EntryCauseView(c.id(), c.title().in(language), c.detail().in(language))).toList(),
                ResolutionStepView.of(entry.resolution(), language),
                EscalationView.of(entry.escalation(), contact, language),
                entry.relatedCodes().stream().map(ErrorCode::hex).toList(),
                entry.appliesTo(),
                entry.activationTypes(),
                entry.code().decode(),
                entry.sources(),
                entry.typoOf() == null ? List.of() : List.of(entry.typoOf().hex()));
    }
}
