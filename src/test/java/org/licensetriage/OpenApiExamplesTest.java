package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
}
