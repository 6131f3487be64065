package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Search over the shipped knowledge base with the phrases help-desk agents and customers actually type. */
class ErrorSearchTest {

    static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseFilesTest.shipped();
    }

    private static List<String> top(String query, int n) {
        return kb.search(query, null).stream().limit(n).map(h -> h.entry().code().hex()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} among the first {2}")
    @CsvSource(delimiter = '|', value = {
            "プロダクトキー 無効|0xC004F050|3",
            "プロダクト キー　無効|0xC004F050|3",
            "ソフトウェア ライセンス サービスでプロダクト キーは無効であることが報告されました|0xC004F050|3",
            "ＫＭＳ に接続できない|0xC004F074|2",
            "ジェネリックキー|0xC004F050|1",
            // Two short server-side time codes (0x8004D102, 0x4004D30F) share the one word; the clock entry follows them.
            "時刻|0xC004B011|3",
            "マザーボード 交換|0x803F7001|5",
            "product key invalid|0xC004F050|2",
            // Windows shows this sentence for 0xC004E016, 0xC004F010 and 0xC004F050 alike: all three lead.
            "The Software Licensing Service reported that the product key is invalid|0xC004F050|3",
            "No Key Management Service could be contacted|0xC004F074|1",
            // "Hardware change detected" (0xC004F211) matches these words best; the digital-licence entry follows.
            "digital license hardware change|0x803F7001|10",
            "access denied|0x80070005|1",
            "SL_E_VL_NOT_ENOUGH_COUNT|0xC004F038|1",
            "sl_e_invalid_product_key|0xC004F050|1",
            "-1073418160|0xC004F050|1",
            "f074|0xC004F074|1",
            // A short entry's own title or symbolic name finds it at the top.
            "正規品確認: この Windows は正規品ではない|0xC004C600|1",
            "Security processor: the trusted store was tampered with|0xC004D301|2",
            "SL_E_CHPA_DIGITALMARKER_BINDING_NOT_CONFIGURED|0xC014C052|1"})
    void findsTheEntryUsersMean(String query, String code, int within) {
        assertThat(top(query, within)).contains(code);
    }

    @Test
    void japaneseWithoutSpacesFindsTheActivationFailures() {
        List<SearchHit> hits = kb.search("ライセンス認証できません", null);
        assertThat(hits).hasSizeGreaterThan(5);
        assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void partialCodeFindsEveryCodeStartingWithIt() {
        List<SearchHit> hits = kb.search("c004f0", null);
        List<String> exact = kb.entries().stream().map(e -> e.code().hex()).filter(c -> c.startsWith("0xC004F0")).toList();
        // Codes that start with it come first; entries that only mention such a code in their texts follow.
        assertThat(hits.subList(0, exact.size())).extracting(h -> h.entry().code().hex())
                .containsExactlyInAnyOrderElementsOf(exact);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(hits.size() - 1).score());
    }

    @Test
    void categoryNarrowsAndBlankQueryListsTheCategory() {
        assertThat(kb.search("key", ErrorCategory.KMS)).allMatch(h -> h.entry().category() == ErrorCategory.KMS);
        List<String> mak = kb.entries().stream().filter(e -> e.category() == ErrorCategory.MAK)
                .map(e -> e.code().hex()).toList();
        assertThat(kb.search("", ErrorCategory.MAK)).extracting(h -> h.entry().code().hex())
                .containsExactlyElementsOf(mak)
                .contains("0xC004B100", "0xC004C020", "0xC004C021", "0x803FA07F")
                .doesNotContain("0xC004F074");
    }

    @Test
    void wordsOfNoEntryFindNothing() {
        assertThat(kb.search("kangaroo", null)).isEmpty();
        assertThat(kb.search("カンガルー", null)).isEmpty();
    }

    @Test
    void misreadCodesAreOfferedTheirKnownNeighbours() {
        assertThat(kb.oneDigitAway(ErrorCode.require("0x8004FE2A"))).containsExactly(
                ErrorCode.require("0x8004FE21"), ErrorCode.require("0x8004FE2F"));
        assertThat(kb.find(ErrorCode.require("0x8004FE2F")).orElseThrow().typoOf())
                .isEqualTo(ErrorCode.require("0x8004FE21"));
        assertThat(kb.lookAlikeRepair("0xC004FO5O")).containsExactly(ErrorCode.require("0xC004F050"));
        assertThat(kb.lookAlikeRepair("0xC004F0SI")).containsExactly(ErrorCode.require("0xC004F051"));
        assertThat(kb.lookAlikeRepair("hello")).isEmpty();
    }
}
