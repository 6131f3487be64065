package org.licensetriage.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.keys.ProductKeys;

/**
 * Turns the fuzzer's bytes into the text people paste: product keys with any separator, width, case and
 * typo, error codes in every form, edition names, slmgr-like lines and the words of the shipped knowledge
 * base. Every builder draws what it needs from the {@link FuzzedDataProvider}, so the fuzzer steers each choice.
 */
final class FuzzInputs {

    /** Published keys as the catalogue lists them, five groups of five. */
    static final List<String> PUBLISHED_KEYS = column("keys/public-keys.tsv", 0);
    /** The names people give editions, in both languages, and the edition IDs themselves. */
    static final List<String> EDITION_NAMES = editionNames();
    /** Every code of the shipped knowledge base. */
    static final int[] KNOWN_CODES = KnowledgeFixtures.knowledgeBase().entries().stream()
            .mapToInt(e -> e.code().value()).toArray();
    /** Words and whole sentences of the shipped knowledge base: titles, on-screen messages, symbolic names. */
    static final List<String> KNOWLEDGE_TEXTS = knowledgeTexts();

    private static final int[] GROUP_IDS = column("keys/key-groups.tsv", 0).stream().mapToInt(Integer::parseInt)
            .distinct().toArray();
    private static final String KEY_CHARACTERS = ProductKeys.ALPHABET + "N";
    // What people type for key characters, and characters a key never has.
    private static final String LOOK_ALIKES = "0O1IlS5Z2B8GAEUoi";
    private static final String[] SEPARATORS = {"-", "-", "-", " ", "", "\u2014", "\u2013", "\u2010", "\u30FC",
        "\uFF0D", "\u2212", "\uFF70", "\u00A0", "\u3000", "\t", "\u200B", "\uFEFF", "_", ".", "/", "\n", "--", " - "};
    private static final String[] AROUND = {"", " ", "  ", "\t", "\n", "\r\n", "\u3000", "\u00A0", "\uFEFF", "\u200B",
        "\u202E", "\"", "'", "「", "」", "[", "]", "(", ")", ":", "key: ", "プロダクトキー：", ".", "。", "\uD800", "😀"};
    private static final String[] CODE_PREFIXES = {"0x", "0X", "0x", "Ox", "ox", "0x0", "", "x", "0x ", "0ｘ"};
    private static final String[] SLMGR_LABELS = {"Name", "Description", "Product Key Channel", "Partial Product Key",
        "License Status", "Notification Reason", "Time remaining", "Remaining time", "Volume activation expiration",
        "Extended PID", "名前", "説明", "プロダクト キー チャネル", "プロダクト キーの一部", "部分プロダクト キー", "ライセンスの状態",
        "通知の理由", "残り時間", "猶予期間の残り", "拡張 PID", "Installation ID", "Activation ID", "Error", "エラー コード"};
    private static final String[] SLMGR_VALUES = {"Windows(R), Professional edition", "Windows(R), Core edition",
        "Windows(R), ServerStandard edition", "Windows(R) Operating System, RETAIL channel",
        "Windows(R) Operating System, OEM_DM channel", "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
        "Retail", "OEM:DM", "Volume:GVLK", "Volume:MAK", "3V66T", "T83GX", "Licensed", "Unlicensed", "Notification",
        "Initial grace period", "Non-genuine grace period", "ライセンスされています", "通知", "0xC004F034.",
        "0xC004F009 (grace time expired)", "43200 minute(s) (30 day(s))", "30 day(s)", "180 日", "10時39分",
        "03612-03308-000-000000-00-1033-19041.0000-0452021", "03612-0", "99999-999999999-", "-", ":", "", "。"};
    private static final String[] XPR_LINES = {"Windows(R), Professional edition:",
        "The machine is permanently activated.", "The machine is not permanently activated.",
        "Volume activation will expire 2024/09/01 10:39:00", "Initial grace period ends 2024/09/01 10:39:00",
        "Windows is in Notification mode", "コンピューターのライセンス認証は完了しました。",
        "ボリューム ライセンス認証の有効期限は 2024/09/01 10:39:00 です", "猶予期間は 2024/09/01 10:39:00 に終了します",
        "通知モードです"};
    private static final String[] CUSTOMER_WORDS = {"I replaced the motherboard", "マザーボードを交換しました",
        "no internet", "offline", "オフライン", "behind a proxy", "VPN", "bought the key cheap on eBay",
        "ネットで安く買った", "company PC", "会社の PC", "home PC", "自宅の PC", "the clock is wrong", "時計がずれている",
        "access denied", "アクセスが拒否されました", "reinstalled Windows", "再インストールした", "upgraded from Home to Pro",
        "virtual machine", "Hyper-V", "not offline", "no internet issues", "オフラインではありません", "error code",
        "エラーコード", "error", "code is", "HRESULT", "#", "番号は"};

    private FuzzInputs() {
    }

