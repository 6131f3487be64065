package org.licensetriage.errors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * One error code in the knowledge base, with every text in both languages. A {@code short} entry (for
 * rarely seen server-side codes) may leave out the on-screen messages, products and activation types.
 * {@code aliases} are other numbers of the same definition (an older header's value) that find this entry.
 */
public record KnowledgeEntry(
        ErrorCode code,
        List<ErrorCode> aliases,
        @JsonProperty("short") Boolean shortEntry,
        @Nullable String symbolicName,
        ErrorCategory category,
        LocalizedText title,
        LocalizedText summary,
        Messages messages,
        List<Cause> causes,
        List<ResolutionStep> resolution,
        Escalation escalation,
        List<ErrorCode> relatedCodes,
        List<String> appliesTo,
        List<ActivationType> activationTypes,
        List<String> sources,
        @Nullable ErrorCode typoOf) {

    public KnowledgeEntry {
        aliases = Lists.copy(aliases);
        shortEntry = Boolean.TRUE.equals(shortEntry);
        relatedCodes = Lists.copy(relatedCodes);
        messages = messages == null ? new Messages(List.of(), List.of()) : messages;
        appliesTo = Lists.copy(appliesTo);
        activationTypes = Lists.copy(activationTypes);
        sources = Lists.copy(sources);
        causes = Lists.copy(causes);
        resolution = Lists.copy(resolution);
    }

    /** The texts Windows shows for this code, as users report them, in each language. */
    public record Messages(List<String> en, List<String> ja) {
        public Messages {
            en = Lists.copy(en);
            ja = Lists.copy(ja);
        }
    }

    /** A cause of this error: its vocabulary id and how it shows for this code. */
    public record Cause(CauseId id, LocalizedText title, LocalizedText detail) {
    }
}
