package org.licensetriage.keys;

/**
 * Which key characters a mistyped or misread character is probably meant to be, from the confusions people
 * report: 0/O/D/Q, 1/I/l/7/T, B/8, S/5, 6/G, 2/Z, V/Y, M/N/W, H/N, K/X, P/R, U/V. Where a group holds no key
 * character (S and 5), the nearest shapes are used (S/8, 5/6); the search falls back to every symbol anyway.
 */
final class LookAlikes {

    /** Characters that never occur in a key: vowels and the ones that look like other characters. */
    static final String NEVER_VALID = "AEILOSUZ015";

    private static final String[] TABLE = new String[128];

    static {
        put('O', "DQ");
        put('0', "DQ");
        put('D', "Q0");
        put('Q', "D9");
        put('I', "7T");
        put('1', "7T");
        put('L', "7T");
        put('7', "T");
        put('T', "7");
        put('S', "8");
        put('5', "6");
        put('B', "8");
        put('8', "B");
        put('6', "G");
        put('G', "6");
        put('Z', "2");
        put('2', "");
        put('A', "4");
        put('E', "F");
        put('U', "V");
        put('V', "Y");
        put('Y', "V");
        put('M', "WN");
        put('W', "MN");
        put('H', "N");
        put('K', "X");
        put('X', "K");
        put('P', "R");
        put('R', "P");
        put('9', "Q");
    }

    private LookAlikes() {
    }

    /** The key characters (never {@code N}) that {@code c} is likely a misreading of; empty when none. */
    static String of(int c) {
        return c >= 0 && c < 128 && TABLE[c] != null ? TABLE[c] : "";
    }

    /** Whether {@code c} and {@code N} are easily confused (M, W and H). */
    static boolean looksLikeN(int c) {
        return c == 'M' || c == 'W' || c == 'H';
    }

    static boolean neverValid(int c) {
        return c < 128 && NEVER_VALID.indexOf(c) >= 0;
    }

    private static void put(char c, String likes) {
        StringBuilder valid = new StringBuilder();
        for (char like : likes.toCharArray()) {
            // N is handled by the N stages of the search, which keep a key to exactly one N.
            if (ProductKeys.digit(like) >= 0) {
                valid.append(like);
            }
        }
        TABLE[c] = valid.toString();
    }
}
