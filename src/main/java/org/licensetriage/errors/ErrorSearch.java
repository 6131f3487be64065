package org.licensetriage.errors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Ranked search over every entry, in an index of the knowledge base ({@link SearchIndex}): titles, on-screen
 * messages, symbolic names, cause titles, summaries and commands in both languages (Japanese read by
 * Kuromoji and, for words it does not know, as character pairs), and each code in every form people paste. A
 * code found in the query decides the ranking; the texts order the rest (see {@link SearchQuery}), scored by
 * Lucene's BM25 as read out of the index once ({@link SearchPostings}). Scores are relative to the best match
 * (1.0); matches far below it are left out. Immutable, so one instance serves all threads.
 */
final class ErrorSearch {

    /** The longest query GET /errors?q= accepts: room for a whole pasted dialog. */
    static final int MAX_QUERY_LENGTH = 500;

    // Entries scoring below this share of the best are noise beside it ("key" alone matches half the base).
    private static final double RELATIVE_CUT = 0.2;

    private final List<KnowledgeEntry> entries;
    private final CompletableFuture<SearchPostings> postings;

    /**
     * Gets the postings ready on their own thread, which the rest of start-up need not wait for: the ones the
     * build wrote into the jar when they fit these entries (a tenth of a second), else indexed now (an
     * operator's own knowledge files; reading every text with Kuromoji takes seconds on a cold JVM). The first
     * search waits for them, and loads Kuromoji's dictionary to read its query (about 0.2 s).
     */
    ErrorSearch(Collection<KnowledgeEntry> entries) {
        this.entries = List.copyOf(entries);
        this.postings = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                SearchPostings shipped = SearchIndexFile.shipped();
                postings.complete(shipped != null && shipped.fingerprint().equals(SearchIndex.fingerprint(this.entries))
                        ? shipped : SearchIndex.build(this.entries));
            } catch (RuntimeException e) {
                postings.completeExceptionally(e);
            }
        }, "search-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** The postings, once ready. */
    SearchPostings postings() {
        return postings.join();
    }

    List<SearchHit> search(String query, @Nullable ErrorCategory category) {
        if (query.isBlank()) {
            return entries.stream().filter(e -> category == null || e.category() == category)
                    .map(e -> new SearchHit(e, 1.0)).toList();
        }
        float[] scores = SearchQuery.scores(query, postings.join(), entries.size());
        if (scores == null) {
            return List.of();
        }
        float top = 0;
        for (int doc = 0; doc < scores.length; doc++) {
            if (scores[doc] > top && (category == null || entries.get(doc).category() == category)) {
                top = scores[doc];
            }
        }
        // Only what can pass the relative cut is sorted: a common word matches hundreds of entries.
        float floor = Math.max(Float.MIN_VALUE, (float) (RELATIVE_CUT - 0.001) * top);
        List<Integer> matches = new ArrayList<>();
        for (int doc = 0; doc < scores.length; doc++) {
            if (scores[doc] >= floor && (category == null || entries.get(doc).category() == category)) {
                matches.add(doc);
            }
        }
        // Best first; equal scores in code order, as the entries are.
        matches.sort((a, b) -> scores[a] != scores[b] ? Float.compare(scores[b], scores[a]) : Integer.compare(a, b));
        List<SearchHit> hits = new ArrayList<>(matches.size());
        for (int doc : matches) {
            double score = Math.round(1000.0 * scores[doc] / scores[matches.get(0)]) / 1000.0;
            if (score < RELATIVE_CUT) {
                break;
            }
            hits.add(new SearchHit(entries.get(doc), score));
        }
        return hits;
    }
}
