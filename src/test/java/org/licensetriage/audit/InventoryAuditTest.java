package org.licensetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensetriage.audit.Inventories.GENERIC_PRO;
import static org.licensetriage.audit.Inventories.GENERIC_PRO_TYPO;
import static org.licensetriage.audit.Inventories.HOME;
import static org.licensetriage.audit.Inventories.KMS_PRO;
import static org.licensetriage.audit.Inventories.MAK;
import static org.licensetriage.audit.Inventories.PRO;
import static org.licensetriage.audit.Inventories.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensetriage.i18n.Language;
import org.licensetriage.keys.KeyFixtures;

class InventoryAuditTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"productKey", "key", "Product Key", "プロダクトキー", "プロダクト キー", "ProductKey",
            "license key", "PRODUCT_KEY", "ＰｒｏｄｕｃｔＫｅｙ", "ﾌﾟﾛﾀﾞｸﾄ ｷｰ", "Windows Product Key"})
    void theKeyColumnIsFoundByTheNamesPeopleGiveIt(String header) {
        var report = csv("asset," + header + ",owner\nPC-1," + PRO + ",Sato\n");
        assertThat(report.summary().input().keyColumn()).isEqualTo(header);
        assertThat(report.summary().valid()).isEqualTo(1);
        assertThat(report.cell(1, "maskedKey")).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-" + PRO.substring(24));
    }

    @Test
    void keyColumnNamesAColumnNoKnownHeaderHasByHeaderOrNumber() {
        String file = "asset,Lizenz\nPC-1," + PRO + "\n";
        var byName = csv(file.getBytes(StandardCharsets.UTF_8), new AuditOptions(" lizenz", null, null, null,
                false, Language.EN));
        var byNumber = csv(file.getBytes(StandardCharsets.UTF_8), new AuditOptions("2", null, null, null, false,
                Language.EN));
        assertThat(byName.summary().valid()).isEqualTo(1);
        assertThat(byNumber.summary().input().keyColumn()).isEqualTo("Lizenz");
        assertThatThrownBy(() -> csv(file.getBytes(StandardCharsets.UTF_8), new AuditOptions("serial", null, null,
                null, false, Language.EN))).isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.UNKNOWN_COLUMN);
                    assertThat(e.detail().en()).contains("'serial'");
                });
    }

    @Test
    void everyOtherColumnComesBackUntouchedQuotesCommasAndLineBreaksIncluded() {
        String file = "asset,productKey,note,owner\r\n"
                + "PC-1," + PRO + ",\"spare, in the \"\"blue\"\" box\nsecond line\",Sato\r\n"
                + "PC-2,\"" + HOME + "\",,\"Ito, Ken\"\r\n";
        var report = csv(file);
        assertThat(report.records().get(0).getFields().subList(0, 5))
                .containsExactly("asset", "productKey", "note", "owner", "maskedKey");
        assertThat(report.row(1).getFields().subList(0, 4))
                .containsExactly("PC-1", PRO, "spare, in the \"blue\" box\nsecond line", "Sato");
        assertThat(report.row(2).getFields().subList(0, 4)).containsExactly("PC-2", HOME, "", "Ito, Ken");
        assertThat(report.summary().rows()).isEqualTo(2);
        assertThat(report.summary().valid()).isEqualTo(2);
    }

    @Test
    void eachRowGetsTheVerdictOnItsKey() {
        var report = csv("productKey,edition\n" + PRO + ",Windows 11 Pro\n" + GENERIC_PRO_TYPO + ",\n" + KMS_PRO
                + ",Pro\nnot a key,\n");
        assertThat(report.cell(1, "format")).isEqualTo("WIN8_PLUS");
        assertThat(report.cell(1, "checksum")).isEqualTo("PASSED");
        assertThat(report.cell(1, "valid")).isEqualTo("true");
        assertThat(report.cell(1, "keyEdition")).isEqualTo("Windows 10/11 Pro");
        assertThat(report.cell(1, "channel")).isEqualTo("RETAIL");
        assertThat(report.cell(1, "editionMatch")).isEqualTo("true");
        assertThat(report.cell(2, "valid")).isEqualTo("false");
        assertThat(report.cell(2, "checksum")).isEqualTo("FAILED");
        assertThat(report.cell(2, "suggestion")).isEqualTo(GENERIC_PRO);
        assertThat(report.cell(2, "findings")).contains("CHECKSUM_FAILED");
        assertThat(report.cell(3, "knownAs")).isEqualTo("KMS_CLIENT");
        assertThat(report.cell(3, "channel")).isEqualTo("VOLUME_GVLK");
        assertThat(report.cell(4, "format")).isEqualTo("MALFORMED");
        assertThat(report.cell(4, "findings")).contains("WRONG_LENGTH");
        assertThat(report.cell(4, "duplicateCount")).isEmpty();
    }

    @Test
    void theSummaryCountsByOutcomeEditionChannelAndPublication() {
        var report = csv("productKey\n" + PRO + "\n" + HOME + "\n" + MAK + "\n" + KMS_PRO + "\n" + GENERIC_PRO + "\n"
                + GENERIC_PRO_TYPO + "\nXXXX\n");
        AuditSummary summary = report.summary();
        assertThat(summary.rows()).isEqualTo(7);
        assertThat(summary.valid()).isEqualTo(5);
        assertThat(summary.invalid()).isEqualTo(2);
        assertThat(summary.byOutcome()).containsEntry("VALID", 3).containsEntry("GENERIC_KEY", 1)
                .containsEntry("KMS_CLIENT_KEY", 1).containsEntry("REPAIRABLE", 1).containsEntry("INVALID", 1);
        assertThat(summary.byChannel()).containsEntry("RETAIL", 3).containsEntry("VOLUME_MAK", 1)
                .containsEntry("VOLUME_GVLK", 1);
        assertThat(summary.byKnownAs()).containsEntry("GENERIC", 1).containsEntry("KMS_CLIENT", 1);
        assertThat(summary.byEdition().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(summary.publishedKeys()).extracting(AuditSummary.PublishedKeyFound::productKey)
                .containsExactly(KMS_PRO, GENERIC_PRO);
        assertThat(summary.publishedKeys().get(0).rows()).containsExactly(5);
        assertThat(summary.headline()).startsWith("7 rows: 5 valid, 2 invalid (1 with one likely repair)");
        assertThat(summary.complete()).isTrue();
        assertThat(report.text()).endsWith("#summary,complete,true\r\n");
    }

    @Test
    void oneKeyOnSeveralRowsIsFoundWhateverItsSpellingAndListedWithItsRows() {
        String sameKeyOtherwise = PRO.toLowerCase().replace("-", "");
        String fullWidth = PRO.chars().mapToObj(c -> c == '-' ? "ー" : String.valueOf((char) (c - '!' + '！')))
                .reduce("", String::concat);
        var report = csv("asset,productKey\nPC-1," + PRO + "\nPC-2," + HOME + "\nPC-3," + sameKeyOtherwise
                + "\nPC-4," + fullWidth + "\nPC-5," + HOME + "\n");
        assertThat(List.of(1, 2, 3, 4, 5)).map(row -> report.cell(row, "duplicateCount"))
                .containsExactly("1", "1", "2", "3", "2");
        assertThat(List.of(1, 2, 3, 4, 5)).map(row -> report.cell(row, "firstRow"))
                .containsExactly("2", "3", "2", "2", "3");
        AuditSummary.Duplicates duplicates = report.summary().duplicates();
        assertThat(duplicates.keys()).isEqualTo(2);
        assertThat(duplicates.repeatedRows()).isEqualTo(3);
        assertThat(duplicates.groups()).extracting(DuplicateKeys.Group::maskedKey)
                .containsExactly("XXXXX-XXXXX-XXXXX-XXXXX-" + PRO.substring(24),
                        "XXXXX-XXXXX-XXXXX-XXXXX-" + HOME.substring(24));
        assertThat(duplicates.groups().get(0).rows()).containsExactly(2, 4, 5);
        assertThat(report.text()).contains("#summary,duplicate,XXXXX-XXXXX-XXXXX-XXXXX-" + PRO.substring(24)
                + ",3,2 4 5");
    }

    @Test
    void aPublishedKeyOnManyRowsIsListedAsPublishedNotAsADuplicate() {
        var report = csv("productKey\n" + KMS_PRO + "\n" + KMS_PRO + "\n" + GENERIC_PRO + "\n" + KMS_PRO + "\n");
        assertThat(report.summary().duplicates().keys()).isZero();
        assertThat(report.summary().publishedKeys()).first().satisfies(found -> {
            assertThat(found.productKey()).isEqualTo(KMS_PRO);
            assertThat(found.count()).isEqualTo(3);
            assertThat(found.rows()).containsExactly(2, 3, 5);
        });
        assertThat(report.cell(2, "duplicateCount")).isEmpty();
    }

    @Test
    void aKeyOfAnotherEditionThanTheRowsEditionColumnIsListed() {
        var report = csv("host,productKey,エディション\nosaka-1," + HOME + ",Windows 11 Pro\nosaka-2," + PRO
                + ",Windows 11 Pro\nosaka-3," + PRO + ",Windows 10 Pro for Workstations\n");
        AuditSummary summary = report.summary();
        assertThat(summary.input().editionColumn()).isEqualTo("エディション");
        assertThat(summary.editionMismatches().count()).isEqualTo(2);
        assertThat(summary.editionMismatches().rows()).extracting(AuditSummary.EditionMismatch::row)
                .containsExactly(2, 4);
        assertThat(summary.editionMismatches().rows().get(0).rowEdition()).isEqualTo("Windows 11 Pro");
        assertThat(summary.editionMismatches().rows().get(0).maskedKey()).endsWith(HOME.substring(24));
        assertThat(report.cell(1, "editionMatch")).isEqualTo("false");
        assertThat(report.cell(1, "findings")).contains("EDITION_MISMATCH");
    }

    @Test
    void aBadRowIsReportedOnItsRowAndTheAuditGoesOn() {
        var report = csv("asset,productKey,owner\nPC-1,,Sato\nPC-2\nPC-3," + PRO + ",Ito,extra,cells\n");
        assertThat(report.summary().rows()).isEqualTo(3);
        assertThat(report.cell(1, "findings")).contains("WRONG_LENGTH");
        assertThat(report.row(2).getField(0)).isEqualTo("PC-2");
        assertThat(report.row(2).getFields()).contains("MALFORMED");
        assertThat(report.row(3).getFields()).contains("Ito", "extra", "cells", "WIN8_PLUS");
        assertThat(report.summary().complete()).isTrue();
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersStayTheSpreadsheetsOwn() {
        var report = csv("asset,productKey\n,\n\nPC-3," + PRO + "\nPC-4," + PRO + "\n");
        assertThat(report.summary().blankRowsSkipped()).isEqualTo(2);
        assertThat(report.summary().rows()).isEqualTo(2);
        assertThat(report.summary().duplicates().groups().get(0).rows()).containsExactly(4, 5);
    }

    @Test
    void maskKeysMasksTheKeyColumnAndTheSuggestionForAReportToShare() {
        var report = csv(("asset,productKey\nPC-1," + PRO + "\nPC-2," + GENERIC_PRO_TYPO + "\n")
                .getBytes(StandardCharsets.UTF_8), new AuditOptions(null, null, null, null, true, Language.EN));
        assertThat(report.text()).doesNotContain(PRO).doesNotContain(GENERIC_PRO_TYPO).doesNotContain(GENERIC_PRO);
        assertThat(report.cell(1, "productKey")).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-" + PRO.substring(24));
        assertThat(report.cell(2, "suggestion")).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-3V66T");
    }

    @Test
    void theReportIsInTheRequestsLanguage() {
        var report = csv(("productKey\n" + PRO + "\n").getBytes(StandardCharsets.UTF_8),
                new AuditOptions(null, null, null, null, false, Language.JA));
        assertThat(report.summary().headline()).startsWith("1 行: 有効 1 件");
        assertThat(report.cell(1, "keyEdition")).contains("Pro");
        assertThat(report.summary().byEdition().keySet()).allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void aFileWithOnlyAHeaderIsAnEmptyReportNotAnError() {
        var report = csv("asset,productKey\n");
        assertThat(report.summary().rows()).isZero();
        assertThat(report.summary().complete()).isTrue();
    }

    @Test
    void aRowWithTenThousandColumnsIsRefusedNamingItsLine() {
        String wide = "PC-3," + PRO + ",x".repeat(9_998);
        assertThatThrownBy(() -> csv("asset,productKey\nPC-1," + PRO + "\n" + wide + "\n"))
                .isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.TOO_MANY_COLUMNS);
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.detail().en()).contains("Line 3").contains("1000 columns");
                });
    }

    @Test
    void oncePartOfTheAnswerIsOutABrokenFileEndsTheReportWithTheErrorInsteadOfFailing() {
        String file = "asset,productKey\nPC-1," + PRO + "\nPC-2," + HOME + "\nPC-3,\"" + MAK + "\n";
        var report = csv(file.getBytes(StandardCharsets.UTF_8), Inventories.options(), Inventories.AUDIT, true);
        assertThat(report.summary().complete()).isFalse();
        assertThat(report.summary().error().reason()).isEqualTo(InventoryProblem.UNCLOSED_QUOTE);
        assertThat(report.summary().error().line()).isEqualTo(4);
        assertThat(report.summary().rows()).isEqualTo(2);
        assertThat(report.text()).contains("#error,4,UNCLOSED_QUOTE,")
                .endsWith("#summary,complete,false\r\n")
                .doesNotContain(MAK);
        assertThat(report.summary().headline()).contains("could not be read past line 4");
    }

    @Test
    void moreRowsThanTheLimitStopAtTheFirstRowOver() {
        InventoryAudit small = new InventoryAudit(KeyFixtures.analyser(), new AuditLimits(1 << 20, 2, 10, 200, 1000));
        String file = "productKey\n" + PRO + "\n" + HOME + "\n" + MAK + "\n";
        assertThatThrownBy(() -> csv(file.getBytes(StandardCharsets.UTF_8), Inventories.options(), small, false))
                .isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.TOO_MANY_ROWS);
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void aCellOverTheLimitIsRefusedNamingItsLine() {
        InventoryAudit small = new InventoryAudit(KeyFixtures.analyser(), new AuditLimits(1 << 20, 10, 10, 200, 1000));
        String file = "asset,productKey\nPC-1," + PRO + "\nPC-2," + "A".repeat(201) + "\n";
        assertThatThrownBy(() -> csv(file.getBytes(StandardCharsets.UTF_8), Inventories.options(), small, false))
                .isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.CELL_TOO_LONG);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void aFileOverTheByteLimitIsRefusedWithTheLineReached() {
        InventoryAudit small = new InventoryAudit(KeyFixtures.analyser(), new AuditLimits(100_000, 10_000, 10, 200,
                1000));
        StringBuilder file = new StringBuilder("asset,productKey\n");
        for (int i = 0; i < 5_000; i++) {
            file.append("PC-").append(i).append(',').append(PRO).append('\n');
        }
        assertThatThrownBy(() -> csv(file.toString().getBytes(StandardCharsets.UTF_8), Inventories.options(), small,
                false)).isInstanceOfSatisfying(InventoryFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InventoryProblem.FILE_TOO_LARGE);
                    assertThat(e.line()).isGreaterThan(1);
                    assertThat(e.detail().en()).contains("100000 bytes");
                });
    }
}
