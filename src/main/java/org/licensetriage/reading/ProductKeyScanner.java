package org.licensetriage.reading;

import org.jspecify.annotations.Nullable;

/**
 * Finds a whole product key (five groups of five) in the raw message: any dash or "ー" between groups,
 * full-width characters, and the look-alikes 0 O 1 I S 5 that a mistyped key contains.
 */
final class ProductKeyScanner {

    // The 24 characters of product keys plus the look-alikes people type for them.
    private static final String KEY_CHARACTERS = "BCDFGHJKMNPQRTVWXY2346789" + "0O1IS5";
    // The same as a table over ASCII, since the scanner asks for every character of the message.
    private static final boolean[] IS_KEY_CHARACTER = new boolean[128];
    private static final int GROUPS = 5;

    static {
        for (char c : KEY_CHARACTERS.toCharArray()) {
            IS_KEY_CHARACTER[c] = true;
        }
    }
    private static final int GROUP_LENGTH = 5;

    private ProductKeyScanner() {
    }

    /** The first key in the message, exactly as written there (the raw text, not the normalised one). */
    static @Nullable String find(String raw) {
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            if (isKeyCharacter(raw.charAt(i)) && (i == 0 || !isAlnum(raw.charAt(i - 1)))
                    && !(i >= 2 && isDash(raw.charAt(i - 1)) && isAlnum(raw.charAt(i - 2)))) {
                int end = keyEnd(raw, i);
                if (end > 0) {
                    return raw.substring(i, end);
                }
            }
        }
        return null;
    }

    /** Where a key starting at {@code start} ends, or -1; a key must not run on into a longer identifier. */
    private static int keyEnd(String raw, int start) {
        int at = start;
        boolean letter = false;
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                if (at >= raw.length() || !isDash(raw.charAt(at))) {
                    return -1;
                }
                at++;
            }
            for (int k = 0; k < GROUP_LENGTH; k++) {
                if (at >= raw.length() || !isKeyCharacter(raw.charAt(at))) {
                    return -1;
                }
                letter |= Character.isLetter(raw.charAt(at));
                at++;
            }
        }
        boolean runsOn = at < raw.length() && (isAlnum(raw.charAt(at))
                || isDash(raw.charAt(at)) && at + 1 < raw.length() && isAlnum(raw.charAt(at + 1)));
        // twenty-five digits are a number (an installation ID), not a key
        return runsOn || !letter ? -1 : at;
    }

    private static char fold(char c) {
        char ascii = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        return ascii >= 'a' && ascii <= 'z' ? (char) (ascii - 'a' + 'A') : ascii;
    }

    private static boolean isKeyCharacter(char c) {
        char folded = fold(c);
        return folded < 128 && IS_KEY_CHARACTER[folded];
    }

    private static boolean isAlnum(char c) {
        return TextForms.isAsciiAlnum(fold(c));
    }

    static boolean isDash(char c) {
        return c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212' || c == '\u30FC'
                || c == '\uFF70' || c == '\u2500' || c == '\u2501' || c == '\uFE63' || c == '\uFF0D';
    }
}
