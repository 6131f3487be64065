package org.licensetriage.keys;

/** The key alphabet and the masked form, the only form of a key that may appear in logs or exception messages. */
public final class ProductKeys {

    /** The 24 symbols of a key in digit order: {@code B} is 0, {@code 9} is 23. */
    public static final String ALPHABET = "BCDFGHJKMPQRTVWXY2346789";

    /** Characters in a key, without the dashes. */
    public static final int LENGTH = 25;

    private static final int SHOW_TAIL_FROM = 20;
    private static final int MAX_HIDDEN_SHOWN = 35;
    private static final byte[] DIGITS = new byte[128];

    static {
        java.util.Arrays.fill(DIGITS, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGITS[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private ProductKeys() {
    }

    /**
     * Masks a key: {@code XXXXX-XXXXX-XXXXX-XXXXX-} and the last group for 25 characters (dashes and spaces
     * ignored). Other input shows at most its last 5 characters, and nothing when it has fewer than 20.
     */
    public static String mask(String key) {
        return maskNormalized(KeyNormalizer.normalize(key).value());
    }

    /** Masks a key that is already normalised. */
    static String maskNormalized(String value) {
        int length = value.codePointCount(0, value.length());
        if (length < SHOW_TAIL_FROM) {
            return "X".repeat(length);
        }
        String tail = value.substring(value.offsetByCodePoints(0, length - 5));
        if (length == LENGTH) {
            return "XXXXX-XXXXX-XXXXX-XXXXX-" + tail;
        }
        int hidden = length - 5;
        return hidden <= MAX_HIDDEN_SHOWN ? "X".repeat(hidden) + tail : "X".repeat(MAX_HIDDEN_SHOWN) + "…" + tail;
    }

    /** The digit value 0–23 of a key character, or -1 for {@code N} and anything outside the alphabet. */
    static int digit(int c) {
        return c >= 0 && c < 128 ? DIGITS[c] : -1;
    }

    /** Groups 25 characters as {@code XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}; other lengths are returned as they are. */
    static String grouped(String key) {
        if (key.length() != LENGTH) {
            return key;
        }
        return key.substring(0, 5) + '-' + key.substring(5, 10) + '-' + key.substring(10, 15) + '-'
                + key.substring(15, 20) + '-' + key.substring(20);
    }
}
