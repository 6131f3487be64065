package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    @Test
    void findsOverlappingAndNestedPhrasesWithTheirPositions() {
        PhraseIndex<String> index = new PhraseIndex<>(List.of(Map.entry("he", "he"), Map.entry("she", "she"),
                Map.entry("his", "his"), Map.entry("hers", "hers"), Map.entry("", "empty")));
        assertThat(index.find("ushers")).extracting(h -> h.payload() + "@" + h.start() + "-" + h.end())
                .containsExactlyInAnyOrder("she@1-4", "he@2-4", "hers@2-6");
    }

    @Test
    void theSamePhraseWithTwoPayloadsReportsBoth() {
        PhraseIndex<Integer> index = new PhraseIndex<>(List.of(Map.entry("キー", 1), Map.entry("キー", 2)));
        assertThat(index.find("プロダクトキー")).extracting(PhraseIndex.Hit::payload).containsExactly(1, 2);
        assertThat(index.find("")).isEmpty();
    }

    @Test
    void findsEveryOccurrenceANaiveSearchFindsInMixedAsciiAndJapaneseText() {
        String alphabet = "abx キー";
        java.util.Random random = new java.util.Random(15);
        List<String> phrases = new java.util.ArrayList<>();
        for (int p = 0; p < 40; p++) {
            phrases.add(randomText(random, alphabet, 1 + random.nextInt(4)));
        }
        PhraseIndex<String> index = new PhraseIndex<>(phrases.stream().distinct().map(p -> Map.entry(p, p)).toList());
        for (int t = 0; t < 200; t++) {
            String text = randomText(random, alphabet + "zé", random.nextInt(60));
            List<String> expected = new java.util.ArrayList<>();
            for (String phrase : phrases.stream().distinct().toList()) {
                for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                    expected.add(phrase + "@" + at);
                }
            }
            assertThat(index.find(text)).as(text).extracting(h -> h.payload() + "@" + h.start())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
