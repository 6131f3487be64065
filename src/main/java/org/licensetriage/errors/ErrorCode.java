package org.licensetriage.errors;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 32-bit Windows error code (HRESULT or NTSTATUS) in any form people paste: {@code 0xC004F050},
 * {@code c004f050}, {@code -1073418160} (signed decimal, as scripts print it) or {@code 3221549136}.
 */
public record ErrorCode(int value) implements Comparable<ErrorCode> {

    // The prefix typed with the letter O ("OxC004F074") is unmistakable: no other reading of "Ox" exists.
    private static final Pattern PREFIXED_HEX = Pattern.compile("[0Oo][xX]([0-9A-Fa-f]{1,8})");
    // Without a prefix, hex is written with all eight digits; decimal forms of HRESULTs have 9-10 digits.
    private static final Pattern BARE_HEX = Pattern.compile("[0-9A-Fa-f]{8}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{9,10}");
    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    /** Parses a pasted code; surrounding whitespace is ignored. */
    public static Optional<ErrorCode> parse(String text) {
        String s = text.strip();
        if (s.length() > 16) {
            return Optional.empty();
        }
        var prefixed = PREFIXED_HEX.matcher(s);
        if (prefixed.matches()) {
            return Optional.of(new ErrorCode(Integer.parseUnsignedInt(prefixed.group(1), 16)));
        }
        if (BARE_HEX.matcher(s).matches()) {
            return Optional.of(new ErrorCode(Integer.parseUnsignedInt(s, 16)));
        }
        if (DECIMAL.matcher(s).matches()) {
            long decimal = Long.parseLong(s);
            if (decimal >= Integer.MIN_VALUE && decimal <= 0xFFFF_FFFFL) {
                return Optional.of(new ErrorCode((int) decimal));
            }
        }
        return Optional.empty();
    }

    /** Parses a code or throws {@link MalformedErrorCodeException}. */
    public static ErrorCode require(String text) {
        return parse(text).orElseThrow(() -> new MalformedErrorCodeException(text));
    }

    /** The canonical form: {@code 0x} and eight upper-case hex digits. */
    public String hex() {
        // Not String.format: this runs several times per diagnosis and per search hit.
        char[] text = {'0', 'x', 0, 0, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < 8; i++) {
            text[2 + i] = HEX_DIGITS[(value >>> (28 - 4 * i)) & 0xF];
        }
        return new String(text);
    }

    public long unsignedDecimal() {
        return Integer.toUnsignedLong(value);
    }

    public HResult decode() {
        return HResult.of(this);
    }

    @Override
    public int compareTo(ErrorCode other) {
        return Integer.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return hex();
    }
}
