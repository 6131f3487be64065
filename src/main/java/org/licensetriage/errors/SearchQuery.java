package org.licensetriage.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Scores every entry for what someone typed or pasted. Its texts are matched field by field (the best field
 * counts fully, the others a little); a code or symbolic name found in it outweighs any text, since a
 * pasted dialog usually names its own code; a part of a code ("f050") counts as much when it is all the query
 * says, and only as a hint inside longer text ("Windows Server 2019").
 */
final class SearchQuery {

    private static final float CODE_WEIGHT = 100f;
    private static final float MENTION_WEIGHT = 4f;
    private static final float PART_WEIGHT = 30f;
    private static final float PART_HINT_WEIGHT = 1f;
    private static final float MENTION_PART_WEIGHT = 6f;
    private static final float TIE_BREAKER = 0.3f;
    // Character pairs of Japanese match in a field only when most of the query's pairs are there.
    private static final double BIGRAM_SHARE = 0.6;
    // Enough terms for a whole dialog; a longer paste adds nothing that would change the order.
    private static final int MAX_TERMS = 64;
    private static final java.util.regex.Pattern ONLY_CODES = java.util.regex.Pattern.compile("(?i)[\\s0-9a-fx,;:.\\-]*");
    private static final java.util.regex.Pattern CODE_SHRAPNEL = java.util.regex.Pattern.compile("[0-9]+|[a-z]");

    private SearchQuery() {
    }

    /**
     * Each entry's score for a non-blank text, by document number, or null when nothing in the text can
     * match (only stop words, say).
     */
    static float @Nullable [] scores(String text, SearchPostings index, int documents) {
        QueryCodes codes = QueryCodes.of(text);
        float[] scores = new float[documents];
        boolean any = false;
        for (String code : codes.codes()) {
            add(scores, index.get(SearchIndex.CODE, code), CODE_WEIGHT);
            add(scores, index.get(SearchIndex.MENTION, code), MENTION_WEIGHT);
            any = true;
        }
        for (String name : codes.names()) {
            add(scores, index.get(SearchIndex.NAME_EXACT, name), CODE_WEIGHT);
            any = true;
        }
        boolean onlyCodes = ONLY_CODES.matcher(text).matches();
        for (String part : codes.parts()) {
            float[] best = new float[documents];
            // The entries whose own code holds the part come first; those that only name such a code follow.
            max(best, index.get(SearchIndex.CODE_PART, part), onlyCodes ? PART_WEIGHT : PART_HINT_WEIGHT);
            if (onlyCodes) {
                max(best, index.get(SearchIndex.MENTION_PART, part), MENTION_PART_WEIGHT);
            }
            for (int d = 0; d < documents; d++) {
                scores[d] += best[d];
            }
            any = true;
        }
        return texts(text, index, scores) || any ? scores : null;
    }

    /** Adds the text match: the best field fully, the other fields a little (a disjunction-max of fields). */
    private static boolean texts(String text, SearchPostings index, float[] scores) {
        Map<SearchAnalyzers, List<String>> terms = new EnumMap<>(SearchAnalyzers.class);
        float[] best = new float[scores.length];
        float[] sum = new float[scores.length];
        float[] field = new float[scores.length];
        int[] matched = new int[scores.length];
        boolean any = false;
        for (SearchField searchField : SearchField.values()) {
            List<String> fieldTerms = terms.computeIfAbsent(searchField.analysis(), a -> meaningfulTerms(a, text));
            if (fieldTerms.isEmpty()) {
                continue;
            }
            any = true;
            java.util.Arrays.fill(field, 0f);
            java.util.Arrays.fill(matched, 0);
            SearchPostings.Field postingsOfField = index.field(searchField.fieldName());
            for (String term : fieldTerms) {
                SearchPostings.Postings postings = postingsOfField.get(term);
                for (int i = 0; i < postings.docs().length; i++) {
                    field[postings.docs()[i]] += postings.scores()[i];
                    matched[postings.docs()[i]]++;
                }
            }
            // Character pairs of Japanese match in a field only when most of the query's pairs are there.
            int needed = searchField.analysis() == SearchAnalyzers.BIGRAMS
                    ? (int) Math.ceil(BIGRAM_SHARE * fieldTerms.size()) : 1;
            for (int d = 0; d < scores.length; d++) {
                if (matched[d] >= needed && field[d] > 0) {
                    float weighted = field[d] * searchField.boost();
                    best[d] = Math.max(best[d], weighted);
                    sum[d] += weighted;
                }
            }
        }
        for (int d = 0; d < scores.length; d++) {
            scores[d] += best[d] + TIE_BREAKER * (sum[d] - best[d]);
        }
        return any;
    }

    private static void add(float[] scores, SearchPostings.Postings postings, float weight) {
        for (int doc : postings.docs()) {
            scores[doc] += weight;
        }
    }

    private static void max(float[] scores, SearchPostings.Postings postings, float weight) {
        for (int doc : postings.docs()) {
            scores[doc] = Math.max(scores[doc], weight);
        }
    }

    /** The query's terms as an analyzer reads them, without those that would match anything. */
    private static List<String> meaningfulTerms(SearchAnalyzers analysis, String text) {
        List<String> terms = terms(analysis, text);
        if (analysis == SearchAnalyzers.ENGLISH) {
            // Japanese read by the English analyzer falls apart into single characters that mean nothing.
            return terms.stream().filter(t -> !japanese(t)).toList();
        }
        // Kuromoji cuts a code into letters and digit runs ("0xC004F074": 0, x, c, 004, ...), which would match
        // every code; codes are matched whole above.
        return terms.stream().filter(t -> !CODE_SHRAPNEL.matcher(t).matches()).toList();
    }

    private static List<String> terms(SearchAnalyzers analysis, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analysis.analyzer().tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query held in memory", e);
        }
        return List.copyOf(terms);
    }

    private static boolean japanese(String term) {
        return term.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }
}
