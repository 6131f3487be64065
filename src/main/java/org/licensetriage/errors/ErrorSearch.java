package org.licensetriage.errors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * Ranked search over codes, symbolic names, titles, messages and causes in both languages. Japanese has no
 * spaces between words, so text is compared with spaces and punctuation removed: a query term matches a
 * field it is a substring of, or, for Japanese terms only, more weakly one that holds most of its
 * character bigrams ("プロダクトキー無効" against "プロダクト キーは無効"). Rare terms weigh more than common
 * ones, and an entry with one field holding all the terms (a title saying both "key" and "invalid") ranks
 * above one that has them scattered.
 */
final class ErrorSearch {

    private static final double FUZZY_THRESHOLD = 0.6;
    // Share of the score that comes from one field holding every term.
    private static final double COHERENCE = 0.2;
    private static final double SCATTERED = 0.8;
    private static final double PHRASE_FLOOR = 0.97;
    private static final double HEADLINE = 0.9;
    private static final double MIN_SCORE = 0.15;
    private static final double RELATIVE_CUT = 0.3;
    private static final double FUZZY_DISCOUNT = 0.7;
    private static final int MAX_TERMS = 12;
    // Short entries are the rarely seen server-side codes: where a full entry matches as well, the code
    // help desks actually meet should lead. A pasted title or message still wins through the phrase floor.
    private static final double SHORT_ENTRY_FACTOR = 0.85;

    private final List<Document> documents;

    ErrorSearch(Collection<KnowledgeEntry> entries) {
        this.documents = entries.stream().map(Document::of).toList();
    }

    List<SearchHit> search(String query, @Nullable ErrorCategory category) {
        List<String> terms = terms(query);
        String phrase = compact(query);
        List<Document> candidates = documents.stream()
                .filter(d -> category == null || d.entry.category() == category).toList();
        if (terms.isEmpty()) {
            return candidates.stream().map(d -> new SearchHit(d.entry, 1.0)).toList();
        }
        // Weight each term by how few entries it matches, so "0xC004F074 kms" is led by the code.
        double[][] termScores = new double[terms.size()][candidates.size()];
        double[] weights = new double[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            int matching = 0;
            for (int d = 0; d < candidates.size(); d++) {
                termScores[t][d] = candidates.get(d).match(terms.get(t));
                matching += termScores[t][d] > 0 ? 1 : 0;
            }
            weights[t] = Math.log(1.0 + (double) documents.size() / Math.max(1, matching));
        }
        double totalWeight = 0;
        for (double w : weights) {
            totalWeight += w;
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int d = 0; d < candidates.size(); d++) {
            double score = 0;
            for (int t = 0; t < terms.size(); t++) {
                score += weights[t] * termScores[t][d];
            }
            if (score > 0) {
                Document document = candidates.get(d);
                score = (1 - COHERENCE) * score / totalWeight + COHERENCE * document.coherence(terms, phrase);
                if (document.entry.shortEntry()) {
                    score *= SHORT_ENTRY_FACTOR;
                }
                if (terms.size() > 1 && document.phraseWeight(phrase) > 0) {
                    // A pasted message or title found whole outranks any scattered match (those stay below 0.97).
                    score = Math.max(score, PHRASE_FLOOR + (1 - PHRASE_FLOOR) * document.phraseWeight(phrase));
                }
                hits.add(new SearchHit(candidates.get(d).entry, Math.round(score * 1000) / 1000.0));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(h -> h.entry().code()));
        // Entries that matched only a common word ("key") are noise beside those that matched the query.
        double cut = hits.isEmpty() ? 0 : Math.max(MIN_SCORE, RELATIVE_CUT * hits.get(0).score());
        return hits.stream().filter(h -> h.score() >= cut).toList();
    }

    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String raw : Normalizer.normalize(query, Normalizer.Form.NFKC).split("[\\s\\u3000]+")) {
            String term = compact(raw);
            if (!term.isEmpty() && !terms.contains(term) && terms.size() < MAX_TERMS) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** Lower case, full-width folded, without spaces, punctuation or the {@code 0x} of a code. */
    static String compact(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        String compact = out.toString();
        return compact.matches("0x[0-9a-f]{1,8}") ? compact.substring(2) : compact;
    }

    private record Field(String text, Set<String> bigrams, double weight) {
        static Field of(String text, double weight) {
            String compact = compact(text);
            return new Field(compact, bigramsOf(compact), weight);
        }
    }

    private record Document(KnowledgeEntry entry, List<Field> fields) {

        static Document of(KnowledgeEntry entry) {
            List<Field> fields = new ArrayList<>();
            ErrorCode code = entry.code();
            fields.add(Field.of(code.hex() + " " + code.unsignedDecimal() + " " + code.value(), 1.0));
            if (entry.symbolicName() != null) {
                fields.add(Field.of(entry.symbolicName(), 0.95));
            }
            both(fields, entry.title(), 1.0);
            entry.messages().en().forEach(m -> fields.add(Field.of(m, 0.9)));
            entry.messages().ja().forEach(m -> fields.add(Field.of(m, 0.9)));
            both(fields, entry.summary(), 0.6);
            entry.causes().forEach(c -> both(fields, c.title(), 0.5));
            entry.resolution().stream().filter(s -> s.command() != null)
                    .forEach(s -> fields.add(Field.of(s.command(), 0.4)));
            return new Document(entry, fields);
        }

        private static void both(List<Field> fields, LocalizedText text, double weight) {
            fields.add(Field.of(text.en(), weight));
            fields.add(Field.of(text.ja(), weight));
        }

        /** The best field's score for one term: its weight, discounted when the match is fuzzy. */
        double match(String term) {
            double best = 0;
            Set<String> termBigrams = null;
            // Depends on the term only: decided once, not again for every field.
            boolean fuzzy = term.length() >= 3 && japanese(term);
            for (Field field : fields) {
                if (field.weight <= best) {
                    continue;
                }
                if (field.text.contains(term)) {
                    best = field.weight;
                    continue;
                }
                if (fuzzy) {
                    termBigrams = termBigrams == null ? bigramsOf(term) : termBigrams;
                    double coverage = coverage(termBigrams, field.bigrams);
                    if (coverage >= FUZZY_THRESHOLD) {
                        best = Math.max(best, field.weight * FUZZY_DISCOUNT * coverage);
                    }
                }
            }
            return best;
        }

    /**
         * How well one field holds the query together: its weight when it contains the whole query as a
         * phrase, somewhat less when it holds every term apart; 0 when no field holds them all.
         */
        /** The weight of the best headline field (code, name, title, message) holding the whole phrase. */
        double phraseWeight(String phrase) {
            double best = 0;
            for (Field field : fields) {
                if (field.weight >= HEADLINE && field.weight > best && field.text.contains(phrase)) {
                    best = field.weight;
                }
            }
            return best;
        }

        double coherence(List<String> terms, String phrase) {
            double best = 0;
            for (Field field : fields) {
                if (field.text.contains(phrase)) {
                    best = Math.max(best, field.weight);
                } else if (terms.size() > 1 && terms.stream().allMatch(field.text::contains)) {
                    best = Math.max(best, field.weight * SCATTERED);
                }
            }
            return best;
        }
    }

    private static boolean japanese(String term) {
        return term.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                    || script == Character.UnicodeScript.HAN;
        });
    }

    private static Set<String> bigramsOf(String text) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams.add(text.substring(i, i + 2));
        }
        return grams;
    }

    private static double coverage(Set<String> term, Set<String> field) {
        if (term.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String gram : term) {
            found += field.contains(gram) ? 1 : 0;
        }
        return (double) found / term.size();
    }
}
