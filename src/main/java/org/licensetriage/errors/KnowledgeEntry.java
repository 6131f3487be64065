package org.licensetriage.errors;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** One error code in the knowledge base, with every text in both languages. */
public record KnowledgeEntry(
        ErrorCode code,
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
        relatedCodes = Lists.copy(relatedCodes);
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