    /** A product key as someone may have typed it: a real or random key, a few typos, any separators. */
    static String typedKey(FuzzedDataProvider data) {
        StringBuilder key = new StringBuilder(switch (data.consumeInt(0, 4)) {
            case 0 -> pick(data, PUBLISHED_KEYS).replace("-", "");
            case 1 -> KeyFixtures.key(data.consumeBoolean() ? GROUP_IDS[data.consumeInt(0, GROUP_IDS.length - 1)]
                    : data.consumeInt(0, (1 << 20) - 1), data.consumeLong(0, (1L << 30) - 1)).replace("-", "");
            case 2 -> characters(data, KEY_CHARACTERS, data.consumeInt(23, 27));
            case 3 -> characters(data, KEY_CHARACTERS + LOOK_ALIKES, data.consumeInt(0, 30));
            default -> data.consumeString(40);
        });
        for (int edits = data.consumeInt(0, 3); edits > 0; edits--) {
            typo(data, key);
        }
        return written(data, key.toString());
    }

    /** The characters of a key written out: grouped with separators, in any width and case, with things around it. */
    static String written(FuzzedDataProvider data, String characters) {
        String separator = pick(data, SEPARATORS);
        int groupLength = data.consumeBoolean() ? 5 : data.consumeInt(1, 8);
        int width = data.consumeInt(0, 3);
        boolean lower = data.consumeInt(0, 3) == 0;
        StringBuilder out = new StringBuilder(pick(data, AROUND));
        for (int i = 0; i < characters.length(); i++) {
            if (i > 0 && i % groupLength == 0) {
                out.append(data.consumeInt(0, 15) == 0 ? pick(data, SEPARATORS) : separator);
            }
            char c = characters.charAt(i);
            c = lower ? Character.toLowerCase(c) : c;
            // 0: as typed, 1: all full-width, 2 and 3: some full-width
            boolean wide = width == 1 || width >= 2 && data.consumeBoolean();
            out.append(wide && c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return out.append(pick(data, AROUND)).toString();
    }

    /** An error code in one of the forms people paste, sometimes with look-alike letters or a typo. */
    static String codeText(FuzzedDataProvider data, int value) {
        String text = switch (data.consumeInt(0, 8)) {
            case 0 -> "0x" + hex(value);
            case 1 -> "0x" + hex(value).toLowerCase(Locale.ROOT);
            case 2 -> pick(data, CODE_PREFIXES) + Integer.toHexString(value);
            case 3 -> hex(value);
            case 4 -> Long.toString(Integer.toUnsignedLong(value));
            case 5 -> Integer.toString(value);
            case 6 -> "+" + Integer.toUnsignedString(value);
            case 7 -> pick(data, CODE_PREFIXES) + hex(value);
            default -> data.consumeString(18);
        };
        StringBuilder code = new StringBuilder(text);
        if (data.consumeInt(0, 3) == 0) {
            int at = data.consumeInt(0, Math.max(0, code.length() - 1));
            if (at < code.length()) {
                code.setCharAt(at, LOOK_ALIKES.charAt(data.consumeInt(0, LOOK_ALIKES.length() - 1)));
            }
        }
        String around = data.consumeInt(0, 3) == 0 ? pick(data, AROUND) : "";
        return around + (data.consumeInt(0, 7) == 0 ? fullWidth(code.toString()) : code) + around;
    }

    /** A code value: a known one, one a hex digit away from a known one, or any 32 bits. */
    static int codeValue(FuzzedDataProvider data) {
        int known = KNOWN_CODES[data.consumeInt(0, KNOWN_CODES.length - 1)];
        return switch (data.consumeInt(0, 3)) {
            case 0, 1 -> known;
            case 2 -> known ^ (data.consumeInt(1, 15) << (4 * data.consumeInt(0, 7)));
            default -> data.consumeInt();
        };
    }

    /** An edition as people name it, sometimes altered, or any short text. */
    static String editionName(FuzzedDataProvider data) {
        if (data.consumeInt(0, 4) == 0) {
            return data.consumeString(30);
        }
        String name = pick(data, EDITION_NAMES);
        return switch (data.consumeInt(0, 5)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> fullWidth(name);
            case 2 -> "Windows 11 " + name;
            case 3 -> "Windows(R), " + name + " edition";
            case 4 -> name + pick(data, AROUND) + pick(data, EDITION_NAMES);
            default -> name;
        };
    }

    /** Free text the way agents paste it: slmgr lines, dialog texts, codes, keys and the customer's words. */
    static String message(FuzzedDataProvider data) {
        StringBuilder message = new StringBuilder();
        for (int parts = data.consumeInt(0, 12); parts > 0; parts--) {
            message.append(switch (data.consumeInt(0, 9)) {
                case 0 -> pick(data, SLMGR_LABELS) + pick(data, new String[] {": ", "：", ":", " : ", "  "})
                        + pick(data, SLMGR_VALUES);
                case 1 -> pick(data, XPR_LINES);
                case 2 -> pick(data, KNOWLEDGE_TEXTS);
                case 3 -> codeText(data, codeValue(data));
                case 4 -> typedKey(data);
                case 5 -> pick(data, CUSTOMER_WORDS);
                case 6 -> pick(data, SLMGR_LABELS) + ": " + codeText(data, codeValue(data));
                case 7 -> "Partial Product Key: " + written(data, characters(data, KEY_CHARACTERS, 5));
                case 8 -> pick(data, AROUND);
                default -> data.consumeString(30);
            });
            message.append(pick(data, new String[] {"\n", "\r\n", " ", "", "\u2028", "。", ". ", "\t", "\r"}));
        }
        return message.toString();
    }

    /** A search query: words and sentences of the knowledge base, codes and noise, separated by any spaces. */
    static String query(FuzzedDataProvider data) {
        StringBuilder query = new StringBuilder();
        for (int words = data.consumeInt(0, 6); words > 0; words--) {
            String text = pick(data, KNOWLEDGE_TEXTS);
            query.append(switch (data.consumeInt(0, 5)) {
                case 0 -> text;
                case 1 -> slice(data, text);
                case 2 -> codeText(data, codeValue(data));
                case 3 -> fullWidth(slice(data, text));
                case 4 -> data.consumeString(12);
                default -> slice(data, text).toLowerCase(Locale.ROOT);
            });
            query.append(pick(data, new String[] {" ", "\u3000", "  ", "", "\t", "\n", "、", "-"}));
        }
        return query.toString();
    }

    /** Text decoded from raw bytes: what a client sends when it sends anything at all. */
    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static <T> T pick(FuzzedDataProvider data, List<T> values) {
        return values.get(data.consumeInt(0, values.size() - 1));
    }

    static <T> T pick(FuzzedDataProvider data, T[] values) {
        return values[data.consumeInt(0, values.length - 1)];
    }

    /**
     * Runs {@code call} and fails when it takes longer than {@code limitMillis} twice in a row: hangs and
     * blow-ups of the time per input are findings too, and libFuzzer's own timeout (20 minutes by default) comes
     * too late. The second run rules out a cold JIT, a collection or a busy machine.
     */
    static <T> T withinMillis(long limitMillis, String what, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > limitMillis) {
            start = System.nanoTime();
            call.get();
            long again = (System.nanoTime() - start) / 1_000_000;
            if (again > limitMillis) {
                throw new AssertionError(what + " took " + millis + " ms and " + again + " ms, more than "
                        + limitMillis + " ms");
            }
        }
        return result;
    }

    private static void typo(FuzzedDataProvider data, StringBuilder key) {
        int at = data.consumeInt(0, key.length());
        char c = switch (data.consumeInt(0, 3)) {
            case 0 -> LOOK_ALIKES.charAt(data.consumeInt(0, LOOK_ALIKES.length() - 1));
            case 1 -> KEY_CHARACTERS.charAt(data.consumeInt(0, KEY_CHARACTERS.length() - 1));
            default -> data.consumeChar();
        };
        switch (data.consumeInt(0, 2)) {
            case 0 -> key.insert(at, c);
            case 1 -> {
                if (at < key.length()) {
                    key.deleteCharAt(at);
                }
            }
            default -> {
                if (at < key.length()) {
                    key.setCharAt(at, c);
                }
            }
        }
    }

    private static String characters(FuzzedDataProvider data, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(data.consumeInt(0, alphabet.length() - 1)));
        }
        return out.toString();
    }

    private static String slice(FuzzedDataProvider data, String text) {
        int start = data.consumeInt(0, text.length());
        return text.substring(start, data.consumeInt(start, text.length()));
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }

    private static String hex(int value) {
        return String.format(Locale.ROOT, "%08X", value);
    }

    private static List<String> editionNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String[] row : rows("keys/editions.tsv")) {
            names.add(row[0]);
            names.add(row[2]);
            names.add(row[3]);
            names.addAll(List.of(row[4].split("\\|")));
        }
        return List.copyOf(names);
    }

    private static List<String> knowledgeTexts() {
        Set<String> texts = new LinkedHashSet<>();
        for (KnowledgeEntry entry : KnowledgeFixtures.knowledgeBase().entries()) {
            texts.add(entry.title().en());
            texts.add(entry.title().ja());
            texts.addAll(entry.messages().en());
            texts.addAll(entry.messages().ja());
            if (entry.symbolicName() != null) {
                texts.add(entry.symbolicName());
            }
        }
        List<String> words = new ArrayList<>(texts);
        texts.forEach(t -> words.addAll(List.of(t.split("\\s+"))));
        return List.copyOf(new LinkedHashSet<>(words));
    }

    private static List<String> column(String resource, int index) {
        return rows(resource).stream().map(row -> row[index]).toList();
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = FuzzInputs.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
