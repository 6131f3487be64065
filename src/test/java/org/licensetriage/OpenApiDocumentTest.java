package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed contract {@code openapi/openapi.yaml} is the live document. Regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("openapi/openapi.yaml");

    @LocalServerPort
    int port;

    @Test
    void committedDocumentIsTheLiveOne() throws IOException {
        String live = new HttpTestClient(port).get("/v3/api-docs.yaml", "en").body();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("openapi/openapi.yaml differs from the live document; regenerate it with "
                        + "./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true")
                .isEqualTo(live);
    }

    @Test
    void everyOperationIsDescribedWithItsProblemsAndLanguage() {
        JsonNode doc = JsonMapper.builder().build().readTree(new HttpTestClient(port).get("/v3/api-docs", "en").body());
        List<String> operations = List.of("/errors/{code}:get", "/errors:get", "/keys/validate:post",
                "/keys/validate/batch:post", "/keys/audit:post", "/diagnoses:post");
        assertThat(doc.path("paths").propertyNames()).containsExactlyInAnyOrder("/errors/{code}", "/errors",
                "/keys/validate", "/keys/validate/batch", "/keys/audit", "/diagnoses");
        for (String operation : operations) {
            String[] parts = operation.split(":");
            JsonNode op = doc.path("paths").path(parts[0]).path(parts[1]);
            assertThat(op.path("summary").asString()).as(operation).isNotBlank();
            assertThat(op.path("description").asString()).as(operation).hasSizeGreaterThan(80);
            assertThat(op.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
            assertThat(op.path("responses").path("200").path("content").path("application/json").path("examples")
                    .isEmpty()).as(operation + " has response examples").isFalse();
            assertThat(op.path("parameters").findValuesAsString("name")).contains("Accept-Language", "lang");
            assertThat(op.path("parameters").findValuesAsString("name")).doesNotContain("language");
            if (parts[1].equals("post")) {
                assertThat(op.path("responses").propertyNames()).contains("413", "415");
                String body = parts[0].equals("/keys/audit") ? "text/csv" : "application/json";
                assertThat(op.path("requestBody").path("content").path(body).path("examples").isEmpty()).isFalse();
            }
        }
        assertThat(doc.path("paths").path("/errors/{code}").path("get").path("responses").has("404")).isTrue();
        JsonNode audit = doc.path("paths").path("/keys/audit").path("post");
        assertThat(audit.path("responses").path("200").path("content").propertyNames())
                .containsExactlyInAnyOrder("text/csv", "application/x-ndjson", "application/jsonl", "application/json");
        assertThat(audit.path("requestBody").path("content").path("text/csv").path("schema").path("format").asString())
                .as("Swagger UI offers a file to upload").isEqualTo("binary");
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(doc.toString()).contains("KMS_CLIENT_KEY_WITHOUT_KMS", "VOLUME_GVLK", "CHECKSUM_FAILED",
                "GRACE_PERIOD_EXPIRED", "MARKETPLACE");
    }
}
