package org.licensetriage.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.jspecify.annotations.Nullable;

/**
 * Ranked search over every entry, in an in-memory Lucene index built once from the knowledge base: titles,
 * on-screen messages, symbolic names, cause titles, summaries and commands in both languages (Japanese read by
 * Kuromoji and, for words it does not know, as character pairs), and each code in every form people paste. A
 * code found in the query decides the ranking; the texts order the rest (see {@link SearchQuery}), scored by
 * Lucene's BM25 as read out of the index once ({@link SearchPostings}). Scores are relative to the best match
 * (1.0); matches far below it are left out. Immutable, so one instance serves all threads.
 */
final class ErrorSearch {

    /** The longest query GET /errors?q= accepts: room for a whole pasted dialog. */
    static final int MAX_QUERY_LENGTH = 500;

    static final String CODE = "code";
    static final String CODE_PART = "code.part";
    static final String MENTION = "mention";
    static final String MENTION_PART = "mention.part";
    static final String NAME_EXACT = "name.exact";
    private static final String CATEGORY = "category";

    // Entries scoring below this share of the best are noise beside it ("key" alone matches half the base).
    private static final double RELATIVE_CUT = 0.2;

    // Messages and causes are lists of alternatives: an entry that shows three messages should not weigh less
    // for each of them than an entry with one, as full length normalisation would have it.
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity lists = new BM25Similarity(1.2f, 0.2f);
        private final Similarity texts = new BM25Similarity();

        @Override
        public Similarity get(String field) {
            return field.startsWith("message.") || field.startsWith("cause.") ? lists : texts;
        }
    };

    private final List<KnowledgeEntry> entries;
    private final CompletableFuture<SearchPostings> postings;

    /**
     * Starts building the index on its own thread: reading every text with Kuromoji (whose dictionary loads
     * first) takes seconds on a cold JVM, which the rest of start-up need not wait for. The first search
     * waits for it.
     */
    ErrorSearch(Collection<KnowledgeEntry> entries) {
        this.entries = List.copyOf(entries);
        this.postings = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try (DirectoryReader reader = index(this.entries)) {
                postings.complete(new SearchPostings(reader, SIMILARITY));
            } catch (IOException | RuntimeException e) {
                postings.completeExceptionally(e);
            }
        }, "search-index");
        builder.setDaemon(true);
        builder.start();
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

    /** One document per entry, added in order, so a document's number is its entry's position. */
    private static DirectoryReader index(List<KnowledgeEntry> entries) {
        // Each file as one buffer: the default list of small blocks makes every term lookup copy that list.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField()).setSimilarity(SIMILARITY)
                .setRAMBufferSizeMB(64).setMaxBufferedDocs(entries.size() + 1);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (KnowledgeEntry entry : entries) {
                writer.addDocument(document(entry));
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory search index", e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1 || reader.maxDoc() != entries.size()) {
                throw new IllegalStateException("search index is not one segment of " + entries.size() + " documents");
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory search index", e);
        }
    }

    private static Document document(KnowledgeEntry entry) {
        Document doc = new Document();
        String code = QueryCodes.key(entry.code());
        doc.add(new StringField(CODE, code, Field.Store.NO));
        parts(code).forEach(part -> doc.add(new StringField(CODE_PART, part, Field.Store.NO)));
        for (String mention : mentions(entry)) {
            doc.add(new StringField(MENTION, mention, Field.Store.NO));
            parts(mention).forEach(part -> doc.add(new StringField(MENTION_PART, part, Field.Store.NO)));
        }
        if (entry.symbolicName() != null) {
            doc.add(new StringField(NAME_EXACT, entry.symbolicName().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        }
        doc.add(new StringField(CATEGORY, entry.category().name(), Field.Store.NO));
        for (SearchField field : SearchField.values()) {
            field.texts(entry).forEach(text -> doc.add(new TextField(field.fieldName(), text, Field.Store.NO)));
        }
        return doc;
    }

    /** Other codes an entry names: its related codes, the code it is a typo of, codes in its texts. */
    private static Set<String> mentions(KnowledgeEntry entry) {
        Set<String> mentions = new LinkedHashSet<>();
        entry.relatedCodes().forEach(c -> mentions.add(QueryCodes.key(c)));
        if (entry.typoOf() != null) {
            mentions.add(QueryCodes.key(entry.typoOf()));
        }
        List<String> texts = new ArrayList<>(entry.messages().en());
        texts.addAll(entry.messages().ja());
        texts.add(entry.summary().en());
        texts.add(entry.summary().ja());
        texts.forEach(text -> mentions.addAll(QueryCodes.of(text).codes()));
        mentions.remove(QueryCodes.key(entry.code()));
        return mentions;
    }

    /** Every run of three to seven digits of an eight-digit code, for partial codes such as "f050". */
    private static Set<String> parts(String code) {
        Set<String> parts = new LinkedHashSet<>();
        for (int length = 3; length < code.length(); length++) {
            for (int start = 0; start + length <= code.length(); start++) {
                parts.add(code.substring(start, start + length));
            }
        }
        return parts;
    }
}
