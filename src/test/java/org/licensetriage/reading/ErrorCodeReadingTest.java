package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensetriage.errors.ErrorCode;

class ErrorCodeReadingTest {

    private static final ErrorCode INVALID_KEY = new ErrorCode(0xC004F050);
    private final MessageReader reader = ReadingKnowledge.reader();

    @ParameterizedTest
    @ValueSource(strings = {
        "Error code: 0xC004F050",
        "error 0XC004F050.",
        "(0xc004f050)",
        "it says c004f050 when I click Activate",
        "Error code: -1073418160",
        "error code=-1073418160",
        "3221549136",
        "returned 3221549136 again",
        "エラー コード: 0xC004F050",
        "エラーコード0xC004F050が出ます",
        "エラー コード：-1073418160",
        "０ｘＣ００４Ｆ０５０",
        "ＯｘＣ００４Ｆ０５０",
        "エラーコード：ｃ００４ｆ０５０",
        "0xC004F\u200B050",
        "Error code 0xC004FO5O"})
    void everyFormOfACode(String message) {
        assertThat(reader.read(message).errorCodes()).containsExactly(INVALID_KEY);
    }

    @Test
    void bareHexCountsForLicensingFacilitiesAndKnownCodes() {
        assertThat(reader.read("failed with 80070005 and 803f7001").errorCodes())
                .containsExactly(new ErrorCode(0x80070005), new ErrorCode(0x803F7001));
        assertThat(reader.read("store says 87e10bc6").errorCodes()).containsExactly(new ErrorCode(0x87E10BC6));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "request id deadbeef",
        "commit 1a2b3c4d",
        "Activation ID: c004f050-91f2-4a6c-9e4d-ce3f19b8b3f4",
        "{80070005-0000-0000-c000-000000000046}",
        "date 20240314",
        "call us on 0312345678 or 0120123456",
        "timestamp 1709540000",
        "ticket 123456789",
        "error in ticket 1234567890",
        "0x7B",
        "order no. 4294967295x",
        "12345678901"})
    void numbersThatAreNotCodes(String message) {
        assertThat(reader.read(message).errorCodes()).isEmpty();
    }

    @Test
    void unknownDecimalCountsBesideAnErrorKeyword() {
        // 0xC0000005, not in the knowledge base, but written as a code
        assertThat(reader.read("Error code: -1073741819").errorCodes()).containsExactly(new ErrorCode(0xC0000005));
        assertThat(reader.read("ErrorCode is 3221225477").errorCodes()).containsExactly(new ErrorCode(0xC0000005));
        assertThat(reader.read("エラー番号 -1073741819").errorCodes()).containsExactly(new ErrorCode(0xC0000005));
        assertThat(reader.read("電話番号: 3221225477").errorCodes()).isEmpty();
        assertThat(reader.read("エラーは -1073741819").errorCodes()).containsExactly(new ErrorCode(0xC0000005));
        assertThat(reader.read("-1073741819").errorCodes()).isEmpty();
    }

    @Test
    void prefixedHexAlwaysCounts() {
        assertThat(reader.read("0x12345678").errorCodes()).containsExactly(new ErrorCode(0x12345678));
    }

    @Test
    void distinctInOrderOfFirstAppearanceAcrossForms() {
        String message = """
                Event 8198: License Activation (slui.exe) failed with the following error code: hr=0xC004F074
                Then I got 0xC004F050, then -1073418160 and then 0x8007232B. Again: C004F074.
                """;
        assertThat(reader.read(message).errorCodes()).containsExactly(new ErrorCode(0xC004F074), INVALID_KEY,
                new ErrorCode(0x8007232B));
    }
}
