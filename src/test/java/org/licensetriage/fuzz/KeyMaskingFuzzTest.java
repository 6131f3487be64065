package org.licensetriage.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensetriage.fuzz.FuzzInputs.withinMillis;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.licensetriage.logging.KeyMasking;

/**
 * No key-shaped text survives masking. Key-shaped is taken as broadly as the analyser reads keys: five groups
 * of five letters or digits, half- or full-width, with one separator between groups (any dash, space or
 * invisible format character), or 25 key characters in a row. In a masked line every such text must have
 * {@code XXXXX} for its first four groups, or X for its first 20 characters.
 */
class KeyMaskingFuzzTest {

    private static final long LIMIT_MILLIS = 2_000;
    private static final String KEY_CHARACTERS = "BCDFGHJKMNPQRTVWXY2346789";
    private static final String[] WORDS = {" ", "  ", ", ", " and ", "\n", "", "-", "[", "]", "=", "key ", "Order",
        "12345", "abcde", "XXXXX-", "XXXXX", "seven codes apply first ", "ＡＢＣＤＥ", "\u3000", "\u00A0", "\u200B"};

    /** Log lines holding keys in every form, next to each other and to five-letter words and numbers. */
    @FuzzTest(maxDuration = "2m")
    void linesWithKeys(FuzzedDataProvider data) {
        StringBuilder line = new StringBuilder();
        for (int parts = data.consumeInt(1, 8); parts > 0; parts--) {
            line.append(data.consumeBoolean() ? FuzzInputs.typedKey(data) : FuzzInputs.pick(data, WORDS));
        }
        check(line.toString());
    }

    /** Any text at all. */
    @FuzzTest(maxDuration = "2m")
    void anyText(byte[] bytes) {
        check(FuzzInputs.utf8(bytes));
    }

    private static void check(String text) {
        String masked = withinMillis(LIMIT_MILLIS, "mask", () -> KeyMasking.mask(text));
        String leak = unmaskedKey(masked);
        assertThat(leak).as("key-shaped text left in the masked form of \"%s\": \"%s\"", text, masked).isNull();
    }

    /** The first key-shaped text in {@code masked} whose first four groups are not all XXXXX, or null. */
    static String unmaskedKey(String masked) {
        int[] cps = masked.codePoints().toArray();
        for (int start = 0; start + 29 <= cps.length; start++) {
            if (grouped(cps, start) && !(xs(cps, start, 5) && xs(cps, start + 6, 5) && xs(cps, start + 12, 5)
                    && xs(cps, start + 18, 5))) {
                return new String(cps, start, 29);
            }
        }
        int run = 0;
        for (int i = 0; i < cps.length; i++) {
            run = keyCharacter(cps[i]) ? run + 1 : 0;
            if (run >= 25 && !xs(cps, i - 24, 20)) {
                return new String(cps, i - 24, 25);
            }
        }
        return null;
    }

    private static boolean grouped(int[] cps, int start) {
        for (int i = 0; i < 29; i++) {
            boolean separatorPlace = i % 6 == 5;
            if (separatorPlace ? !separator(cps[start + i]) : !letterOrDigit(cps[start + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean xs(int[] cps, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (cps[i] != 'X') {
                return false;
            }
        }
        return true;
    }

    private static int halfWidth(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
    }

    private static boolean letterOrDigit(int cp) {
        int c = halfWidth(cp);
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean keyCharacter(int cp) {
        int c = Character.toUpperCase(halfWidth(cp));
        return c < 128 && KEY_CHARACTERS.indexOf(c) >= 0;
    }

    /** What the analyser's normaliser drops between key characters. */
    private static boolean separator(int cp) {
        int type = Character.getType(cp);
        return cp == 0x2212 || cp == 0x30FC || cp == 0xFF70 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || type == Character.DASH_PUNCTUATION || type == Character.FORMAT;
    }
}
