package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples in the OpenAPI document are real: each request example, sent to the service, gives exactly
 * its response example. Re-capture them with {@code -Dopenapi.write=true} after an intended change.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class OpenApiExamplesTest {

    static final Path EXAMPLES = Path.of("src/main/resources/openapi/examples");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("keys-validate-typo", "POST", "/keys/validate"),
                Arguments.of("keys-validate-generic-ja", "POST", "/keys/validate"),
                Arguments.of("keys-validate-batch", "POST", "/keys/validate/batch"),
                Arguments.of("diagnoses-slmgr-ja", "POST", "/diagnoses"),
                Arguments.of("diagnoses-kms-question", "POST", "/diagnoses"),
                Arguments.of("diagnoses-reply-ja", "POST", "/diagnoses"),
                Arguments.of("errors-code-en", "GET", "/errors/0xC004F050"),
                Arguments.of("errors-search-ja", "GET",
                        "/errors?q=KMS%20%E3%81%AB%E6%8E%A5%E7%B6%9A%E3%81%A7%E3%81%8D%E3%81%AA%E3%81%84&limit=5"),
                Arguments.of("errors-unknown", "GET", "/errors/0x8004FE2A"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void requestExampleGivesItsResponseExample(String name, String method, String path) throws IOException {
        HttpTestClient api = new HttpTestClient(port);
        String language = name.endsWith("-ja") ? "ja" : "en";
        String body = method.equals("POST")
                ? api.post(path, Files.readString(EXAMPLES.resolve(name + ".request.json")), language).body()
                : api.get(path, language).body();
        Path expected = EXAMPLES.resolve(name + (name.equals("errors-unknown") ? ".problem.json" : ".response.json"));
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(expected, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body)) + "\n");
        }
        assertThat(JSON.readTree(body)).as(name + " (re-capture with -Dopenapi.write=true)")
                .isEqualTo(JSON.readTree(Files.readString(expected)));
    }

    /** The inventory audit's CSV example, answered in each form, gives the answer examples (without the BOM). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/csv, keys-audit.response.csv", "application/x-ndjson, keys-audit.response.jsonl",
            "application/json, keys-audit-summary.response.json"})
    void auditExampleGivesItsResponseExamples(String accept, String file) throws IOException {
        HttpTestClient api = new HttpTestClient(port);
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/keys/audit"))
                .header("Content-Type", "text/csv").header("Accept", accept).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofFile(EXAMPLES.resolve("keys-audit.request.csv"))));
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body().startsWith("\uFEFF") ? response.body().substring(1) : response.body();
        Path expected = EXAMPLES.resolve(file);
        if (accept.equals("application/json")) {
            if (Boolean.getBoolean("openapi.write")) {
                Files.writeString(expected, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body)) + "\n");
            }
            assertThat(JSON.readTree(body)).isEqualTo(JSON.readTree(Files.readString(expected)));
            return;
        }
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(expected, body);
        }
        assertThat(body).as(file + " (re-capture with -Dopenapi.write=true)").isEqualTo(Files.readString(expected));
    }
}
