package org.licensetriage.errors;

import java.util.List;
import org.licensetriage.i18n.Language;

/** The answer of {@code GET /errors?q=}: the best matches and how many matched in all. */
record ErrorSearchResponse(List<SearchItem> items, int total) {

    record SearchItem(String code, String title, ErrorCategory category, double score) {
    }

    static ErrorSearchResponse of(List<SearchHit> hits, int limit, Language language) {
        return new ErrorSearchResponse(hits.stream().limit(limit)
                .map(h -> new SearchItem(h.entry().code().hex(), h.entry().title().in(language), h.entry().category(),
                        h.score()))
                .toList(), hits.size());
    }
}
