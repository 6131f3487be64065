package org.licensetriage.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
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
 */
final class SearchPostings {

    /** The documents holding a term, ascending, and the term's score in each. */
    record Postings(int[] docs, float[] scores) {
    }

    private final Map<String, Map<String, Postings>> byField = new HashMap<>();

    SearchPostings(DirectoryReader reader, Similarity similarity) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        LeafReader leaf = reader.leaves().get(0).reader();
        try {
            for (org.apache.lucene.index.FieldInfo info : leaf.getFieldInfos()) {
                byField.put(info.name, read(searcher, leaf, info.name, similarity));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the in-memory search index", e);
        }
    }

    /** The postings of a term in a field; empty when no document holds it. */
    Postings get(String field, String term) {
        Postings postings = byField.getOrDefault(field, Map.of()).get(term);
        return postings == null ? EMPTY : postings;
    }

    private static final Postings EMPTY = new Postings(new int[0], new float[0]);

    private static Map<String, Postings> read(IndexSearcher searcher, LeafReader leaf, String field,
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
