package org.licensetriage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Naughty strings where a portal puts them into the URL or a header, through the real server (Tomcat parses
 * paths, queries and Accept-Language itself): a 200 or a problem+json 4xx, never a 5xx.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
class HostilePathAndHeaderTest {

    @LocalServerPort
    int port;

    @Test
    void naughtyStringsInThePathQueryAndLanguage() {
        HttpTestClient client = new HttpTestClient(port);
        List<String> failures = new ArrayList<>();
        for (String naughty : NaughtyStrings.all()) {
            String segment = UriUtils.encodePathSegment(naughty, StandardCharsets.UTF_8);
            String query = UriUtils.encodeQueryParam(naughty, StandardCharsets.UTF_8);
            check(failures, "path " + naughty, client.get("/errors/" + segment, "en"));
            check(failures, "q " + naughty, client.get("/errors?q=" + query, "en"));
            check(failures, "category " + naughty, client.get("/errors?category=" + query, "en"));
            check(failures, "limit " + naughty, client.get("/errors?limit=" + query, "en"));
            check(failures, "lang " + naughty, client.get("/errors/0xC004F050?lang=" + query, "en"));
            if (naughty.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && !naughty.isBlank()) {
                // What an HTTP header can carry: visible ASCII.
                check(failures, "Accept-Language " + naughty, client.get("/errors/0xC004F050", naughty));
                check(failures, "POST Accept-Language " + naughty,
                        client.post("/diagnoses", "{\"errorCode\":\"0xC004F050\"}", naughty));
            }
        }
        // The raw forms a browser or script may send that encoding would hide.
        for (String raw : List.of("/errors/..%2F..%2Fetc%2Fpasswd", "/errors/%00", "/errors/%C0%AF", "/errors/%",
                "/errors/%E3%81", "/errors/;jsessionid=1", "/errors/0xC004F050;x=1", "/errors?q=%", "/errors?q=%zz",
                "/errors//0xC004F050", "/errors/%2e%2e", "/%2e%2e/errors")) {
            String answer = raw(raw);
            int status = Integer.parseInt(answer.substring(9, 12));
            boolean problem = answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json");
            boolean emptyRefusal = status == 400 && !answer.toLowerCase(java.util.Locale.ROOT).contains("content-type");
            if (!(status >= 400 && status < 500 && (problem || emptyRefusal) || status == 200)) {
                failures.add(status + " for raw " + raw + ": " + answer);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(client.get("/livez", "en").statusCode()).isEqualTo(200);
        assertThat(client.get("/errors/0xC004F050", "ja").statusCode()).isEqualTo(200);
    }

    @Test
    void whatTomcatRefusesItselfIsTheSameProblemJsonInTheCallersLanguage() {
        // An encoded slash is refused by Tomcat before any filter or controller: ProblemErrorReportValve answers.
        String answer = raw("/errors/..%2F..%2Fetc%2Fpasswd");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        JsonNode problem = JsonMapper.shared().readTree(body);

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Language: ja");
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).endsWith("invalid-request");
        assertThat(problem.get("title").asString()).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    /** Sends the path exactly as written, which java.net.URI would refuse to build. */
    private String raw(String path) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ja\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(List<String> failures, String what, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean ok = status == 200 && type.startsWith("application/json")
                || status >= 400 && status < 500 && (type.startsWith("application/problem+json")
                        // Tomcat refuses some requests before any application code runs, without a body.
                        || response.body().isEmpty() && status == 400);
        if (!ok) {
            failures.add(status + " " + type + " for " + what + ": " + response.body());
        }
    }
}
