package org.licensetriage.keys;

import java.text.Normalizer;

/** Turns what people paste into the characters of a key, the way the analyser and the mask read it. */
final class KeyNormalizer {

    private static final int KATAKANA_LONG_MARK = 0x30FC;
    private static final int MINUS_SIGN = 0x2212;

    private KeyNormalizer() {
    }

    static NormalizedKey normalize(String input) {
        return isAscii(input) ? normalizeAscii(input) : normalizeUnicode(input);
    }

    private static boolean isAscii(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // Pasted keys are nearly always ASCII: no NFKC, no code-point decoding.
    private static NormalizedKey normalizeAscii(String input) {
        int[] codePoints = new int[input.length()];
        int length = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            codePoints[length++] = c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
        }
        return of(codePoints, length, false);
    }

    private static NormalizedKey normalizeUnicode(String input) {
        String folded = Normalizer.normalize(input, Normalizer.Form.NFKC);
        int[] codePoints = new int[folded.length()];
        int length = 0;
        int nonAsciiOut = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                continue;
            }
            int upper = Character.toUpperCase(cp);
            codePoints[length++] = upper;
            if (upper >= 0x80) {
                nonAsciiOut++;
            }
        }
        return of(codePoints, length, nonAsciiOut < countNonAscii(input));
    }

    private static NormalizedKey of(int[] codePoints, int length, boolean nonAsciiNormalised) {
        int[] exact = java.util.Arrays.copyOf(codePoints, length);
        return new NormalizedKey(new String(exact, 0, length), exact, nonAsciiNormalised);
    }

    /** Whitespace (NBSP and the ideographic space too), invisible format characters and every kind of dash. */
    private static boolean isSeparator(int cp) {
        if (cp == '-' || cp == MINUS_SIGN || cp == KATAKANA_LONG_MARK) {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.DASH_PUNCTUATION
                || type == Character.FORMAT;
    }

    private static int countNonAscii(String input) {
        int count = 0;
        for (int i = 0; i < input.length(); ) {
            int cp = input.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80) {
                count++;
            }
        }
        return count;
    }
}
