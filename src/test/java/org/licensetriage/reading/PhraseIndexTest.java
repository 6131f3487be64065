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
}
