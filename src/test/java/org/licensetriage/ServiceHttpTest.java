package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.licensetriage.keys.KeyFixtures;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The service through real HTTP: API, probes, actuator and the Prometheus exposition, on random ports. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureMetrics
class ServiceHttpTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    HttpTestClient api;
    HttpTestClient management;

    @BeforeEach
    void clients() {
        api = new HttpTestClient(port);
        management = new HttpTestClient(managementPort);
    }

    @Test
    void everyEndpointAnswersInBothLanguages() {
        for (String language : List.of("en", "ja")) {
            assertThat(api.get("/errors/-1073418160", language)).satisfies(ok(language));
            assertThat(api.get("/errors?q=%E3%83%97%E3%83%AD%E3%83%80%E3%82%AF%E3%83%88%E3%82%AD%E3%83%BC", language))
                    .satisfies(ok(language));
            assertThat(api.post("/keys/validate", "{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V66T\"}", language))
                    .satisfies(ok(language));
            assertThat(api.post("/keys/validate/batch", "{\"items\":[{\"productKey\":\"x\"}]}", language))
                    .satisfies(ok(language));
            assertThat(api.post("/diagnoses", "{\"errorCode\":\"0x80072EE2\"}", language)).satisfies(ok(language));
        }
    }

    private static java.util.function.Consumer<HttpResponse<String>> ok(String language) {
        return response -> {
            assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Language")).contains(language);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
        };
    }

    @Test
    void probesAreOnTheApiPortAndReadinessIncludesTheKnowledgeBase() {
        assertThat(api.get("/livez", "en").statusCode()).isEqualTo(200);
        assertThat(api.get("/readyz", "en").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = management.get("/actuator/health/readiness", "en");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"knowledgeBase\"")
                .contains("\"entries\":" + KnowledgeFixtures.knowledgeBase().size());
        assertThat(api.get("/actuator/health", "en").statusCode()).isEqualTo(404);
        assertThat(management.get("/actuator/env", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void infoShowsTheBuildAndTheKnowledgeBaseVersion() {
        String info = management.get("/actuator/info", "en").body();
        assertThat(info).contains("\"artifact\":\"license-triage\"").contains("\"knowledgeBase\"")
                .contains(KnowledgeFixtures.knowledgeBase().version());
    }

    @Test
    void prometheusExposesTheServiceMetersWithTheApplicationTag() {
        api.get("/errors/0xC004F050", "en");
        api.post("/keys/validate", "{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V66T\"}", "en");
        api.post("/diagnoses", "{\"errorCode\":\"0x80072EE2\"}", "en");
        String scrape = prometheus();
        assertThat(scrape)
                .contains("licensetriage_knowledge_entries{application=\"license-triage\",version=\""
                        + KnowledgeFixtures.knowledgeBase().version() + "\"} " + KnowledgeFixtures.knowledgeBase().size())
                .containsPattern("licensetriage_key_validations_total\\{application=\"license-triage\",checksum=\"PASSED\","
                        + "format=\"WIN8_PLUS\",outcome=\"generic_key\"} [1-9]")
                .containsPattern("licensetriage_error_lookups_total\\{application=\"license-triage\",category=\"PRODUCT_KEY\","
                        + "outcome=\"found\"} [1-9]")
                .contains("licensetriage_diagnoses_total{application=\"license-triage\",top_cause=\"NETWORK_UNAVAILABLE\"}")
                .contains("licensetriage_diagnosis_duration_seconds_bucket")
                .contains("http_server_requests_seconds_bucket{application=\"license-triage\",error=\"none\","
                        + "exception=\"none\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/errors/{code}\",le=\"0.005\"}")
                .contains("jvm_memory_used_bytes").contains("process_cpu_usage");
    }

    @Test
    void thousandsOfDistinctUnknownInputsDoNotGrowTheNumberOfSeries() {
        SplittableRandom random = new SplittableRandom(7);
        // One of each kind first, so every series they touch exists before counting.
        api.get("/errors/0x80041234", "en");
        api.get("/errors/not-a-code", "en");
        api.get("/no/such/path", "en");
        api.post("/keys/validate", "{\"productKey\":\"" + KeyFixtures.key(3309, 1) + "\"}", "en");
        api.post("/keys/validate", "{\"productKey\":\"nonsense\"}", "en");
        long before = seriesCount(prometheus());
        for (int i = 0; i < 2000; i++) {
            api.get("/errors/0x8004" + String.format("%04X", i), "en");
            api.get("/errors/junk-" + i, "en");
            api.get("/no/such/path/" + i, "en");
            api.post("/keys/validate", "{\"productKey\":\"" + KeyFixtures.key(3309, 2 + random.nextInt(1 << 20)) + "\"}", "en");
            api.post("/keys/validate", "{\"productKey\":\"nonsense-" + i + "\"}", "en");
        }
        assertThat(seriesCount(prometheus())).isEqualTo(before);
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413() {
        // Valid JSON so far at every chunk, and no value over any limit: only the total size can stop it.
        List<byte[]> chunks = new java.util.ArrayList<>();
        chunks.add("{\"items\":[".getBytes());
        chunks.addAll(java.util.Collections.nCopies(60, "{\"productKey\":\"BCDFG\"},".repeat(1000).getBytes()));
        HttpRequest.BodyPublisher unknownLength = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArrays(chunks));
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/keys/validate/batch")).header("Content-Type", "application/json").POST(unknownLength));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(api.get("/livez", "en").statusCode()).isEqualTo(200);
    }

    private String prometheus() {
        return management.get("/actuator/prometheus", "en").body();
    }

    private static final Pattern SAMPLE = Pattern.compile("^[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? ", Pattern.MULTILINE);

    private static long seriesCount(String scrape) {
        return SAMPLE.matcher(scrape).results().filter(m -> !m.group().startsWith("jvm_")
                && !m.group().startsWith("process_") && !m.group().startsWith("system_")
                && !m.group().startsWith("executor_") && !m.group().startsWith("tomcat_")
                && !m.group().startsWith("disk_") && !m.group().startsWith("logback_")).count();
    }

}
