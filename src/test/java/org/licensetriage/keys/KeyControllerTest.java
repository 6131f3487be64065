package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.licensetriage.TestMeters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(KeyController.class)
@Import({KeyAnalyserConfiguration.class, KeyValidationMetrics.class, TestMeters.class})
class KeyControllerTest {

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult validate(String json, String language) {
        return mvc.post().uri("/keys/validate").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).content(json).exchange();
    }

    @Test
    void lookAlikeTypoGetsAUniqueRepairInJapanese() {
        MvcTestResult result = validate("{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V6GT\"}", "ja");
        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "ja");
        assertThat(result).bodyJson().extractingPath("$.valid").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.checksum").isEqualTo("FAILED");
        assertThat(result).bodyJson().extractingPath("$.suggestionUnique").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.suggestions[0].productKey")
                .isEqualTo("VK7JG-NPHTM-C97JM-9MPGT-3V66T");
        assertThat(result).bodyJson().extractingPath("$.suggestions[0].changes[0].position").isEqualTo(24);
        assertThat(result).bodyJson().extractingPath("$.findings[0].message").asString()
                .containsPattern("[\\u3040-\\u30ff]");
        assertThat(result).bodyJson().extractingPath("$.maskedKey").isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-3V6GT");
    }

    @Test
    void genericKeyOnAnotherEditionNamesBothAndItsErrors() {
        MvcTestResult result = validate("{\"productKey\":\"vk7jg nphtm c97jm 9mpgt 3v66t\",\"installedEdition\":\"Home\"}", "en");
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.normalizedKey").isEqualTo("VK7JG-NPHTM-C97JM-9MPGT-3V66T");
        assertThat(result).bodyJson().extractingPath("$.key.knownAs").isEqualTo("GENERIC");
        assertThat(result).bodyJson().extractingPath("$.key.editionId").isEqualTo("Professional");
        assertThat(result).bodyJson().extractingPath("$.key.channel").isEqualTo("RETAIL");
        assertThat(result).bodyJson().extractingPath("$.editionMatch").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.findings[*].code").asArray()
                .contains("GENERIC_KEY", "EDITION_MISMATCH");
        assertThat(result).bodyJson().extractingPath("$.relatedErrors").asArray().contains("0xC004F050");
    }

    @Test
    void fullWidthPasteIsNormalisedAndSaidSo() {
        MvcTestResult result = validate("{\"productKey\":\"ＶＫ７ＪＧーＮＰＨＴＭーＣ９７ＪＭー９ＭＰＧＴー３Ｖ６６Ｔ\"}", "ja");
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.findings[*].code").asArray()
                .contains("NON_ASCII_INPUT");
    }

    @Test
    void batchAnswersEveryItemInOrder() {
        MvcTestResult result = mvc.post().uri("/keys/validate/batch").contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[{\"productKey\":\"W269N-WFGWX-YVC9B-4J6C9-T83GX\"},{\"productKey\":\"hello\"},"
                        + "{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V66T\",\"installedEdition\":\"Windows 11 Pro\"}]}")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.results[*].format").asArray()
                .containsExactly("WIN8_PLUS", "MALFORMED", "WIN8_PLUS");
        assertThat(result).bodyJson().extractingPath("$.results[0].key.knownAs").isEqualTo("KMS_CLIENT");
        assertThat(result).bodyJson().extractingPath("$.results[2].editionMatch").isEqualTo(true);
    }

    @Test
    void batchOfAThousandPassesAndOneMoreIsRefusedNamingTheField() {
        String item = "{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V66T\"}";
        String thousand = IntStream.range(0, 1000).mapToObj(i -> item).collect(Collectors.joining(","));
        assertThat(mvc.post().uri("/keys/validate/batch").contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[" + thousand + "]}")).hasStatusOk().bodyJson().extractingPath("$.results.length()")
                .isEqualTo(1000);
        MvcTestResult tooMany = mvc.post().uri("/keys/validate/batch").contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[" + thousand + "," + item + "]}").exchange();
        assertThat(tooMany).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(tooMany).bodyJson().extractingPath("$.errors[0].field").isEqualTo("items");
        assertThat(mvc.post().uri("/keys/validate/batch").contentType(MediaType.APPLICATION_JSON)
                .content("{\"items\":[]}")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void blankAndOverlongKeysAre400NamingTheField() {
        MvcTestResult blank = validate("{\"productKey\":\"   \"}", "ja");
        assertThat(blank).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("productKey");
        assertThat(blank).bodyJson().extractingPath("$.code").isEqualTo("INVALID_REQUEST");
        assertThat(blank).bodyJson().extractingPath("$.title").isEqualTo("リクエストの内容に誤りがあります");
        assertThat(validate("{\"productKey\":\"" + "B".repeat(201) + "\"}", "en")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("productKey");
        assertThat(validate("{}", "en")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(validate("{\"productKey\":\"" + "B".repeat(200) + "\"}", "en")).hasStatusOk();
    }

    @Test
    void everyErrorStatusIsProblemJsonWithAStableCode() {
        assertProblem(validate("{\"productKey\": ", "en"), HttpStatus.BAD_REQUEST, "MALFORMED_JSON");
        assertProblem(validate("[\"VK7JG\"]", "en"), HttpStatus.BAD_REQUEST, "MALFORMED_JSON");
        assertProblem(validate("{\"productKey\": {\"a\": 1}}", "en"), HttpStatus.BAD_REQUEST, "INVALID_REQUEST");
        assertProblem(mvc.post().uri("/keys/validate").contentType(MediaType.TEXT_PLAIN).content("VK7JG").exchange(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(mvc.post().uri("/keys/validate").content("{\"productKey\":\"x\"}").exchange(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
        MvcTestResult wrongMethod = mvc.get().uri("/keys/validate").exchange();
        assertProblem(wrongMethod, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod).hasHeader(HttpHeaders.ALLOW, "POST");
        assertProblem(mvc.get().uri("/keys/nothing-here").exchange(), HttpStatus.NOT_FOUND, "NOT_FOUND");
        assertProblem(mvc.post().uri("/keys/validate").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_XML).content("{\"productKey\":\"x\"}").exchange(),
                HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE");
        MvcTestResult tooLarge = mvc.post().uri("/keys/validate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"productKey\":\"" + "B".repeat(2 * 1024 * 1024) + "\"}").exchange();
        assertProblem(tooLarge, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE");
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String code) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.type").asString().startsWith("urn:license-triage:problem:");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
        assertThat(result.getResponse().getContentAsByteArray().length).isLessThan(2000);
        assertThat(new String(result.getResponse().getContentAsByteArray()))
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
    }
}
