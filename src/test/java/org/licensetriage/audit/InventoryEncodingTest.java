package org.licensetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensetriage.audit.Inventories.HOME;
import static org.licensetriage.audit.Inventories.KMS_PRO;
import static org.licensetriage.audit.Inventories.PRO;
import static org.licensetriage.audit.Inventories.csv;
import static org.licensetriage.audit.Inventories.options;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensetriage.i18n.Language;

/** Inventories as spreadsheets write them: character sets, BOMs, delimiters, line ends, and broken ones. */
class InventoryEncodingTest {

    static byte[] fixture(String name) {
        try (InputStream in = InventoryEncodingTest.class.getResourceAsStream("/audit/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aJapaneseExcelCsvInShiftJisIsReadWithItsJapaneseHeadersAndCrlfLines() {
        var report = csv(fixture("excel-japanese-cp932.csv"), options());
        AuditSummary summary = report.summary();
        assertThat(summary.input().charset()).isEqualTo("windows-31j");
        assertThat(summary.input().bom()).isFalse();
        assertThat(summary.input().keyColumn()).isEqualTo("プロダクト キー");
        assertThat(summary.input().editionColumn()).isEqualTo("エディション");
        assertThat(summary.rows()).isEqualTo(6);
        // CP932's own characters (NEC and IBM extensions) and half-width kana come back as they were.
        assertThat(report.row(1).getFields().subList(0, 6)).containsExactly("A-0001", "TOKYO-PC01", PRO,
                "Windows 11 Pro", "髙橋 一郎", "㈱本社 3F ①");
        assertThat(report.cell(2, "備考")).isEqualTo("ｴﾃﾞｨｼｮﾝ要確認");
        assertThat(report.cell(4, "備考")).isEqualTo("1 台目と同じキー？\n要確認");
        assertThat(report.cell(5, "使用者")).isEqualTo("伊藤 \"ケン\"");
        // What the audit finds in it: a repeated key, a KMS client key, a Home key on a Pro row, a typo, a gap.
        assertThat(summary.duplicates().groups()).singleElement()
                .satisfies(group -> assertThat(group.rows()).containsExactly(2, 5));
        assertThat(summary.publishedKeys()).extracting(AuditSummary.PublishedKeyFound::productKey)
                .containsExactly(KMS_PRO);
        assertThat(summary.editionMismatches().rows()).extracting(AuditSummary.EditionMismatch::row)
                .containsExactly(3);
        assertThat(report.cell(5, "suggestion")).isEqualTo(Inventories.GENERIC_PRO);
        assertThat(report.cell(5, "findings")).contains("CHECKSUM_FAILED");
        assertThat(report.cell(6, "プロダクト キー")).isEmpty();
        assertThat(report.cell(6, "valid")).isEqualTo("false");
        assertThat(report.cell(6, "備考")).isEqualTo("未割り当て");
        assertThat(summary.byOutcome()).containsEntry("VALID", 3).containsEntry("KMS_CLIENT_KEY", 1)
                .containsEntry("REPAIRABLE", 1).containsEntry("INVALID", 1);
    }

    @Test
    void theSameSheetSavedAsExcelsCsvUtf8WithBomGivesTheSameReport() {
        var sjis = csv(fixture("excel-japanese-cp932.csv"), options());
        var utf8 = csv(fixture("excel-japanese-utf8-bom.csv"), options());
        assertThat(utf8.summary().input().charset()).isEqualTo("UTF-8");
        assertThat(utf8.summary().input().bom()).isTrue();
        assertThat(utf8.records().get(0).getField(0)).isEqualTo("資産番号");
        assertThat(utf8.text()).isEqualTo(sjis.text());
    }

    @ParameterizedTest(name = "charset={0}")
    @ValueSource(strings = {"Shift_JIS", "shift-jis", "SJIS", "windows-31j", "MS932", "cp932"})
    void aDeclaredShiftJisIsReadAsCp932WithItsExtensions(String name) {
        byte[] file = ("番号,productKey,備考\n1," + PRO + ",①㈱髙\n").getBytes(InventoryEncoding.CP932);
        var report = csv(file, new AuditOptions(null, null, InventoryEncoding.charset(name), null, false,
                Language.EN));
        assertThat(report.cell(1, "備考")).isEqualTo("①㈱髙");
    }

    @Test
    void utf8WithoutBomIsDetected() {
        var report = csv(("番号,プロダクトキー\n1," + PRO + "\n").getBytes(StandardCharsets.UTF_8), options());
        assertThat(report.summary().input().charset()).isEqualTo("UTF-8");
        assertThat(report.summary().input().bom()).isFalse();
        assertThat(report.summary().valid()).isEqualTo(1);
    }

    @Test
    void tabsAreDetectedFromTheHeaderLineAndCanBeNamed() {
        String file = "asset\tproductKey\tnote\nPC-1\t" + PRO + "\tone, two\n";
        var detected = csv(file);
        assertThat(detected.summary().input().delimiter()).isEqualTo("tab");
        assertThat(detected.summary().valid()).isEqualTo(1);
        assertThat(detected.cell(1, "note")).isEqualTo("one, two");
        String oneColumn = "productKey\n" + PRO + "\n";
        var named = csv(oneColumn.getBytes(StandardCharsets.UTF_8), new AuditOptions(null, null, null, '\t', false,
                Language.EN));
        assertThat(named.summary().input().delimiter()).isEqualTo("tab");
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(strings = {"", "\uFEFF", " \r\n\r\n", "\uFEFF\n"})
    void anEmptyFileIsRefused(String text) {
        assertThatThrownBy(() -> csv(text)).isInstanceOfSatisfying(InventoryFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(InventoryProblem.EMPTY_FILE);
            assertThat(e.line()).isEqualTo(1);
        });
    }

    @Test
    void aHeaderWithoutAKeyColumnIsRefusedOnLine1() {
        assertThatThrownBy(() -> csv("asset,host\nPC-1," + PRO + "\n"))
                .isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.NO_KEY_COLUMN);
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.detail().ja()).contains("プロダクト キー");
                });
    }

    @Test
    void bytesThatAreNotTheDeclaredCharsetAreRefusedAtTheirLine() {
        byte[] head = ("asset,productKey\nPC-1," + PRO + "\nPC-2,").getBytes(StandardCharsets.UTF_8);
        byte[] sjis = "佐藤".getBytes(InventoryEncoding.CP932);
        byte[] file = concat(head, sjis, ("\nPC-3," + HOME + "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> csv(file, new AuditOptions(null, null, StandardCharsets.UTF_8, null, false,
                Language.EN))).isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.UNDECODABLE_BYTES);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail().en()).contains("Line 3").contains("UTF-8").contains("charset=Shift_JIS");
                });
    }

    @Test
    void aFileThatLooksLikeUtf8ForItsFirst64KbAndIsNotIsRefusedAtTheLineThatShowsIt() {
        StringBuilder ascii = new StringBuilder("asset,productKey\n");
        int line = 1;
        while (ascii.length() < InventoryEncoding.SAMPLE + 100) {
            ascii.append("PC-").append(line++).append(',').append(PRO).append('\n');
        }
        byte[] file = concat(ascii.toString().getBytes(StandardCharsets.US_ASCII),
                "PC-x,キー\n".getBytes(InventoryEncoding.CP932));
        assertThatThrownBy(() -> csv(file, options())).isInstanceOfSatisfying(InventoryFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(InventoryProblem.UNDECODABLE_BYTES);
            assertThat(e.line()).isEqualTo(ascii.chars().filter(c -> c == '\n').count() + 1);
        });
    }

    @Test
    void anUnclosedQuoteIsRefusedAtTheLineItOpens() {
        assertThatThrownBy(() -> csv("asset,productKey,note\nPC-1," + PRO + ",ok\nPC-2," + HOME
                + ",\"never closed\nPC-3,x,y\n")).isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.UNCLOSED_QUOTE);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail().en()).contains("line 3").doesNotContain(HOME);
                });
    }

    @Test
    void textAfterAClosingQuoteIsRefusedAtItsLine() {
        assertThatThrownBy(() -> csv("asset,productKey\nPC-1," + PRO + "\n\"PC-2\"x," + HOME + "\n"))
                .isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.CHARACTERS_AFTER_QUOTE);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void aCharsetThisServiceCannotReadIsRefused() {
        assertThatThrownBy(() -> InventoryEncoding.charset("x-klingon"))
                .isInstanceOfSatisfying(InventoryFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(InventoryProblem.UNSUPPORTED_CHARSET));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
