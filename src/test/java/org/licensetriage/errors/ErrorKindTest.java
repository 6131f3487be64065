package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Any Windows code has its names from the headers and a kind, as err.exe would tell a help desk. */
class ErrorKindTest {

    private final KnowledgeBase kb = KnowledgeBaseFilesTest.shipped();

    @Test
    void theShippedTableNamesEveryCodeOfTheHeaders() {
        assertThat(WindowsErrorNames.shipped().size()).isEqualTo(7828);
        assertThat(kb.symbolicNames(new ErrorCode(0x80070005))).containsExactly("ERROR_ACCESS_DENIED", "E_ACCESSDENIED");
        assertThat(kb.symbolicNames(new ErrorCode(0xC0000022))).containsExactly("STATUS_ACCESS_DENIED");
        assertThat(kb.symbolicNames(new ErrorCode(0x12345678))).isEmpty();
    }

    @ParameterizedTest(name = "{0} is a {1} error")
    @CsvSource({
            "0x80072AF9, DNS", // WSAHOST_NOT_FOUND
            "0x8007232B, DNS", // DNS_ERROR_RCODE_NAME_ERROR
            "0x80072328, DNS", // no name: a Win32 code in the DNS range 9000-9999
            "0x80070005, ACCESS",
            "0xC0000022, ACCESS", // STATUS_ACCESS_DENIED
            "0x80070522, ACCESS", // ERROR_PRIVILEGE_NOT_HELD
            "0x80070422, SERVICE", // ERROR_SERVICE_DISABLED
            "0x8007042C, SERVICE", // ERROR_SERVICE_DEPENDENCY_FAIL
            "0x80070241, SERVICE", // ERROR_INVALID_IMAGE_HASH: a service whose signature fails does not start
            "0x80080005, SERVICE", // CO_E_SERVER_EXEC_FAILURE
            "0x800706BA, NETWORK", // RPC_S_SERVER_UNAVAILABLE
            "0x80072EE2, NETWORK", // WinINet/WinHTTP time-out
            "0x80072F8F, SECURE_CONNECTION", // ERROR_WINHTTP_SECURE_FAILURE, although it also has a WinINet name
            "0x80090324, TIME", // SEC_E_TIME_SKEW: the clock before the secure channel
            "0x80070002, STORAGE", // ERROR_FILE_NOT_FOUND
            "0x80070216, GENERAL", // ERROR_ARITHMETIC_OVERFLOW
            "0xC004F050, GENERAL"})
    void theKindComesFromTheNamesOrTheNumber(String code, ErrorKind kind) {
        assertThat(kb.kind(ErrorCode.require(code))).isEqualTo(kind);
    }

    @Test
    void everyKindExplainsItselfInBothLanguages() {
        for (ErrorKind kind : ErrorKind.values()) {
            assertThat(kind.meaning().complete()).as(kind.name()).isTrue();
            assertThat(kind.meaning().ja()).as(kind.name()).endsWith("。");
        }
    }

    @Test
    void aMalformedRowStopsTheStartWithItsLine() {
        String table = "code\tsymbolic_names\tdefined_in\n0x80070005\tERROR_ACCESS_DENIED\twinerror.h\n"
                + "80070006\tERROR_INVALID_HANDLE\twinerror.h\n";
        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class, () -> WindowsErrorNames.read(
                "names.tsv", new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.problems()).singleElement().asString().startsWith("names.tsv, line 3: expected a new canonical code");
    }
}
