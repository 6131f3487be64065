package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every string of the Big List of Naughty Strings in every string field of every endpoint, the path variable,
 * the query parameters and Accept-Language: a 200 or a problem+json 4xx, never a 5xx, and still healthy after.
 */
@SpringBootTest(properties = "management.server.port=0")
@AutoConfigureMockMvc
class HostileInputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void stillHealthy() {
        assertThat(mvc.get().uri("/livez")).hasStatusOk();
        assertThat(mvc.post().uri("/keys/validate").contentType(MediaType.APPLICATION_JSON)
                .content("{\"productKey\":\"VK7JG-NPHTM-C97JM-9MPGT-3V66T\"}")).hasStatusOk();
    }

    @Test
    void naughtyStringsInEveryBodyField() {
        List<Function<String, ObjectNode>> bodies = List.of(
                s -> body("productKey", s),
                s -> body("productKey", "VK7JG-NPHTM-C97JM-9MPGT-3V66T").put("installedEdition", s));
        List<Function<String, ObjectNode>> diagnoses = List.of(
                s -> body("errorCode", s),
                s -> body("message", s),
                s -> body("productKey", s),
                s -> body("message", "0xC004F050").put("installedEdition", s),
                s -> body("message", "0xC004F050").put("os", s),
                s -> withFact(s, "upgradedFrom"),
                s -> withFact(s, "keySource"),
                s -> withFact(s, "networkAvailable"));
        for (String naughty : NaughtyStrings.all()) {
            for (Function<String, ObjectNode> body : bodies) {
                check("/keys/validate " + body.apply(naughty), post("/keys/validate", body.apply(naughty).toString()));
                check("/keys/validate/batch", post("/keys/validate/batch",
                        "{\"items\":[" + body.apply(naughty) + "]}"));
            }
            for (Function<String, ObjectNode> body : diagnoses) {
                check("/diagnoses " + body.apply(naughty), post("/diagnoses", body.apply(naughty).toString()));
            }
        }
        assertThat(failures).isEmpty();
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private void check(String what, MvcTestResult result) {
        int status = result.getResponse().getStatus();
        String type = String.valueOf(result.getResponse().getContentType());
        boolean ok = status == 200 && type.startsWith("application/json")
                || status >= 400 && status < 500 && type.startsWith("application/problem+json");
        if (!ok) {
            failures.add(status + " " + type + " for " + what);
        }
    }

    private static ObjectNode body(String field, String value) {
        return JSON.createObjectNode().put(field, value);
    }

    private static ObjectNode withFact(String value, String fact) {
        ObjectNode body = body("errorCode", "0xC004C003");
        body.putObject("facts").put(fact, value);
        return body;
    }
}
