package org.licensetriage.reading;

import static org.licensetriage.reading.TextForms.isAsciiAlnum;
import static org.licensetriage.reading.TextForms.isHexDigit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeBase;

/**
 * Finds error codes written in a normalised text: {@code 0x} hex always; bare 8-digit hex, signed and
 * unsigned decimal only where they cannot be an ID, a phone number or a timestamp.
 */
final class ErrorCodeScanner {

    // The upper 16 bits of codes seen in activation work: licensing (C004, 4004), Win32 (8007), ITF (8004),
    // Windows Store (803F), RPC (C002) and security (8009). Other bare hex counts only when it is known.
    private static final Set<Integer> LICENSING_PREFIXES = Set.of(0xC004, 0x4004, 0x8007, 0x8004, 0x803F, 0xC002,
            0x8009);
    private static final List<String> KEYWORDS = List.of("errorcode", "error", "code", "hresult", "hr", "エラー",
            "コード", "エラーコード");
    private static final List<String> FILLERS = List.of("is", "was", "number", "no.", "no", "#", "は", "が", "番号");
    private static final String SEPARATORS = " :=#([{'\"";
    // A Win32 error number in words ("error 5", "error code 577", "StartService FAILED 1058", "システム エラー 5")
    // is written in decimal after one of these; it stands for the HRESULT 0x8007xxxx.
    private static final List<String> WIN32_KEYWORDS = List.of("error", "error code", "errorcode", "failed", "エラー",
            "エラー コード", "エラーコード");
    private static final int MAX_WIN32 = 15_999;

    private final KnowledgeBase knowledgeBase;

    ErrorCodeScanner(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** Distinct codes in order of first appearance. */
    List<ErrorCode> scan(String text) {
        Set<ErrorCode> found = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isAsciiAlnum(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < length && isAsciiAlnum(text.charAt(end))) {
                end++;
            }
            ErrorCode code = end - i <= 16 ? codeAt(text, i, end) : null;
            if (code != null) {
                found.add(code);
            }
            i = end;
        }
        return new ArrayList<>(found);
    }

    private @Nullable ErrorCode codeAt(String text, int start, int end) {
        String token = text.substring(start, end);
        int length = token.length();
        char first = token.charAt(0);
        // "Ox" with a letter O is how 0x comes out when typed by hand or read off a screen
        boolean prefixed = length > 2 && (first == '0' || first == 'O' || first == 'o')
                && (token.charAt(1) == 'x' || token.charAt(1) == 'X');
        if (prefixed) {
            String digits = token.substring(2);
            if (digits.length() == 9 && allHex(digits)) {
                return oneDigitTooMany(digits);
            }
            if (allHex(digits)) {
                ErrorCode code = ErrorCode.parse("0x" + digits).orElse(null);
                return code != null && (digits.length() == 8 || known(code)) ? code : null;
            }
            List<ErrorCode> repaired = length == 10 ? knowledgeBase.lookAlikeRepair("0x" + digits) : List.of();
            return repaired.isEmpty() ? null : repaired.get(0);
        }
        if (length == 8 && allHex(token)) {
            return bareHex(text, token, end);
        }
        if ((length == 9 || length == 10) && allDigits(token)) {
            return decimal(text, token, start);
        }
        if (length <= 5 && allDigits(token) && (start == 0 || text.charAt(start - 1) != '-')
                && afterKeyword(text, start, WIN32_KEYWORDS)) {
            int number = Integer.parseInt(token);
            return number > 0 ? win32(number) : null;
        }
        return null;
    }

    /** A Win32 error number as the HRESULT that carries it (5 → 0x80070005); null above the Win32 range. */
    static @Nullable ErrorCode win32(int number) {
        return number <= MAX_WIN32 ? new ErrorCode(0x8007_0000 | number) : null;
    }

    /** "0xC0004C003": nine digits where one was typed twice; the known code left by dropping one, if only one. */
    private @Nullable ErrorCode oneDigitTooMany(String digits) {
        ErrorCode found = null;
        for (int i = 0; i < digits.length(); i++) {
            ErrorCode candidate = new ErrorCode(Integer.parseUnsignedInt(digits.substring(0, i) + digits.substring(i + 1), 16));
            if (known(candidate)) {
                if (found != null && !found.equals(candidate)) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    private @Nullable ErrorCode bareHex(String text, String token, int end) {
        // the first group of a GUID: 6fd62cd2-5a75-...
        if (end + 1 < text.length() && text.charAt(end) == '-' && isHexDigit(text.charAt(end + 1))) {
            return null;
        }
        ErrorCode code = ErrorCode.parse(token).orElse(null);
        if (code == null) {
            return null;
        }
        return LICENSING_PREFIXES.contains(code.value() >>> 16) || known(code) ? code : null;
    }

    private @Nullable ErrorCode decimal(String text, String digits, int start) {
        boolean signed = start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '+')
                && (start < 2 || !isAsciiAlnum(text.charAt(start - 2)));
        String written = signed ? text.charAt(start - 1) + digits : digits;
        ErrorCode code = ErrorCode.parse(written).orElse(null);
        if (code == null) {
            return null;
        }
        if (known(code)) {
            return code;
        }
        // An unknown value counts only beside "error"/"code" and with the failure or informational bit set,
        // so "error 123456789" (a ticket number) is not read as a code.
        boolean hresultLike = (code.value() & 0xC000_0000) != 0;
        return hresultLike && afterKeyword(text, signed ? start - 1 : start, KEYWORDS) ? code : null;
    }

    /** Whether the text before {@code at} ends with one of the keywords, allowing separators and a filler word. */
    private static boolean afterKeyword(String text, int at, List<String> keywords) {
        int end = at;
        for (int round = 0; round < 3; round++) {
            int skipped = 0;
            while (end > 0 && skipped < 6 && SEPARATORS.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
                skipped++;
            }
            for (String keyword : keywords) {
                if (endsWithWord(text, end, keyword)) {
                    return true;
                }
            }
            int fillerLength = fillerBefore(text, end);
            if (fillerLength == 0) {
                return false;
            }
            end -= fillerLength;
        }
        return false;
    }

    private static int fillerBefore(String text, int end) {
        for (String filler : FILLERS) {
            if (endsWithWord(text, end, filler)) {
                return filler.length();
            }
        }
        return 0;
    }

    private static boolean endsWithWord(String text, int end, String word) {
        int start = end - word.length();
        if (start < 0 || !text.regionMatches(true, start, word, 0, word.length())) {
            return false;
        }
        boolean ascii = isAsciiAlnum(word.charAt(0));
        return !ascii || start == 0 || !isAsciiAlnum(text.charAt(start - 1));
    }

    private boolean known(ErrorCode code) {
        return knowledgeBase.find(code).isPresent();
    }

    private static boolean allHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHexDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
