package org.licensetriage.errors;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes, parts of codes and symbolic names in a query, wherever they stand: a pasted dialog usually
 * carries its code ("エラーコード:0xC004C008", "hr=0x80072EE7"), a search box often only its last digits
 * ("f050").
 */
record QueryCodes(Set<String> codes, Set<String> parts, Set<String> names) {

    // A code is delimited by anything but a letter or digit of the Latin alphabet, so Japanese text may
    // touch it on either side.
    private static final Pattern PREFIXED = Pattern.compile("(?<![0-9a-z])0x([0-9a-f]{1,8})(?![0-9a-z])");
    private static final Pattern BARE_HEX = Pattern.compile("(?<![0-9a-z])([0-9a-f]{8})(?![0-9a-z])");
    private static final Pattern DECIMAL = Pattern.compile("(?<![0-9a-z-])(-?[0-9]{9,10})(?![0-9a-z])");
    // Three to seven hex digits with at least one digit: "f050", "c004f0" - not the words "bad" or "face".
    private static final Pattern PART = Pattern.compile("(?<![0-9a-z])(?:0x)?((?=[a-f]*[0-9])[0-9a-f]{3,7})(?![0-9a-z])");
    private static final Pattern NAME = Pattern.compile("(?<![0-9a-z_])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![0-9a-z_])");
    /** How many of each a query may contribute; a paste rarely holds more than a few. */
    private static final int MAX_EACH = 8;

    static QueryCodes of(String query) {
        String text = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> codes = new LinkedHashSet<>();
        collect(PREFIXED.matcher(text), codes, hex -> ErrorCode.parse("0x" + hex));
        collect(BARE_HEX.matcher(text), codes, ErrorCode::parse);
        collect(DECIMAL.matcher(text), codes, ErrorCode::parse);
        Set<String> parts = new LinkedHashSet<>();
        Matcher part = PART.matcher(text);
        while (part.find() && parts.size() < MAX_EACH) {
            parts.add(part.group(1));
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(text);
        while (name.find() && names.size() < MAX_EACH) {
            names.add(name.group(1));
        }
        return new QueryCodes(codes, parts, names);
    }

    /** The eight lower-case hex digits a code is indexed under. */
    static String key(ErrorCode code) {
        return code.hex().substring(2).toLowerCase(Locale.ROOT);
    }

    private static void collect(Matcher matcher, Set<String> into,
            java.util.function.Function<String, java.util.Optional<ErrorCode>> parse) {
        while (matcher.find() && into.size() < MAX_EACH) {
            parse.apply(matcher.group(1)).ifPresent(code -> into.add(key(code)));
        }
    }
}
