package org.licensetriage.keys;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The analyser's verdict on one input. {@code normalizedKey} repeats the input, so {@link #toString()} shows
 * only the masked key; use the fields, not {@code toString()}, to build a response.
 */
public record KeyAnalysis(String normalizedKey, String maskedKey, KeyFormat format, ChecksumStatus checksum,
        boolean valid, List<Finding> findings, List<Suggestion> suggestions, boolean suggestionUnique,
        @Nullable KeyIdentity key, @Nullable Boolean editionMatch, List<String> relatedErrors) {

    public KeyAnalysis {
        findings = List.copyOf(findings);
        suggestions = List.copyOf(suggestions);
        relatedErrors = List.copyOf(relatedErrors);
    }

    @Override
    public String toString() {
        return "KeyAnalysis[maskedKey=" + maskedKey + ", format=" + format + ", checksum=" + checksum + ", valid="
                + valid + ", findings=" + findings.stream().map(Finding::code).toList() + ", suggestions="
                + suggestions.size() + ", suggestionUnique=" + suggestionUnique + ", groupId="
                + (key == null ? null : key.groupId()) + ", editionMatch=" + editionMatch + ", relatedErrors="
                + relatedErrors + "]";
    }
}
