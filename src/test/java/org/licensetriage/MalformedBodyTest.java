package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Bodies of every broken kind get the right problem+json 4xx, and quickly. */
@SpringBootTest(properties = "management.server.port=0")
@AutoConfigureMockMvc
class MalformedBodyTest {

    @Autowired
    MockMvcTester mvc;

    static List<Arguments> bodies() {
        String json = "application/json";
        return List.of(
                Arguments.of("not JSON", json, "VK7JG-NPHTM-C97JM-9MPGT-3V66T", 400, "MALFORMED_JSON"),
                Arguments.of("truncated", json, "{\"productKey\": \"VK7JG", 400, "MALFORMED_JSON"),
                Arguments.of("empty body", json, "", 400, "MALFORMED_JSON"),
                Arguments.of("JSON null", json, "null", 400, null),
                Arguments.of("an array instead of an object", json, "[{\"productKey\":\"x\"}]", 400, "MALFORMED_JSON"),
                Arguments.of("a number for the key", json, "{\"productKey\": 12345}", 200, null),
                Arguments.of("an object for the key", json, "{\"productKey\": {\"a\": [1, 2]}}", 400, "INVALID_REQUEST"),
                Arguments.of("a boolean for the items", json, "{\"items\": true}", 400, "INVALID_REQUEST"),
                Arguments.of("a huge number", json, "{\"productKey\": 1" + "0".repeat(5000) + "}", 400, "INVALID_REQUEST"),
                Arguments.of("a huge string", json, "{\"productKey\": \"" + "B".repeat(100_000) + "\"}", 400, "INVALID_REQUEST"),
                Arguments.of("deeply nested arrays", json, "{\"productKey\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                        400, "INVALID_REQUEST"),
                Arguments.of("deeply nested objects", json, "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400,
                        "INVALID_REQUEST"),
                Arguments.of("duplicate keys", json, "{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V66T\",\"productKey\":\"x\"}",
                        400, "MALFORMED_JSON"),
                Arguments.of("a 10 MB body", json, "{\"productKey\":\"" + "B".repeat(10 * 1024 * 1024) + "\"}", 413,
                        "PAYLOAD_TOO_LARGE"),
                Arguments.of("text/plain", "text/plain", "{\"productKey\":\"x\"}", 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("form data", "application/x-www-form-urlencoded", "productKey=x", 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("no content type", null, "{\"productKey\":\"x\"}", 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("XML", "application/xml", "<productKey>x</productKey>", 415, "UNSUPPORTED_MEDIA_TYPE"));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("bodies")
    void brokenBodiesGetTheRight4xxQuickly(String what, String contentType, String body, int status, String code) {
        for (String path : List.of("/keys/validate", "/keys/validate/batch", "/diagnoses")) {
            // A scalar key is read as text; the batch has no items in these bodies.
            int expected = status == 200 && path.endsWith("/batch") ? 400 : status;
            Instant start = Instant.now();
            var request = mvc.post().uri(path).content(body);
            MvcTestResult result = (contentType == null ? request : request.contentType(contentType)).exchange();
            assertThat(Duration.between(start, Instant.now())).as("%s on %s answered quickly", what, path)
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(result.getResponse().getStatus()).as("%s on %s", what, path).isEqualTo(expected);
            if (expected >= 400) {
                assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
                if (code != null && expected == status) {
                    assertThat(result).bodyJson().extractingPath("$.code").as("%s on %s", what, path).isEqualTo(code);
                }
            }
        }
    }
}
