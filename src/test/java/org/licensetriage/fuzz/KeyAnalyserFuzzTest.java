package org.licensetriage.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensetriage.fuzz.FuzzInputs.withinMillis;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.licensetriage.keys.KeyAnalyser;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.keys.KeyFormat;
import org.licensetriage.keys.Suggestion;

/**
 * The key analyser answers any string with an analysis, never an exception, and never shows a whole key in
 * its masked form. The normaliser ({@code KeyNormalizer}) is reached through {@code analyse}.
 */
class KeyAnalyserFuzzTest {

    private static final KeyAnalyser ANALYSER = KeyFixtures.analyser();
    private static final long LIMIT_MILLIS = 2_000;

    /** Keys as people type them: published, valid or random, with typos, any separator, width and case. */
    @FuzzTest(maxDuration = "2m")
    void typedKeys(FuzzedDataProvider data) {
        String edition = data.consumeBoolean() ? FuzzInputs.editionName(data) : null;
        analyse(FuzzInputs.typedKey(data), edition);
    }

    /** Any text at all, as the key and as the installed edition. */
    @FuzzTest(maxDuration = "2m")
    void anyText(byte[] bytes) {
        String text = FuzzInputs.utf8(bytes);
        analyse(text, null);
        analyse(text, text);
    }

    /** Edition names in any spelling, width and language. */
    @FuzzTest(maxDuration = "2m")
    void editionNames(FuzzedDataProvider data) {
        String name = FuzzInputs.editionName(data);
        Optional<String> id = withinMillis(LIMIT_MILLIS, "editionId", () -> ANALYSER.editionId(name));
        assertThat(id).isNotNull();
        id.ifPresent(editionId -> {
            assertThat(editionId).isNotBlank();
            assertThat(ANALYSER.sameEdition(editionId, name)).as("%s names edition %s", name, editionId).isTrue();
        });
    }

    private static void analyse(String input, String edition) {
        KeyAnalysis analysis = withinMillis(LIMIT_MILLIS, "analyse", () -> ANALYSER.analyse(input, edition));
        assertThat(analysis.normalizedKey()).isNotNull();
        assertThat(analysis.format()).isNotNull();
        assertThat(analysis.checksum()).isNotNull();
        assertThat(analysis.findings()).allSatisfy(f -> assertThat(f.message().complete()).isTrue());
        if (analysis.valid()) {
            assertThat(analysis.format()).isNotEqualTo(KeyFormat.MALFORMED);
        }
        if (edition == null || edition.isBlank()) {
            assertThat(analysis.editionMatch()).isNull();
        }

        // The masked key shows at most five characters, whatever the input.
        String shown = analysis.maskedKey().replaceFirst("^[X\\-…]*", "");
        assertThat(shown.codePointCount(0, shown.length())).as(analysis.maskedKey()).isLessThanOrEqualTo(5);
        String key = separatorsRemoved(input);
        if (key.codePointCount(0, key.length()) == 25) {
            String typed = key.toUpperCase(Locale.ROOT);
            assertThat(analysis.maskedKey()).startsWith("XXXXX-XXXXX-XXXXX-XXXXX-")
                    .doesNotContain(key).doesNotContain(typed);
            assertThat(analysis.toString()).doesNotContain(key).doesNotContain(typed);
            if (!analysis.normalizedKey().startsWith("XXXXX-XXXXX-XXXXX-XXXXX-")) {
                assertThat(analysis.toString()).doesNotContain(analysis.normalizedKey());
            }
        }
        for (Suggestion suggestion : analysis.suggestions()) {
            KeyAnalysis repaired = withinMillis(LIMIT_MILLIS, "analyse a suggestion",
                    () -> ANALYSER.analyse(suggestion.productKey(), null));
            assertThat(repaired.valid()).as("suggestion %s for %s", suggestion, analysis).isTrue();
            assertThat(suggestion.toString()).doesNotContain(suggestion.productKey());
        }
    }

    /** What is left of the input once NFKC-folded and stripped of what the analyser reads as separators. */
    private static String separatorsRemoved(String input) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(input, Normalizer.Form.NFKC).codePoints()
                .filter(cp -> !(cp == '-' || cp == 0x2212 || cp == 0x30FC || Character.isWhitespace(cp)
                        || Character.isSpaceChar(cp) || Character.getType(cp) == Character.DASH_PUNCTUATION
                        || Character.getType(cp) == Character.FORMAT))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
