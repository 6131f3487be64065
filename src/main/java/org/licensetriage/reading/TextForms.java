package org.licensetriage.reading;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The forms a pasted message is read in: cleaned and NFKC-normalised text for codes and slmgr labels,
 * compact text for on-screen messages, and signal text for keywords.
 */
final class TextForms {

    private TextForms() {
    }

    /**
     * NFKC of the message after cleaning: line breaks become {@code \n}, tabs and other control characters
     * spaces, unpaired surrogates U+FFFD; invisible format characters (zero-width space, BOM, direction
     * marks) are dropped, since pasted text carries them inside codes and labels.
     */
    static String normalized(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\r') {
                if (i + 1 < length && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append('\n');
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f') {
                out.append('\n');
            } else if (Character.isISOControl(c) || c == '\uFDFA' || c == '\uFDFB') {
                // the two Arabic ligatures NFKC spells out in 18 and 8 letters would make the text 18 times longer
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFKC);
    }

    /**
     * Lower-case letters and digits only: what remains of a text when spaces, punctuation and width are
     * ignored, so "プロダクトキー" and "プロダクト キー" read alike.
     */
    static String compact(String normalized) {
        return compactOfLower(normalized.toLowerCase(Locale.ROOT));
    }

    /** {@link #compact} of a text already in lower case, so a long message is lower-cased once for all forms. */
    static String compactOfLower(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            char c = lower.charAt(i);
            if (c < 128) {
                // most of what people paste is ASCII: skip the Unicode tables for it
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                }
                i++;
                continue;
            }
            int cp = lower.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Lower case, one space for any run of white space, none next to Japanese ("会社の PC" reads as
     * "会社のpc", as people write it both ways), and typographic apostrophes as {@code '}.
     */
    static String signalText(String normalized) {
        return signalTextOfLower(normalized.toLowerCase(Locale.ROOT));
    }

    /** {@link #signalText} of a text already in lower case. */
    static String signalTextOfLower(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '\u2032') {
                c = '\'';
            }
            if (pendingSpace && !(isWide(out.charAt(out.length() - 1)) || isWide(c))) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    /** A character of a script written without spaces between words. */
    static boolean isWide(char c) {
        return c >= '\u2E80' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFFEF';
    }

    static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
