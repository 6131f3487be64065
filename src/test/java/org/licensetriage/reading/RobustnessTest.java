package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.licensetriage.errors.ErrorCode;

/** Any string reads without an exception, in time linear in its length. */
class RobustnessTest {

    private static final int MAX_MESSAGE = 20_000;
    private static final String KEY = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
    private static final ErrorCode INVALID_KEY = new ErrorCode(0xC004F050);
    private final MessageReader reader = ReadingKnowledge.reader();

    static List<String> naughtyStrings() {
        return org.licensetriage.NaughtyStrings.all();
    }

    @Test
    void everyNaughtyStringReadsAndLeavesCodesAndKeysAroundItReadable() throws IOException {
        List<String> strings = naughtyStrings();
        assertThat(strings).hasSizeGreaterThan(500);
        for (String naughty : strings) {
            assertThatCode(() -> reader.read(naughty)).as(naughty).doesNotThrowAnyException();
            Observation around = reader.read("0xC004F050 " + naughty + "\n" + KEY + " ");
            assertThat(around.errorCodes()).as(naughty).contains(INVALID_KEY);
            assertThat(around.productKey()).as(naughty).isEqualTo(KEY);
        }
    }

    @Test
    void brokenUnicodeControlCharactersAndDirectionMarks() {
        List<String> messages = List.of("", " ", "\u0000", "\uD800", "\uDC00\uD800", "0xC004F050\uD800",
                "\uD83D\uDE00\uD83D", "\u202E0xC004F050\u202C", "\u200F\u200E\u2066", "\r\r\n\n\u2028\u0085",
                "\uFEFF名前: Windows(R), Professional edition", "ライセンスの状態:\u0007ライセンスされています",
                "\u0000".repeat(MAX_MESSAGE), "\uD800".repeat(MAX_MESSAGE), "\uFFFF\uFFFE");
        for (String message : messages) {
            assertThatCode(() -> reader.read(message)).doesNotThrowAnyException();
        }
        assertThat(reader.read("\u202E0xC004F050\u202C").errorCodes()).containsExactly(INVALID_KEY);
        assertThat(reader.read("\uFEFF名前: Windows(R), Professional edition").edition()).isEqualTo("Professional");
    }

    @Test
    void randomMessagesFromTrickyPiecesNeverThrow() {
        String[] pieces = {"0x", "0X", "Ox", "C004", "F050", "c004f05", "80070005", "-", "+", "ー", "－", "–",
            "1073418160", "3221549136", "4294967295", "99999999999", "0", "9", " ", "\n", "\r", "\t", ":", "：", ".",
            "。", "(", ")", "Name", "名前", "Description", "channel", " edition", "Windows(R), ", "Partial Product Key",
            "プロダクト キーの一部", "License Status", "ライセンスの状態", "Notification Reason", "通知の理由",
            "Time remaining", "残り時間", "分", "日", "minute(s)", "day(s)", "Extended PID", "拡張 PID", "03612",
            "VK7JG", "3V66T", "ＶＫ７ＪＧ", "error", "エラー", "コード", "no", "not", "offline", "オフライン",
            "ではない", "motherboard", "reinstall", "\uD800", "\uDC00", "\uD83D\uDE00", "\u202E", "\u200B", "\u0000",
            "é", "İ", "ß", "ﬃ", "㍻", "permanently activated", "will expire", "猶予期間は", "The Software Licensing "
            + "Service reported that the product key is invalid.", ReadingKnowledge.GENERIC_JA};
        Random random = new Random(20_240_314L);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder message = new StringBuilder();
            int count = random.nextInt(60);
            for (int p = 0; p < count; p++) {
                message.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = message.toString();
            assertThatCode(() -> reader.read(text)).as(text).doesNotThrowAnyException();
        }
    }

    @Test
    void twentyThousandCharactersReadInLinearTime() {
        String realistic = fill(String.join("\n", SlmgrOutputTest.fixture("dli-en.txt"),
                SlmgrOutputTest.fixture("dlv-ja.txt"), "ネットで安く買ったキーを入れたら 0xC004C003 が出ました。",
                "I replaced the motherboard and now it says " + ReadingKnowledge.BLOCKED_HERE_EN,
                "会社の PC ではなく自宅の PC です。オフラインではありません。", "Noise: 9f8e7d6c 1234567890 "
                + "\uD83D\uDE00 \u202Eabc\u202C\n"));
        List<String> adversarial = List.of(fill("0x"), fill("0xC004F050"), fill("-"), fill("ー"), fill("VK7JG-"),
                fill("a"), fill("1"), fill("エラー "), fill("error code: "), fill(":"), fill("Name: Windows(R), "),
                fill("not "), fill("no internet "), fill("オフライン"), fill(ReadingKnowledge.GENERIC_JA),
                fill("\uD800"), fill("ﷺ"), fill("㌖"), "x".repeat(MAX_MESSAGE - 1) + "\n", "\n".repeat(MAX_MESSAGE));
        List<String> all = new ArrayList<>(List.of(realistic));
        all.addAll(adversarial);
        for (int warmUp = 0; warmUp < 200; warmUp++) {
            all.forEach(reader::read);
        }
        for (String message : all) {
            assertThat(message.length()).isLessThanOrEqualTo(MAX_MESSAGE);
            long[] nanos = new long[51];
            for (int run = 0; run < nanos.length; run++) {
                long start = System.nanoTime();
                reader.read(message);
                nanos[run] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%-28s %6d chars: median %.3f ms, max %.3f ms%n",
                    label(message), message.length(), nanos[25] / 1e6, nanos[50] / 1e6);
        }
        assertThat(reader.read(realistic).errorCodes()).contains(new ErrorCode(0xC004F034), new ErrorCode(0xC004C003));
    }

    private static String fill(String unit) {
        StringBuilder out = new StringBuilder(MAX_MESSAGE);
        while (out.length() < MAX_MESSAGE) {
            out.append(unit, 0, Math.min(unit.length(), MAX_MESSAGE - out.length()));
        }
        return out.toString();
    }

    private static String label(String message) {
        String start = message.substring(0, Math.min(16, message.length())).replace("\n", "\\n");
        return "\"" + start + "…\"";
    }
}
