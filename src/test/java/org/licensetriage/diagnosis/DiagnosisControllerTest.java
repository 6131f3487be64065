package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.TestMeters;
import org.licensetriage.errors.CauseId;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.reply.ReplyFixtures;
import org.licensetriage.reply.ReplyWriter;
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

@WebMvcTest(DiagnosisController.class)
@Import({DiagnosisMetrics.class, DiagnosisControllerTest.Wiring.class, TestMeters.class})
class DiagnosisControllerTest {

    @TestConfiguration
    static class Wiring {
        @Bean
        DiagnosisService diagnosisService() {
            return new DiagnosisService(KeyFixtures.analyser(), KnowledgeFixtures.knowledgeBase());
        }

        @Bean
        ReplyWriter replyWriter() {
            return ReplyFixtures.writer();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry registry;

    private MvcTestResult diagnose(String json, String language) {
        return mvc.post().uri("/diagnoses").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).content(json).exchange();
    }

    @Test
    void japaneseSlmgrPasteIsReadAndRankedInJapanese() {
        MvcTestResult result = diagnose("""
                {"message": "名前: Windows(R), Professional edition\\n説明: Windows(R) Operating System, RETAIL channel\\nプロダクト キーの一部: 3V66T\\nライセンスの状態: 通知\\n通知の理由: 0xC004F050。"}
                """, "ja");
        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "ja");
        assertThat(result).bodyJson().extractingPath("$.errorCode").isEqualTo("0xC004F050");
        assertThat(result).bodyJson().extractingPath("$.detected.partialProductKey").isEqualTo("3V66T");
        assertThat(result).bodyJson().extractingPath("$.detected.licenseChannel").isEqualTo("RETAIL");
        assertThat(result).bodyJson().extractingPath("$.causes[0].id").isEqualTo("GENERIC_KEY");
        assertThat(result).bodyJson().extractingPath("$.causes[0].evidence[0].source").isEqualTo("SLMGR");
        assertThat(result).bodyJson().extractingPath("$.causes[0].evidence[0].detail").asString().contains("3V66T");
        assertThat(result).bodyJson().extractingPath("$.causes[0].resolution[0].order").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.escalation.reason").asString()
                .containsPattern("[\\u3040-\\u30ff]");
    }

    @Test
    void questionsCarryTheirAnswersAndRepostingMovesTheTop() {
        String open = "{\"errorCode\":\"0xC004F074\",\"productKey\":\"W269N-WFGWX-YVC9B-4J6C9-T83GX\"}";
        MvcTestResult asked = diagnose(open, "en");
        assertThat(asked).hasStatusOk().bodyJson().extractingPath("$.questions[0].fact").isEqualTo("organizationManaged");
        assertThat(asked).bodyJson().extractingPath("$.questions[0].answers[*].value").asArray().containsExactly(true, false);
        assertThat(asked).bodyJson().extractingPath("$.questions[0].answers[*].label").asArray().containsExactly("Yes", "No");
        assertThat(asked).bodyJson().extractingPath("$.keyAnalysis.key.knownAs").isEqualTo("KMS_CLIENT");

        String answered = open.replace("}", ",\"facts\":{\"organizationManaged\":false}}");
        assertThat(diagnose(answered, "en")).bodyJson().extractingPath("$.causes[0].id")
                .isEqualTo("KMS_CLIENT_KEY_WITHOUT_KMS");
        assertThat(diagnose(open.replace("}", ",\"facts\":{\"organizationManaged\":true}}"), "en")).bodyJson()
                .extractingPath("$.causes[0].id").isEqualTo("KMS_HOST_UNREACHABLE");
    }

    @Test
    void aKeyInTheMessageIsEchoedOnlyMasked() {
        MvcTestResult result = diagnose("{\"message\":\"The customer typed VK7JG-NPHTM-C97JM-9MPGT-3V66T and got an error\"}",
                "en");
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.detected.productKey")
                .isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-3V66T");
    }

