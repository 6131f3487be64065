package org.licensetriage.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys the fuzzer found left readable (KeyMaskingFuzzTest): keys that run on from five-letter words or other
 * groups, keys grouped with the separators the analyser accepts beyond dash and space, and runs of key
 * characters longer than one key or written full-width.
 */
class KeyMaskingRunOnTest {

    private static final String KEY = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";

    @ParameterizedTest
    @ValueSource(strings = {"seven codes apply first " + KEY, "order 12345 67890 VK7JG " + KEY,
        "AAAAA-AAAAA-AAAAA-AAAAA-" + KEY, "1-2-3 abcde-fghij-klmno-pqrst-uvwxy-" + KEY})
    void keysRunningOnFromOtherGroupsAreMasked(String line) {
        String masked = KeyMasking.mask(line);
        assertThat(masked).endsWith("XXXXX-XXXXX-XXXXX-XXXXX-3V66T").doesNotContain("NPHTM").doesNotContain("9MPGT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＶＫ７ＪＧ\u3000ＮＰＨＴＭ\u3000Ｃ９７ＪＭ\u3000９ＭＰＧＴ\u3000３Ｖ６６Ｔ",
        "VK7JG\u00A0NPHTM\u00A0C97JM\u00A09MPGT\u00A03V66T", "VK7JG\tNPHTM\tC97JM\t9MPGT\t3V66T",
        "VK7JG\u200BNPHTM\u200BC97JM\u200B9MPGT\u200B3V66T", "VK7JG\uFE63NPHTM\uFE63C97JM\uFE639MPGT\uFE633V66T"})
    void keysGroupedWithAnySeparatorTheAnalyserAcceptsAreMasked(String key) {
        String masked = KeyMasking.mask("productKey=" + key + ";");
        assertThat(masked).contains("XXXXX-XXXXX-XXXXX-XXXXX-").doesNotContain("NPHTM").doesNotContain("ＮＰＨＴＭ")
                .endsWith(";");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BCDFGHJKMPQRTVWXY2346VK7JGNPHTMC97JM9MPGT3V66T", "ＶＫ７ＪＧＮＰＨＴＭＣ９７ＪＭ９ＭＰＧＴ３Ｖ６６Ｔ",
        "vk7jgnphtmc97jm9mpgt3v66tvk7jgnphtm"})
    void wholeRunsOfKeyCharactersKeepOnlyTheirLastFive(String run) {
        String masked = KeyMasking.mask("[" + run + "]");
        assertThat(masked).isEqualTo("[XXXXX-XXXXX-XXXXX-XXXXX-" + run.substring(run.length() - 5) + "]");
    }

    @Test
    void longLinesMaskInLinearTime() {
        for (String line : List.of("a".repeat(100_000), "abcde-".repeat(20_000), "VK7JG".repeat(20_000),
                "abcde-".repeat(20_000) + "!", "ab-".repeat(30_000), "abcde-abcde-abcde-abcd-".repeat(5_000))) {
            long start = System.nanoTime();
            String masked = KeyMasking.mask(line);
            assertThat((System.nanoTime() - start) / 1_000_000).as(line.substring(0, 10)).isLessThan(2_000);
            assertThat(masked).hasSizeLessThanOrEqualTo(line.length() + 4);
        }
    }
}
