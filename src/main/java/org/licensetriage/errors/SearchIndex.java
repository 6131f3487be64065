package org.licensetriage.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.apache.lucene.util.Version;

/**
 * What search knows of the entries: one document per entry (its code in every form people paste, the codes it
 * mentions, its symbolic name and the texts of every {@link SearchField}), indexed by Lucene and read out as
 * {@link SearchPostings}. The build writes the postings of the shipped knowledge base into the jar
 * ({@link SearchIndexFile}), so start-up reads them instead of running every text through Kuromoji; the
 * {@linkplain #fingerprint fingerprint} tells whether they still fit the entries loaded.
 */
final class SearchIndex {

    static final String CODE = "code";
    static final String CODE_PART = "code.part";
    static final String MENTION = "mention";
    static final String MENTION_PART = "mention.part";
    static final String NAME_EXACT = "name.exact";
    private static final String CATEGORY = "category";

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

    // The code that turns documents into postings: a change to any of them changes every fingerprint.
    private static final List<Class<?>> ANALYSIS = List.of(SearchIndex.class, SearchField.class, QueryCodes.class,
            SearchAnalyzers.class, SearchPostings.class);

    private SearchIndex() {
    }

    /** Indexes the entries and reads the postings out; document numbers are the entries' positions. */
    static SearchPostings build(List<KnowledgeEntry> entries) {
        List<Document> documents = documents(entries);
        try (DirectoryReader reader = index(documents)) {
            return new SearchPostings(reader, SIMILARITY, fingerprint(entries));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory search index", e);
        }
    }

    /**
     * What the postings of these entries depend on: every value a document is made of, the code that makes
     * documents of them, analyses and scores them, and the Lucene version. Cheap beside indexing: no text is
     * analysed and no document built.
     */
    static String fingerprint(List<KnowledgeEntry> entries) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.add(Version.LATEST.toString());
        ClassFingerprint.add(fingerprint.digest, ANALYSIS);
        for (KnowledgeEntry entry : entries) {
            fingerprint.add(entry.code().hex());
            entry.relatedCodes().forEach(code -> fingerprint.add(code.hex()));
            fingerprint.add(entry.typoOf() == null ? "" : entry.typoOf().hex());
            fingerprint.add(entry.symbolicName() == null ? "" : entry.symbolicName());
            fingerprint.add(entry.category().name());
            for (SearchField field : SearchField.values()) {
                fingerprint.add(field.fieldName());
                field.texts(entry).forEach(fingerprint::add);
            }
        }
        return fingerprint.hex();
    }

    /** SHA-256 over strings, each ended by a zero char, fed through one buffer rather than a byte array each. */
    private static final class Fingerprint {
        final MessageDigest digest = ClassFingerprint.sha256();
        private final byte[] buffer = new byte[8192];
        private int used;

        void add(String text) {
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : 0;
                if (used + 2 > buffer.length) {
                    digest.update(buffer, 0, used);
                    used = 0;
                }
                buffer[used++] = (byte) (c >> 8);
                buffer[used++] = (byte) c;
            }
        }

        String hex() {
            digest.update(buffer, 0, used);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
    }

    private static DirectoryReader index(List<Document> documents) throws IOException {
        // Each file as one buffer: the default list of small blocks makes every term lookup copy that list.
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField()).setSimilarity(SIMILARITY)
                .setRAMBufferSizeMB(64).setMaxBufferedDocs(documents.size() + 1);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Document document : documents) {
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() != 1 || reader.maxDoc() != documents.size()) {
            reader.close();
            throw new IllegalStateException("search index is not one segment of " + documents.size() + " documents");
        }
        return reader;
    }

    private static List<Document> documents(List<KnowledgeEntry> entries) {
        return entries.stream().map(SearchIndex::document).toList();
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
            doc.add(new StringField(NAME_EXACT, entry.symbolicName().toLowerCase(Locale.ROOT), Field.Store.NO));
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