    @Test
    void aReplyIsWrittenOnlyWhenAskedAndInTheCustomersLanguage() {
        String ticket = "{\"errorCode\":\"0xC004C003\",\"productKey\":\"" + KeyFixtures.key(3309, 77) + "\"";
        MvcTestResult plain = diagnose(ticket + "}", "en");
        assertThat(plain).hasStatusOk().bodyJson().doesNotHavePath("$.reply");

        MvcTestResult asked = diagnose(ticket + ",\"replyLanguage\":\"ja\"}", "en");
        assertThat(asked).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en");
        assertThat(asked).bodyJson().extractingPath("$.causes[0].title").asString().doesNotContainPattern("[\\u3040-\\u30ff]");
        assertThat(asked).bodyJson().extractingPath("$.reply.language").isEqualTo("ja");
        assertThat(asked).bodyJson().extractingPath("$.reply.format").isEqualTo("text");
        assertThat(asked).bodyJson().extractingPath("$.reply.subject").asString().contains("0xC004C003");
        assertThat(asked).bodyJson().extractingPath("$.reply.body").asString().contains("お手数ですが")
                .contains("XXXXX-XXXXX-XXXXX-XXXXX-" + KeyFixtures.key(3309, 77).substring(24))
                .doesNotContain(KeyFixtures.key(3309, 77));

        MvcTestResult markdown = diagnose(ticket + ",\"replyFormat\":\"markdown\"}", "en");
        assertThat(markdown).bodyJson().extractingPath("$.reply.language").isEqualTo("en");
        assertThat(markdown).bodyJson().extractingPath("$.reply.body").asString().contains("```").contains("`0xC004C003`");
    }

    @Test
    void unknownReplyLanguageOrFormatIs400NamingTheField() {
        MvcTestResult result = diagnose("{\"errorCode\":\"0xC004F050\",\"replyLanguage\":\"fr\",\"replyFormat\":\"html\"}",
                "en");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("replyLanguage", "replyFormat");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("en, ja");
    }

    @Test
    void nothingToStartFromIs400NamingAllThreeFields() {
        MvcTestResult result = diagnose("{\"installedEdition\":\"Pro\",\"facts\":{\"networkAvailable\":true}}", "en");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("INVALID_REQUEST");
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray()
                .containsExactly("errorCode", "message", "productKey");
    }

    @Test
    void unknownFactValueIs400NamingTheFieldAndTheAllowedValues() {
        MvcTestResult result = diagnose("{\"errorCode\":\"0xC004C003\",\"facts\":{\"keySource\":\"EBAY\"}}", "ja");
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("facts.keySource");
        assertThat(result).bodyJson().extractingPath("$.errors[0].allowedValues").asArray()
                .containsExactly("RETAIL", "OEM", "VOLUME", "SUBSCRIPTION", "MARKETPLACE", "UNKNOWN");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("facts.keySource");
        assertThat(diagnose("{\"errorCode\":\"0xC004C003\",\"facts\":{\"hardwareChanged\":\"maybe\"}}", "en"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("facts.hardwareChanged");
    }

    @Test
    void overlongMessageAndNonCodeAre400() {
        assertThat(diagnose("{\"message\":\"" + "あ".repeat(20_001) + "\"}", "en")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("message");
        assertThat(diagnose("{\"message\":\"" + "あ".repeat(20_000) + "\"}", "en")).hasStatusOk();
        assertThat(diagnose("{\"errorCode\":\"no code here\"}", "en")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.code").isEqualTo("MALFORMED_ERROR_CODE");
    }

    @Test
    void diagnosesAreCountedByTopCause() {
        double before = registry.get("licensetriage.diagnoses").tag("top_cause", "NETWORK_UNAVAILABLE").counter().count();
        diagnose("{\"errorCode\":\"0x80072EE2\",\"facts\":{\"networkAvailable\":false,\"reinstalled\":true}}", "en");
        assertThat(registry.get("licensetriage.diagnoses").tag("top_cause", "NETWORK_UNAVAILABLE").counter().count())
                .isEqualTo(before + 1);
        // one counter per cause of the vocabulary, plus "none"
        assertThat(registry.find("licensetriage.diagnoses").counters()).hasSize(CauseId.values().length + 1);
    }
}
