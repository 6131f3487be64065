package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0xC004F050", "0XC004F050", "0xc004f050", "C004F050", "c004f050", "-1073418160",
            "3221549136", "  0xC004F050\t", "\n-1073418160 ", "+3221549136", "OxC004F050", "oxc004f050"})
    void everyFormPeoplePasteReadsAsTheSameCode(String pasted) {
        assertThat(ErrorCode.parse(pasted)).contains(new ErrorCode(0xC004F050));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "xyz", "0x", "0xG004F050", "0x1C004F050", "C004F05", "C004F0500", "12345",
            "4294967296", "-2147483649", "0xC004F050h", "0x C004F050", "C004 F050", "３２２１５４９１３６",
            "99999999999999999999999"})
    void textThatIsNotACodeIsRejected(String text) {
        assertThat(ErrorCode.parse(text)).isEmpty();
        assertThatThrownBy(() -> ErrorCode.require(text)).isInstanceOf(MalformedErrorCodeException.class)
                .hasMessageNotContaining(text.isBlank() ? "\u0000" : text);
    }

    @Test
    void shortPrefixedHexIsPadded() {
        assertThat(ErrorCode.parse("0x5")).contains(new ErrorCode(5));
        assertThat(new ErrorCode(5).hex()).isEqualTo("0x00000005");
    }

    @Test
    void canonicalFormIsUpperCaseHexWithPrefix() {
        assertThat(ErrorCode.require("c004f050").hex()).isEqualTo("0xC004F050");
        assertThat(ErrorCode.require("-2147012894").hex()).isEqualTo("0x80072EE2");
    }

    @Test
    void licensingErrorDecodesAsErrorOfInterfaceFacility() {
        HResult hresult = ErrorCode.require("0xC004F050").decode();
        assertThat(hresult.severity()).isEqualTo(HResult.Severity.ERROR);
        assertThat(hresult.facility()).isEqualTo(4);
        assertThat(hresult.facilityName()).isEqualTo("FACILITY_ITF");
        assertThat(hresult.code()).isEqualTo(0xF050);
        assertThat(hresult.unsignedDecimal()).isEqualTo(3221549136L);
        assertThat(hresult.signedDecimal()).isEqualTo(-1073418160);
    }

    @Test
    void win32ErrorsKeepTheirWin32Number() {
        HResult timeout = ErrorCode.require("0x80072EE2").decode();
        assertThat(timeout.facilityName()).isEqualTo("FACILITY_WIN32");
        assertThat(timeout.code()).isEqualTo(12002);
        assertThat(timeout.severity()).isEqualTo(HResult.Severity.ERROR);
    }

    @Test
    void informationalStatesAndStoreFacilityDecode() {
        assertThat(ErrorCode.require("0x4004F00C").decode().severity()).isEqualTo(HResult.Severity.INFORMATIONAL);
        assertThat(ErrorCode.require("0x803FA067").decode().facilityName()).isEqualTo("FACILITY_WINDOWS_STORE");
        assertThat(ErrorCode.require("0x00AB0000").decode().facilityName()).isEqualTo("FACILITY_171");
    }

    @Test
    void hexIsZeroPaddedUpperCaseForEveryValue() {
        SplittableRandom random = new SplittableRandom(20261124);
        for (int n = 0; n < 10_000; n++) {
            int value = n < 4 ? new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}[n] : random.nextInt();
            assertThat(new ErrorCode(value).hex()).isEqualTo("0x" + String.format(Locale.ROOT, "%08X", value));
        }
    }
}
