package org.licensetriage.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * Turns what someone typed or pasted into one Lucene query. Its texts are matched field by field (the best
 * field counts fully, the others a little); a code or symbolic name found in it outweighs any text, since a
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
    private static final float PHRASE_WEIGHT = 2f;
    private static final float PHRASE_FIELD_BOOST = 3f;
    private static final int PHRASE_SLOP = 2;
    private static final int MAX_PHRASE_TERMS = 40;
    // Character pairs of Japanese match in a field only when most of the query's pairs are there.
    private static final double BIGRAM_SHARE = 0.6;
    // Enough terms for a whole dialog, few enough to stay far below Lucene's clause limit.
    private static final int MAX_TERMS = 64;
    private static final java.util.regex.Pattern CODE_SHRAPNEL = java.util.regex.Pattern.compile("[0-9]+|[a-z]");

    private SearchQuery() {
    }

    /** The query for a non-blank text, or null when nothing in it can match (only stop words, say). */
    static @Nullable Query of(String text) {
        QueryCodes codes = QueryCodes.of(text);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String code : codes.codes()) {
            query.add(weighted(ErrorSearch.CODE, code, CODE_WEIGHT), Occur.SHOULD);
            query.add(weighted(ErrorSearch.MENTION, code, MENTION_WEIGHT), Occur.SHOULD);
            clauses += 2;
        }
        for (String name : codes.names()) {
            query.add(weighted(ErrorSearch.NAME_EXACT, name, CODE_WEIGHT), Occur.SHOULD);
            clauses++;
        }
        boolean onlyCodes = text.strip().matches("(?i)[\\s0-9a-fx,;:.\\-]*");
        for (String part : codes.parts()) {
            Query own = weighted(ErrorSearch.CODE_PART, part, onlyCodes ? PART_WEIGHT : PART_HINT_WEIGHT);
            // The entries whose own code holds the part come first; those that only name such a code follow.
            query.add(onlyCodes ? new DisjunctionMaxQuery(
                    List.of(own, weighted(ErrorSearch.MENTION_PART, part, MENTION_PART_WEIGHT)), 0f) : own, Occur.SHOULD);
            clauses++;
        }
        Query texts = texts(text);
        if (texts != null) {
            query.add(texts, Occur.SHOULD);
            clauses++;
            phrases(text).forEach(phrase -> query.add(phrase, Occur.SHOULD));
        }
        return clauses == 0 ? null : query.build();
    }

    private static @Nullable Query texts(String text) {
        Map<SearchAnalyzers, List<String>> terms = new EnumMap<>(SearchAnalyzers.class);
        List<Query> fields = new ArrayList<>();
        for (SearchField field : SearchField.values()) {
            List<String> fieldTerms = terms.computeIfAbsent(field.analysis(), a -> terms(a, text));
            if (field.analysis() == SearchAnalyzers.ENGLISH) {
                // Japanese read by the English analyzer falls apart into single characters that mean nothing.
                fieldTerms = fieldTerms.stream().filter(t -> !japanese(t)).toList();
            } else {
                // Kuromoji cuts a code into letters and digit runs ("0xC004F074": 0, x, c, 004, ...), which
                // would match every code; codes are matched whole above.
                fieldTerms = fieldTerms.stream().filter(t -> !CODE_SHRAPNEL.matcher(t).matches()).toList();
            }
            if (fieldTerms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            fieldTerms.forEach(t -> any.add(new TermQuery(new Term(field.fieldName(), t)), Occur.SHOULD));
            if (field.analysis() == SearchAnalyzers.BIGRAMS) {
                any.setMinimumNumberShouldMatch((int) Math.ceil(BIGRAM_SHARE * fieldTerms.size()));
            }
            fields.add(new BoostQuery(any.build(), field.boost()));
        }
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    /**
     * The query as a phrase in the titles and messages of its language: a message pasted whole or in part
     * ranks the entries that show exactly that text above those that merely share its words.
     */
    private static List<Query> phrases(String text) {
        List<Query> phrases = new ArrayList<>();
        for (SearchAnalyzers analysis : List.of(SearchAnalyzers.ENGLISH, SearchAnalyzers.JAPANESE)) {
            List<Map.Entry<String, Integer>> positions = positions(analysis, text);
            if (positions.size() < 2 || positions.size() > MAX_PHRASE_TERMS) {
                continue;
            }
            for (SearchField field : SearchField.values()) {
                if (field.analysis() != analysis || field.boost() < PHRASE_FIELD_BOOST) {
                    continue;
                }
                PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
                positions.forEach(p -> phrase.add(new Term(field.fieldName(), p.getKey()), p.getValue()));
                phrases.add(new BoostQuery(phrase.build(), field.boost() * PHRASE_WEIGHT));
            }
        }
        return phrases;
    }

    private static List<Map.Entry<String, Integer>> positions(SearchAnalyzers analysis, String text) {
        List<Map.Entry<String, Integer>> positions = new ArrayList<>();
        try (TokenStream stream = analysis.analyzer().tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken() && positions.size() <= MAX_PHRASE_TERMS) {
                position += increment.getPositionIncrement();
                if (increment.getPositionIncrement() > 0) {
                    positions.add(Map.entry(term.toString(), position));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query held in memory", e);
        }
        return positions;
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

    private static Query weighted(String field, String value, float weight) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), weight);
    }

    private static boolean japanese(String term) {
        return term.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }
}
