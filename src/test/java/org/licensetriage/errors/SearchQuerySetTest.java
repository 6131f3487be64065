package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The query set (search-queries.yaml: texts people paste and phrases they search with, each with the code a
 * public page shows it with) run against the shipped knowledge base. Prints top-1 and top-3 by language and
 * kind, and holds the floors: the expected code among the first three for 95 % of the queries, first for 80 %.
 */
class SearchQuerySetTest {

    private static final double TOP3_FLOOR = 0.95;
    private static final double TOP1_FLOOR = 0.80;

    record Query(String query, String code, String lang, String kind, String source) {
    }

    record QuerySet(List<Query> queries) {
    }

    /** Where the expected code came in the answer: 1 for first, 0 when it is missing. */
    record Outcome(Query query, int rank) {
        boolean top1() {
            return rank == 1;
        }

        boolean top3() {
            return rank >= 1 && rank <= 3;
        }

        boolean carriesCode() {
            ErrorCode code = ErrorCode.require(query.code);
            String text = Normalizer.normalize(query.query, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
            return text.contains(code.hex().substring(2)) || text.contains(Long.toString(code.unsignedDecimal()))
                    || text.contains(Integer.toString(code.value()));
        }
    }

    static KnowledgeBase kb;
    static List<Query> queries;

    @BeforeAll
    static void load() throws IOException {
        kb = KnowledgeBaseFilesTest.shipped();
        try (InputStream in = SearchQuerySetTest.class.getResourceAsStream("search-queries.yaml")) {
            queries = YAMLMapper.builder().build().readValue(in, QuerySet.class).queries();
        }
    }

    @Test
    void theQuerySetIsLargeEnoughAndEveryQueryNamesAKnownCodeAndItsPage() {
        assertThat(queries).hasSizeGreaterThanOrEqualTo(120);
        assertThat(queries).filteredOn(q -> q.lang.equals("ja")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(queries).allSatisfy(q -> {
            assertThat(kb.find(ErrorCode.require(q.code))).as(q.code).isPresent();
            assertThat(q.lang).isIn("ja", "en");
            assertThat(q.kind).isIn("dialog", "fragment", "phrase");
            assertThat(q.source).startsWith("http");
            assertThat(q.query.length()).as(q.query).isLessThanOrEqualTo(ErrorSearch.MAX_QUERY_LENGTH);
        });
        assertThat(queries.stream().map(Query::query).distinct()).hasSameSizeAs(queries);
    }

    @Test
    void pastedTextsAndSearchPhrasesFindTheirCode() {
        List<Outcome> outcomes = queries.stream().map(q -> new Outcome(q, rank(q))).toList();
        List<String> missed = outcomes.stream().filter(o -> !o.top1())
                .map(o -> "  " + (o.rank == 0 ? "-" : o.rank) + " " + o.query.code + " <- " + o.query.query).toList();
        System.out.println(report(outcomes) + "Not first (rank, expected code, query):\n" + String.join("\n", missed));
        assertThat(share(outcomes, Outcome::top3)).as("top-3 share; not first:%n%s", String.join("\n", missed))
                .isGreaterThanOrEqualTo(TOP3_FLOOR);
        assertThat(share(outcomes, Outcome::top1)).as("top-1 share; not first:%n%s", String.join("\n", missed))
                .isGreaterThanOrEqualTo(TOP1_FLOOR);
    }

    private static int rank(Query query) {
        List<SearchHit> hits = kb.search(query.query, null);
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).entry().code().equals(ErrorCode.require(query.code))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String report(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        Set<Function<Outcome, String>> keys = Set.of(o -> "all", o -> o.query.lang,
                o -> o.query.lang + " " + o.query.kind,
                o -> o.query.lang + " " + (o.carriesCode() ? "with code" : "without code"));
        for (Outcome outcome : outcomes) {
            keys.forEach(key -> groups.computeIfAbsent(key.apply(outcome), k -> new ArrayList<>()).add(outcome));
        }
        StringBuilder out = new StringBuilder("Search query set: group, queries, top-1, top-3\n");
        groups.forEach((group, list) -> out.append(String.format(Locale.ROOT, "  %-16s %4d  %5.1f %%  %5.1f %%%n",
                group, list.size(), 100 * share(list, Outcome::top1), 100 * share(list, Outcome::top3))));
        return out.toString();
    }

    private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
        return (double) outcomes.stream().filter(test).count() / outcomes.size();
    }
}
