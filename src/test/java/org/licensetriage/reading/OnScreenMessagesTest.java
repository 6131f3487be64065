package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensetriage.reading.ReadingKnowledge.BLOCKED_EN;
import static org.licensetriage.reading.ReadingKnowledge.BLOCKED_HERE_EN;
import static org.licensetriage.reading.ReadingKnowledge.GENERIC_EN;
import static org.licensetriage.reading.ReadingKnowledge.GENERIC_JA;
import static org.licensetriage.reading.ReadingKnowledge.INVALID_KEY_EN;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensetriage.errors.ErrorCode;

class OnScreenMessagesTest {

    private static final ErrorCode INVALID_KEY = new ErrorCode(0xC004F050);
    private final MessageReader reader = ReadingKnowledge.reader();

    @ParameterizedTest
    @ValueSource(strings = {
        INVALID_KEY_EN,
        "the software licensing service reported that the product key is invalid",
        "It said: \"The Software Licensing Service\nreported that the product key is invalid\" — what now?",
        "ＴＨＥ ＳＯＦＴＷＡＲＥ ＬＩＣＥＮＳＩＮＧ ＳＥＲＶＩＣＥ reported that the product-key is invalid!!",
        "ソフトウェア ライセンス サービスでプロダクト キーは無効であることが報告されました。",
        "ソフトウェアライセンスサービスでプロダクトキーは無効であることが報告されました",
        "ｿﾌﾄｳｪｱ ﾗｲｾﾝｽ ｻｰﾋﾞｽでﾌﾟﾛﾀﾞｸﾄ ｷｰは無効であることが報告されました"})
    void onScreenTextInAnySpacingWidthOrCase(String message) {
        assertThat(reader.read(message).codesFromMessages()).containsExactly(INVALID_KEY);
        assertThat(reader.read(message).errorCodes()).isEmpty();
    }

    @Test
    void aGenericTextAddsNoCode() {
        assertThat(reader.read(GENERIC_EN).codesFromMessages()).isEmpty();
        assertThat(reader.read(GENERIC_JA + "。どうすればいいですか").codesFromMessages()).isEmpty();
    }

    @Test
    void ofTextsContainingOneAnotherTheLongestCounts() {
        assertThat(reader.read(BLOCKED_HERE_EN).codesFromMessages()).containsExactly(new ErrorCode(0xC004C017));
        assertThat(reader.read(BLOCKED_EN + ".").codesFromMessages()).containsExactly(new ErrorCode(0xC004C003));
    }

    @Test
    void specificTextsBesideAGenericOneInOrderOfAppearance() {
        String message = GENERIC_EN + "\nDNS name does not exist.\n" + GENERIC_JA + "\n" + INVALID_KEY_EN;
        assertThat(reader.read(message).codesFromMessages())
                .containsExactly(new ErrorCode(0x8007232B), INVALID_KEY);
    }

    @Test
    void aTextMustBeWholeToCount() {
        assertThat(reader.read("The Software Licensing Service reported that the product key").codesFromMessages())
                .isEmpty();
    }
}
