package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The analyser answers every hostile string with findings, never with an exception. */
class NaughtyStringsTest {

    static List<String> naughtyStrings() {
        return org.licensetriage.NaughtyStrings.all();
    }

    @Test
    void everyBigListOfNaughtyStringsEntryIsAnalysedWithoutAnException() throws IOException {
        List<String> strings = naughtyStrings();
        assertThat(strings).hasSizeGreaterThan(500);
        for (String s : strings) {
            for (String edition : new String[] {null, s}) {
                assertThatCode(() -> {
                    KeyAnalysis analysis = KeyFixtures.analyser().analyse(s, edition);
                    assertThat(analysis.maskedKey()).isNotNull();
                    assertThat(analysis.findings()).allSatisfy(f -> assertThat(f.message().complete()).isTrue());
                }).as("blns entry %d", strings.indexOf(s)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void extremeInputIsAnalysedWithoutAnException() {
        List<String> inputs = new ArrayList<>(List.of("", " ", "\u0000".repeat(25), "N".repeat(25), "-".repeat(200),
                "B".repeat(10_000), "😀".repeat(25), "\uD800".repeat(25), "\uDC00VK7JG", "مفتاح المنتج",
                "\u202EVK7JG-NPHTM-C97JM-9MPGT-3V66T", "ＮＮＮＮＮ", "\u0130\u0131ß\uFB01"));
        SplittableRandom random = new SplittableRandom(99);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                s.append((char) random.nextInt(0x10000));
            }
            inputs.add(s.toString());
        }
        for (String input : inputs) {
            assertThatCode(() -> KeyFixtures.analyser().analyse(input, input)).as("seed 99, input %d", inputs.indexOf(input))
                    .doesNotThrowAnyException();
        }
        KeyAnalysis longest = KeyFixtures.analyser().analyse("B".repeat(9_990) + "OOOOOOOOOOOO", null);
        assertThat(longest.findings()).extracting(Finding::code)
                .containsExactly(FindingCode.WRONG_LENGTH, FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER,
                        FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER,
                        FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER,
                        FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER, FindingCode.INVALID_CHARACTER);
    }
}
