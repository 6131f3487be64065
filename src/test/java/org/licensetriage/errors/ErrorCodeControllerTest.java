package org.licensetriage.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.licensetriage.TestMeters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(ErrorCodeController.class)
@Import({ErrorCodeControllerTest.ShippedKnowledge.class, ErrorLookupMetrics.class, TestMeters.class})
class ErrorCodeControllerTest {

    @TestConfiguration
    static class ShippedKnowledge {
        @Bean
        KnowledgeBase knowledgeBase() {
            return KnowledgeBaseFilesTest.shipped();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry registry;

    static Stream<String> referenceCodes() throws Exception {
        return ReferenceCodes.all().stream();
    }

    @ParameterizedTest
    @MethodSource("referenceCodes")
    void everyReferenceCodeResolvesInBothLanguages(String code) {
        for (String language : List.of("en", "ja")) {
            MvcTestResult result = mvc.get().uri("/errors/{code}", code).header("Accept-Language", language).exchange();
            assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, language);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
            assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
            assertThat(result).bodyJson().extractingPath("$.resolution[0].order").isEqualTo(1);
            assertThat(result).bodyJson().extractingPath("$.sources[0]").asString().startsWith("http");
        }
    }

    static Stream<Arguments> licensingCodes() {
        return ReferenceCodes.licensingCodes().stream().map(d -> Arguments.of(d.code(), d.symbolicName()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("licensingCodes")
    void everyLicensingCodeAnswersInBothLanguages(String code, String symbolicName) {
        for (String language : List.of("en", "ja")) {
            MvcTestResult result = mvc.get().uri("/errors/{code}", code).header("Accept-Language", language).exchange();
            assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, language);
            assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
            assertThat(result).bodyJson().extractingPath("$.symbolicName").isEqualTo(symbolicName);
            assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
            assertThat(result).bodyJson().extractingPath("$.causes[0].id").asString().isNotBlank();
            assertThat(result).bodyJson().extractingPath("$.resolution[0].order").isEqualTo(1);
        }
    }

    @Test
    void theOlderNumberOfTheDigitalMarkerBindingCodeFindsItsEntry() {
        // SL_E_CHPA_DIGITALMARKER_BINDING_NOT_CONFIGURED is 0xC014C052 in the current slerror.h, 0xC004C052 in older ones
        assertThat(mvc.get().uri("/errors/0xC004C052")).hasStatusOk().bodyJson().extractingPath("$.code")
                .isEqualTo("0xC014C052");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0xC004F050", "0XC004F050", "0xc004f050", "OxC004F050", "C004F050", "c004f050",
            "-1073418160", "3221549136", " 0xC004F050 "})
    void everyAcceptedFormResolvesToTheSameEntry(String form) {
        assertThat(mvc.get().uri("/errors/{code}", form)).hasStatusOk().bodyJson()
                .extractingPath("$.code").isEqualTo("0xC004F050");
    }

    @Test
    void entryCarriesTheContractFieldsInJapanese() {
        MvcTestResult result = mvc.get().uri("/errors/0xC004F050").header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5")
                .exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").asString().contains("プロダクト キー");
        assertThat(result).bodyJson().extractingPath("$.symbolicName").isEqualTo("SL_E_INVALID_PRODUCT_KEY");
        assertThat(result).bodyJson().extractingPath("$.category").isEqualTo("PRODUCT_KEY");
        assertThat(result).bodyJson().extractingPath("$.causes[*].id").asArray()
                .contains("KEY_TYPO", "EDITION_MISMATCH", "GENERIC_KEY");
        assertThat(result).bodyJson().extractingPath("$.messages[*].language").asArray().contains("en", "ja");
        assertThat(result).bodyJson().extractingPath("$.resolution[*].command").asArray()
                .contains("slmgr /dli", "slui 4");
        assertThat(result).bodyJson().extractingPath("$.escalation.contact").isEqualTo("VENDOR");
        assertThat(result).bodyJson().extractingPath("$.escalation.contactName").isEqualTo("キーの購入先");
        assertThat(result).bodyJson().extractingPath("$.escalation.reach").asString().contains("販売店");
        assertThat(result).bodyJson().extractingPath("$.hresult.facilityName").isEqualTo("FACILITY_ITF");
        assertThat(result).bodyJson().extractingPath("$.hresult.signedDecimal").isEqualTo(-1073418160);
    }

    @Test
    void aCodeWithoutAnEntryIsNamedAndExplainedByItsKind() {
        MvcTestResult result = mvc.get().uri("/errors/0x80070424").header("Accept-Language", "ja").exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNKNOWN_ERROR_CODE");
        assertThat(result).bodyJson().extractingPath("$.symbolicNames").asArray()
                .containsExactly("ERROR_SERVICE_DOES_NOT_EXIST");
        assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("SERVICE");
        assertThat(result).bodyJson().extractingPath("$.meaning").asString().startsWith("サービスのエラーです。");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .startsWith("0x80070424 (ERROR_SERVICE_DOES_NOT_EXIST) は");

        MvcTestResult dns = mvc.get().uri("/errors/0x80072AF9").header("Accept-Language", "en").exchange();
        assertThat(dns).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(dns).bodyJson().extractingPath("$.kind").isEqualTo("DNS");
        assertThat(dns).bodyJson().extractingPath("$.meaning").asString().startsWith("A DNS error");
    }

    @Test
    void unsupportedLanguageFallsBackToEnglishAndLangParameterWins() {
        assertThat(mvc.get().uri("/errors/0xC004F050").header("Accept-Language", "fr-FR,de;q=0.8"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(mvc.get().uri("/errors/0xC004F050?lang=ja").header("Accept-Language", "en"))
                .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "ja");
        assertThat(mvc.get().uri("/errors/0xC004F050").header("Accept-Language", ";;;q=x,,"))
                .hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
    }

    @Test
    void wellFormedUnknownCodeIs404WithDecodedHresultAndNeighbours() {
        MvcTestResult result = mvc.get().uri("/errors/0x8004FE2A").exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("UNKNOWN_ERROR_CODE");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:license-triage:problem:unknown-error-code");
        assertThat(result).bodyJson().extractingPath("$.hresult.facility").isEqualTo(4);
        assertThat(result).bodyJson().extractingPath("$.hresult.facilityName").isEqualTo("FACILITY_ITF");
        assertThat(result).bodyJson().extractingPath("$.didYouMean").asArray().containsExactly("0x8004FE21", "0x8004FE2F");
    }

    @Test
    void theCirculatingTypoPointsToTheRealCode() {
        assertThat(mvc.get().uri("/errors/0x8004FE2F")).hasStatusOk().bodyJson()
                .extractingPath("$.didYouMean").asArray().containsExactly("0x8004FE21");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "0x", "C004F05", "12345", "0xC004F050h", "4294967296", "０ｘ"})
    void anythingElseIs400MalformedErrorCode(String text) {
        MvcTestResult result = mvc.get().uri("/errors/{code}", text).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("MALFORMED_ERROR_CODE");
    }

    @Test
    void letterOInsteadOfZeroIsOfferedTheKnownCode() {
        assertThat(mvc.get().uri("/errors/0xC004FO5O")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.didYouMean").asArray().containsExactly("0xC004F050");
    }

    @Test
    void answersCarryAnEtagOfTheKnowledgeBaseVersionAndHonourIfNoneMatch() {
        MvcTestResult first = mvc.get().uri("/errors/0xC004F050").header("Accept-Language", "ja").exchange();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).contains(KnowledgeBaseFilesTest.shipped().version()).endsWith("-ja\"");
        assertThat(mvc.get().uri("/errors/-1073418160").header("Accept-Language", "ja")
                .header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.get().uri("/errors/0xC004F050").header("Accept-Language", "en")
                .header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatusOk();
        assertThat(mvc.get().uri("/errors?q=kms").header(HttpHeaders.IF_NONE_MATCH,
                etag.replace("-ja", "-en"))).hasStatus(HttpStatus.NOT_MODIFIED);
    }

    @Test
    void searchRanksJapanesePhrasesAndFiltersByCategory() {
        MvcTestResult result = mvc.get().uri("/errors").param("q", "KMS に接続できない").header("Accept-Language", "ja")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.items[*].code").asArray().contains("0xC004F074");
        assertThat(result).bodyJson().extractingPath("$.items[0].score").asNumber().satisfies(
                score -> assertThat(score.doubleValue()).isBetween(0.5, 1.0));
        assertThat(result).bodyJson().extractingPath("$.total").asNumber().satisfies(
                total -> assertThat(total.intValue()).isPositive());
        assertThat(mvc.get().uri("/errors?category=MAK&limit=2")).bodyJson()
                .extractingPath("$.items[*].category").asArray().containsOnly("MAK").hasSize(2);
    }

    @Test
    void searchLimitsAreValidated() {
        MvcTestResult tooLong = mvc.get().uri("/errors").param("q", "x".repeat(ErrorSearch.MAX_QUERY_LENGTH + 1)).exchange();
        assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("q");
        assertThat(mvc.get().uri("/errors?limit=0")).hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult badCategory = mvc.get().uri("/errors?category=NOPE").exchange();
        assertThat(badCategory).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].allowedValues")
                .asArray().contains("PRODUCT_KEY", "KMS");
    }

    @Test
    void lookupsAreCountedWithBoundedLabels() {
        double notFound = count("outcome", "not_found");
        double malformed = count("outcome", "malformed");
        double productKey = count("category", "PRODUCT_KEY");
        for (int i = 0; i < 50; i++) {
            mvc.get().uri("/errors/0x8004{n}", String.format("%04X", i)).exchange();
            mvc.get().uri("/errors/not-a-code-{n}", i).exchange();
        }
        mvc.get().uri("/errors/0xC004F050").exchange();
        assertThat(registry.find("licensetriage.error.lookups").counters()).hasSize(ErrorCategory.values().length + 2);
        assertThat(count("outcome", "not_found") - notFound).isEqualTo(50);
        assertThat(count("outcome", "malformed") - malformed).isEqualTo(50);
        assertThat(count("category", "PRODUCT_KEY") - productKey).isOne();
    }

    private double count(String tag, String value) {
        return registry.get("licensetriage.error.lookups").tag(tag, value).counter().count();
    }
}
