package org.licensetriage.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks everything in a text that looks like a product key (five groups of five letters and digits, with
 * any dash between them, half- or full-width, or 25 key characters in a row) the way slmgr does: only the
 * last group stays readable.
 */
public final class KeyMasking {

    private static final String ALNUM = "0-9A-Za-z\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A";
    private static final String DASH = "[-\\u2010-\\u2015\\u2212\\uFF0D\\u30FC ]";
    // No word boundaries: keys pasted back to back ("…3V66TVK7JG-…") must be caught too, and masking a
    // little more than a key in a log line costs nothing.
    private static final Pattern GROUPED = Pattern.compile(
            "(?:[" + ALNUM + "]{5}" + DASH + "){4}([" + ALNUM + "]{5})");
    private static final Pattern RUN = Pattern.compile(
            "(?i)[BCDFGHJKMNPQRTVWXY2346789]{20}([BCDFGHJKMNPQRTVWXY2346789]{5})");

    private KeyMasking() {
    }

    public static String mask(String text) {
        if (text.length() < 25) {
            return text;
        }
        return replace(RUN, replace(GROUPED, text));
    }

    private static String replace(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(masked, "XXXXX-XXXXX-XXXXX-XXXXX-" + Matcher.quoteReplacement(matcher.group(1)));
        } while (matcher.find());
        return matcher.appendTail(masked).toString();
    }
}
