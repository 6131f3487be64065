package org.licensetriage.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks everything in a text that looks like a product key (five groups of five letters and digits, with
 * any dash, space or invisible separator between them, half- or full-width, or 25 key characters in a row)
 * the way slmgr does: only the last group stays readable. Keys that run on from other groups or characters
 * are masked with them, so no five groups in a row keep more than their last group readable.
 */
public final class KeyMasking {

    private static final String ALNUM = "0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A";
    // Whatever the key analyser reads as a separator between groups: dashes, spaces (no-break and ideographic
    // too), the katakana long mark and invisible format characters. Letters and digits are ruled out first,
    // which is all most characters of a log line need.
    private static final String DASH = "[[^" + ALNUM + "]&&[-\\s\\p{Pd}\\p{Zs}\\p{javaWhitespace}\\p{Cf}\\u2212\\u30FC\\uFF70]]";
    // No word boundaries: keys pasted back to back ("…3V66TVK7JG-…") must be caught too, and masking a
    // little more than a key in a log line costs nothing. Every group of a run of five or more is masked but
    // the last, and so is the rest of the word the first group ends ("order12345-…"), so that what is left
    // never joins the text around it into another key.
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![" + ALNUM + "])([" + ALNUM + "]*)((?:[" + ALNUM + "]{5}" + DASH + "){4,})(?=[" + ALNUM + "]{5})");
    private static final Pattern GROUP = Pattern.compile("[" + ALNUM + "]{5}" + DASH);
    private static final boolean[] KEY_CHARACTERS = new boolean[128];

    static {
        for (char c : "BCDFGHJKMNPQRTVWXY2346789".toCharArray()) {
            KEY_CHARACTERS[c] = true;
            KEY_CHARACTERS[Character.toLowerCase(c)] = true;
        }
    }

    private KeyMasking() {
    }

    public static String mask(String text) {
        if (text.length() < 25) {
            return text;
        }
        // Runs first: their masked form is grouped, and the grouped pass then masks the groups before it.
        return maskGroups(maskRuns(text));
    }

    private static String maskGroups(String text) {
        Matcher matcher = GROUPED.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            int groups = (int) GROUP.matcher(matcher.group(2)).results().count();
            matcher.appendReplacement(masked, "X".repeat(matcher.group(1).length()) + "XXXXX-".repeat(groups));
        } while (matcher.find());
        return matcher.appendTail(masked).toString();
    }

    /** Every run of 25 or more key characters, half- or full-width, keeps only its last five. */
    private static String maskRuns(String text) {
        StringBuilder masked = null;
        int copied = 0;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && isKeyCharacter(text.charAt(i))) {
                continue;
            }
            if (i - runStart >= 25) {
                masked = masked != null ? masked : new StringBuilder(text.length() + 4);
                masked.append(text, copied, runStart).append("XXXXX-XXXXX-XXXXX-XXXXX-").append(text, i - 5, i);
                copied = i;
            }
            runStart = i + 1;
        }
        return masked == null ? text : masked.append(text, copied, text.length()).toString();
    }

    private static boolean isKeyCharacter(char c) {
        char ascii = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
        return ascii < 128 && KEY_CHARACTERS[ascii];
    }
}
