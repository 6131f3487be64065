package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A whole key never shows in toString(), in a finding message or in a suggestion's explanation. */
class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VK7JG-NPHTM-C97JM-9MPGT-3V66T|XXXXX-XXXXX-XXXXX-XXXXX-3V66T",
            "vk7jgnphtmc97jm9mpgt3v66t|XXXXX-XXXXX-XXXXX-XXXXX-3V66T",
            "VK7JG-NPHTM-C97JM-9MPGT-3V66|XXXXXXXXXXXXXXXXXXXT3V66",
            "VK7JG-NPHTM|XXXXXXXXXX",
            "ABC|XXX",
            "''|''"})
    void maskShowsAtMostTheLastGroup(String key, String masked) {
        assertThat(ProductKeys.mask(key)).isEqualTo(masked);
    }

    @Test
    void maskOfVeryLongInputStaysShort() {
        String masked = ProductKeys.mask("B".repeat(10_000) + "VWXYZ");

        assertThat(masked).endsWith("…VWXYZ").hasSizeLessThan(50);
    }

    @Test
    void noTextOfAnAnalysisContainsTheWholeKey() {
        SplittableRandom random = new SplittableRandom(42);
        List<String> inputs = new ArrayList<>();
        KeyFixtures.published().forEach(k -> inputs.add(k.key()));
        for (int i = 0; i < 300; i++) {
            String key = KeyFixtures.randomValidKey(random);
            inputs.add(key);
            inputs.add(KeyFixtures.replace(key, random.nextInt(25), 'O'));
            int at = random.nextInt(25);
            inputs.add(KeyFixtures.replace(key, at, ProductKeys.ALPHABET.charAt(random.nextInt(24))));
        }
        for (String input : inputs) {
            KeyAnalysis analysis = KeyFixtures.analyser().analyse(input, "Windows 11 Pro");
            String plain = KeyNormalizer.normalize(input).value();
            String dashed = ProductKeys.grouped(plain);

            assertThat(analysis.toString()).doesNotContain(plain).doesNotContain(dashed.substring(0, 23))
                    .contains(analysis.maskedKey());
            for (Finding finding : analysis.findings()) {
                assertThat(finding.message().en() + finding.message().ja() + finding)
                        .doesNotContain(plain).doesNotContain(dashed.substring(0, 11));
            }
            for (Suggestion suggestion : analysis.suggestions()) {
                String repaired = suggestion.productKey();
                String text = suggestion.explanation().en() + suggestion.explanation().ja() + suggestion;
                assertThat(text).doesNotContain(plain).doesNotContain(repaired).doesNotContain(repaired.replace("-", ""));
            }
            assertThat(String.valueOf(analysis.key())).doesNotContain(plain);
        }
    }
}
