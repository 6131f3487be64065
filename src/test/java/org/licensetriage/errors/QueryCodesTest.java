package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes, parts of codes and symbolic names are found wherever they stand in what people paste. */
class QueryCodesTest {

    @Test
    void codesTouchingJapaneseTextOrAnEqualsSignAreFound() {
        assertThat(QueryCodes.of("ライセンス認証できません。エラーコード:0xC004C008").codes()).containsExactly("c004c008");
        assertThat(QueryCodes.of("Windows7のライセンス認証がエラー 0x80072f8fで失敗する").codes()).containsExactly("80072f8f");
        assertThat(QueryCodes.of("ライセンス取得エラーの詳細。 hr=0x80072EE7").codes()).containsExactly("80072ee7");
        assertThat(QueryCodes.of("エラー: ０ｘＣ００４Ｆ０５０").codes()).containsExactly("c004f050");
    }

    @Test
    void bareHexAndDecimalFormsAreFound() {
        assertThat(QueryCodes.of("Error 8007007B").codes()).containsExactly("8007007b");
        assertThat(QueryCodes.of("returned -1073418160").codes()).containsExactly("c004f050");
        assertThat(QueryCodes.of("returned 3221549136").codes()).containsExactly("c004f050");
    }

    @Test
    void partsOfCodesNeedADigitSoWordsMadeOfHexLettersAreNotParts() {
        assertThat(QueryCodes.of("f050").parts()).containsExactly("f050");
        assertThat(QueryCodes.of("0xc004f0").parts()).containsExactly("c004f0");
        assertThat(QueryCodes.of("bad face added").parts()).isEmpty();
        assertThat(QueryCodes.of("f050").codes()).isEmpty();
    }

    @Test
    void symbolicNamesAreFoundInAnyCase() {
        assertThat(QueryCodes.of("0xC004E028：SL_E_ACTIVATION_IN_PROGRESS The Software Licensing Service").names())
                .containsExactly("sl_e_activation_in_progress");
        assertThat(QueryCodes.of("sl_e_invalid_product_key").names()).containsExactly("sl_e_invalid_product_key");
        assertThat(QueryCodes.of("product key invalid").names()).isEmpty();
    }
}
