package org.licensetriage.reading;

import static org.licensetriage.reading.TextForms.isAsciiAlnum;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;

/** Parsers for the values of slmgr lines; each returns null for a value it does not recognise. */
final class LineValues {

    private static final List<String> EDITION_WORDS = List.of(" edition", "エディション");
    private static final List<String> CHANNEL_WORDS = List.of(" channel", "チャネル", "チャンネル");
    private static final List<String> PERMANENT = List.of("permanentlyactivated", "永続的にライセンス認証",
            "永久的にライセンス認証", "永久にライセンス認証", "永続的なライセンス認証", "コンピューターのライセンス認証は完了しました");
    private static final List<String> EXPIRY = List.of("activationwillexpire", "graceperiodends",
            "windowsisinnotificationmode", "通知モード", "猶予期間は", "ライセンス認証の有効期限は", "ライセンス認証の期限は");

    private LineValues() {
    }

    /** "Windows(R), Professional edition" → "Professional": the edition ID as written. */
    static @Nullable String edition(String value) {
        return tokenBefore(value, EDITION_WORDS);
    }

    /** "Windows(R) Operating System, OEM_DM channel" → "OEM_DM". */
    static @Nullable String channel(String value) {
        String channel = tokenBefore(value, CHANNEL_WORDS);
        return channel == null ? null : channel.toUpperCase(Locale.ROOT);
    }

    static @Nullable String partialKey(String value) {
        int end = leadingAlnum(value);
        return end == 5 && (value.length() == 5 || !isAsciiAlnum(value.charAt(5)))
                ? value.substring(0, 5).toUpperCase(Locale.ROOT) : null;
    }

    /**
     * A key's last group shown alone or behind a mask: "CPR8F", "*****-*****-*****-*****-CPR8F" and
     * "XXXXX-XXXXX-XXXXX-XXXXX-CPR8F" give CPR8F; a whole key gives nothing, as it is no partial key.
     */
    static @Nullable String lastGroupOnly(String value) {
        String stripped = value.strip();
        if (stripped.length() == 5) {
            return partialKey(stripped);
        }
        int dash = stripped.lastIndexOf('-');
        if (dash < 0 || stripped.length() - dash - 1 != 5) {
            return null;
        }
        String mask = stripped.substring(0, dash);
        boolean masked = !mask.isEmpty() && mask.chars().allMatch(c -> c == '-' || c == '*' || c == 'X' || c == 'x'
                || c == '#' || c == ' ');
        return masked ? partialKey(stripped.substring(dash + 1)) : null;
    }

    /** "0xC004F034 (non-genuine)" → 0xC004F034. */
    static @Nullable ErrorCode leadingCode(String value) {
        int sign = value.startsWith("-") ? 1 : 0;
        int end = sign + leadingAlnum(value.substring(sign));
        return end == sign || end > 16 ? null : ErrorCode.parse(value.substring(0, end)).orElse(null);
    }

    /** The value up to its first space: "ServerStandardEval", "kms01.contoso.com:1688". */
    static @Nullable String firstToken(String value) {
        String stripped = value.strip();
        int end = 0;
        while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
            end++;
        }
        return end == 0 ? null : stripped.substring(0, end);
    }

    /** A whole value that is a small non-negative number: "1001", "1688". */
    static @Nullable Integer number(String value) {
        String stripped = value.strip();
        return !stripped.isEmpty() && digits(stripped, 9) ? Integer.valueOf(stripped) : null;
    }

    /** "03612-03308-000-000000-00-1033-19041.0000-0452021" → 3308. */
    static @Nullable Integer keyGroupId(String value) {
        String[] groups = value.split("-", 3);
        if (groups.length < 3 || groups[0].length() != 5 || !digits(groups[0], 5) || groups[1].isEmpty()
                || !digits(groups[1], 9)) {
            return null;
        }
        return Integer.valueOf(groups[1]);
    }

    /**
     * The first duration in a value: "43200 minute(s) (30 day(s))" → 43200, "43200 分 (30 日)" → 43200,
     * "30 day(s)" → 43200. Dates and times ("8月12日", "10時39分") are not durations.
     */
    static @Nullable Long minutes(String value) {
        Long hours = null;
        Long days = null;
        int i = 0;
        while (i < value.length()) {
            if (!isDigit(value.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < value.length() && isDigit(value.charAt(i))) {
                i++;
            }
            char before = start > 0 ? value.charAt(start - 1) : ' ';
            if (i - start > 12 || "年月時/:.".indexOf(before) >= 0) {
                continue;
            }
            long number = Long.parseLong(value.substring(start, i));
            String unit = value.substring(i, Math.min(value.length(), i + 8)).stripLeading().toLowerCase(Locale.ROOT);
            if (unit.startsWith("min") || unit.startsWith("分")) {
                return number;
            } else if (hours == null && (unit.startsWith("hour") || unit.startsWith("時間"))) {
                hours = number * 60;
            } else if (days == null && (unit.startsWith("day") || unit.startsWith("日"))) {
                days = number * 24 * 60;
            }
        }
        if (hours != null || days != null) {
            return hours != null ? hours : days;
        }
        // PowerShell states grace and intervals as a bare number of minutes
        Integer bare = number(value);
        return bare == null ? null : bare.longValue();
    }

    /** A line of /xpr (or its Japanese form) saying the machine is permanently activated. */
    static boolean statesPermanentActivation(String compactLine) {
        return PERMANENT.stream().anyMatch(compactLine::contains);
    }

    /** A line of /xpr saying the activation or grace period ends, or that Windows is in notification mode. */
    static boolean statesExpiry(String compactLine) {
        return EXPIRY.stream().anyMatch(compactLine::contains);
    }

    private static @Nullable String tokenBefore(String value, List<String> words) {
        for (String word : words) {
            int at = indexOfIgnoreCase(value, word);
            if (at < 0) {
                continue;
            }
            int end = at;
            while (end > 0 && value.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && (isAsciiAlnum(value.charAt(start - 1)) || value.charAt(start - 1) == '_'
                    || value.charAt(start - 1) == '-')) {
                start--;
            }
            if (start < end) {
                return value.substring(start, end);
            }
        }
        return null;
    }

    private static int indexOfIgnoreCase(String value, String word) {
        for (int i = 0; i + word.length() <= value.length(); i++) {
            if (value.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int leadingAlnum(String value) {
        int end = 0;
        while (end < value.length() && isAsciiAlnum(value.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean digits(String s, int maxLength) {
        if (s.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
