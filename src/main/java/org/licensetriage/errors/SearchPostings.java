package org.licensetriage.errors;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Every term of the index with the documents that hold it and what each of them scores for it, read out of the
 * Lucene index once at start-up. The index never changes, so a term's BM25 score in a document (Lucene's own
 * similarity, from the index's statistics) is fixed; answering a query is then adding up a few short arrays
 * instead of building Lucene scorers for dozens of clauses, which costs ten times more than the whole request.
 * The table can be written out and read back ({@link #write}, {@link #read}) with the fingerprint of what it
 * was built from ({@link SearchIndex#fingerprint}).
 */
final class SearchPostings {

    /** The documents holding a term, ascending, and the term's score in each. */
    record Postings(int[] docs, float[] scores) {
    }

    private static final int MAGIC = 0x4c545350; // "LTSP"
    private static final int FORMAT = 1;

    /** The terms of one field, each with its postings. */
    record Field(Map<String, Postings> terms) {
        /** The postings of a term; empty when no document holds it. */
        Postings get(String term) {
            return terms.getOrDefault(term, EMPTY);
        }
    }

    private static final Field NO_TERMS = new Field(Map.of());

    private final Map<String, Field> byField;
    private final String fingerprint;

    private SearchPostings(Map<String, Field> byField, String fingerprint) {
        this.byField = byField;
        this.fingerprint = fingerprint;
    }

    SearchPostings(DirectoryReader reader, Similarity similarity, String fingerprint) {
        this(new HashMap<>(), fingerprint);
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        LeafReader leaf = reader.leaves().get(0).reader();
        try {
            for (org.apache.lucene.index.FieldInfo info : leaf.getFieldInfos()) {
                byField.put(info.name, new Field(readField(searcher, leaf, info.name, similarity)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory search index", e);
        }
    }

    String fingerprint() {
        return fingerprint;
    }

    /** The whole table, fields and terms in order, so the same postings always write the same bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(fingerprint);
        out.writeInt(byField.size());
        for (Map.Entry<String, Field> field : new TreeMap<>(byField).entrySet()) {
            out.writeUTF(field.getKey());
            out.writeInt(field.getValue().terms().size());
            for (Map.Entry<String, Postings> term : new TreeMap<>(field.getValue().terms()).entrySet()) {
                out.writeUTF(term.getKey());
                Postings postings = term.getValue();
                out.writeInt(postings.docs().length);
                for (int doc : postings.docs()) {
                    out.writeInt(doc);
                }
                for (float score : postings.scores()) {
                    out.writeFloat(score);
                }
            }
        }
    }

    /** A table as {@link #write} wrote it. */
    static SearchPostings read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a search postings file of format " + FORMAT);
        }
        String fingerprint = in.readUTF();
        int fields = in.readInt();
        Map<String, Field> byField = new HashMap<>(2 * fields);
        for (int f = 0; f < fields; f++) {
            String field = in.readUTF();
            int terms = in.readInt();
            Map<String, Postings> postingsByTerm = new HashMap<>(2 * terms);
            for (int t = 0; t < terms; t++) {
                String term = in.readUTF();
                int[] docs = new int[in.readInt()];
                float[] scores = new float[docs.length];
                for (int i = 0; i < docs.length; i++) {
                    docs[i] = in.readInt();
                }
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = in.readFloat();
                }
                postingsByTerm.put(term, new Postings(docs, scores));
            }
            byField.put(field, new Field(postingsByTerm));
        }
        return new SearchPostings(byField, fingerprint);
    }

    /** The postings of a term in a field; empty when no document holds it. */
    Postings get(String field, String term) {
        return field(field).get(term);
    }

    /** The terms of one field, for looking up several; none when no document has the field. */
    Field field(String field) {
        return byField.getOrDefault(field, NO_TERMS);
    }

    private static final Postings EMPTY = new Postings(new int[0], new float[0]);

    private static Map<String, Postings> readField(IndexSearcher searcher, LeafReader leaf, String field,
            Similarity similarity) throws IOException {
        Map<String, Postings> terms = new HashMap<>();
        Terms fieldTerms = leaf.terms(field);
        if (fieldTerms == null) {
            return terms;
        }
        boolean scored = fieldTerms.hasFreqs();
        TermsEnum termsEnum = fieldTerms.iterator();
        PostingsEnum postings = null;
        for (var bytes = termsEnum.next(); bytes != null; bytes = termsEnum.next()) {
            Term term = new Term(field, bytes.utf8ToString());
            Similarity.SimScorer scorer = scored ? similarity.scorer(1f, searcher.collectionStatistics(field),
                    searcher.termStatistics(term, termsEnum.docFreq(), termsEnum.totalTermFreq())) : null;
            NumericDocValues norms = scored ? leaf.getNormValues(field) : null;
            int[] docs = new int[termsEnum.docFreq()];
            float[] scores = new float[docs.length];
            postings = termsEnum.postings(postings, scored ? PostingsEnum.FREQS : PostingsEnum.NONE);
            int i = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[i] = doc;
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                scores[i] = scorer == null ? 1f : scorer.score(postings.freq(), norm);
                i++;
            }
            terms.put(term.text(), new Postings(docs, scores));
        }
        return terms;
    }
}
