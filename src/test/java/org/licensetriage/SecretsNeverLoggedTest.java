package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.licensetriage.keys.KeyFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product keys reach the service in every way a portal can send them, with the service and Spring's web
 * layer logging at DEBUG; the log must hold the masked form and never a whole key, and so must a customer reply.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        "logging.level.org.licensetriage=DEBUG", "logging.level.org.springframework.web=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLoggedTest {

    @LocalServerPort
    int port;

    private void audit(HttpTestClient api, String csv, String contentType, String accept) {
        api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/keys/audit"))
                .header("Content-Type", contentType).header("Accept", accept)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    void noWholeKeyReachesTheLog(CapturedOutput output) {
        HttpTestClient api = new HttpTestClient(port);
        List<String> keys = List.of(KeyFixtures.key(3309, 101), KeyFixtures.key(3262, 202), KeyFixtures.key(3305, 303),
                KeyFixtures.key(3312, 404), KeyFixtures.key(3309, 505), "VK7JG-NPHTM-C97JM-9MPGT-3V6GT");
        api.post("/keys/validate", "{\"productKey\":\"" + keys.get(0) + "\",\"installedEdition\":\"Home\"}", "en");
        api.post("/keys/validate/batch", "{\"items\":[{\"productKey\":\"" + keys.get(1) + "\"},{\"productKey\":\""
                + keys.get(2).toLowerCase() + "\"}]}", "ja");
        api.post("/diagnoses", "{\"errorCode\":\"0xC004F050\",\"productKey\":\"" + keys.get(3) + "\"}", "en");
        api.post("/diagnoses", "{\"message\":\"Customer typed " + keys.get(4) + " and got 0xC004F050\"}", "ja");
        // A customer reply, written from a mistyped key and a key pasted into the message: masked there too.
        String mistyped = keys.get(0).substring(0, 6) + (keys.get(0).charAt(6) == '8' ? 'B' : '8') + keys.get(0).substring(7);
        for (String language : List.of("ja", "en")) {
            String reply = api.post("/diagnoses", "{\"errorCode\":\"0xC004F050\",\"productKey\":\"" + mistyped
                    + "\",\"message\":\"Also tried " + keys.get(1) + "\",\"installedEdition\":\"Pro " + keys.get(2)
                    + "\",\"replyLanguage\":\"" + language + "\",\"replyFormat\":\"markdown\"}", "en").body();
            String written = JsonMapper.builder().build().readTree(reply).path("reply").toString();
            assertThat(written).contains("XXXXX-XXXXX-XXXXX-XXXXX-");
            for (String key : List.of(mistyped, keys.get(0), keys.get(1), keys.get(2))) {
                assertThat(written.replace("-", "")).doesNotContainIgnoringCase(key.replace("-", ""));
            }
        }
        // Broken requests that carry a key: their problem answers and logs must not echo it either.
        api.post("/keys/validate", "{\"productKey\":\"" + keys.get(5) + "\", ", "en");
        api.post("/diagnoses", "{\"productKey\":\"" + keys.get(5) + "\",\"facts\":{\"keySource\":\"EBAY\"}}", "en");
        api.post("/keys/validate", "{\"productKey\":\"" + keys.get(5) + keys.get(5) + keys.get(5) + keys.get(5)
                + keys.get(5) + keys.get(5) + keys.get(5) + keys.get(5) + "\"}", "en");

        // Inventory audits: a good file, and broken ones that fail on a row holding a key.
        List<String> audited = List.of(KeyFixtures.key(3309, 606), KeyFixtures.key(3262, 707), KeyFixtures.key(3312, 808),
                KeyFixtures.key(3305, 909));
        keys = new java.util.ArrayList<>(keys);
        keys.addAll(audited);
        audit(api, "asset,productKey,edition\nPC-1," + audited.get(0) + ",Home\nPC-2," + audited.get(0) + ",Pro\n",
                "text/csv", "application/x-ndjson");
        audit(api, "asset,productKey\nPC-1," + audited.get(1) + "\nPC-2,\"" + audited.get(2) + "\n", "text/csv",
                "text/csv");
        audit(api, "productKey,x\n" + audited.get(3) + ",\"a\"b\n", "text/csv", "application/json");
        audit(api, "asset,host\n" + audited.get(3) + ",x\n", "text/csv; charset=UTF-8", "text/csv");
        byte[] undecodable = ("productKey\n" + audited.get(2) + "\n\u4f50\u85e4").getBytes(java.nio.charset.Charset
                .forName("windows-31j"));
        api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/keys/audit?keyColumn=" + audited.get(1))).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(undecodable)));

        String log = output.getAll();
        assertThat(log).contains("XXXXX-XXXXX-XXXXX-XXXXX-").contains("Inventory audited: 2 rows")
                .contains("/keys/audit?keyColumn=");
        for (String key : keys) {
            assertThat(log).doesNotContain(key).doesNotContain(key.replace("-", ""))
                    .doesNotContainIgnoringCase(key.toLowerCase());
        }
    }
}
