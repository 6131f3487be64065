package org.licensetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensetriage.audit.Inventories.HOME;
import static org.licensetriage.audit.Inventories.PRO;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.licensetriage.HttpTestClient;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /keys/audit} through the real server: forms of the answer, streaming, problems, limits, metrics. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureMetrics
class InventoryAuditHttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    HttpTestClient api;

    @BeforeEach
    void client() {
        api = new HttpTestClient(port);
    }

    HttpResponse<String> audit(byte[] body, String contentType, String accept, String query) {
        return api.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/keys/audit" + query))
                .header("Content-Type", contentType).header("Accept", accept).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> audit(String csv, String accept) {
        return audit(csv.getBytes(StandardCharsets.UTF_8), "text/csv", accept, "");
    }

    @Test
    void curlsDefaultAnswerIsTheCsvReportWithItsTrailer() {
        HttpResponse<String> response = audit(InventoryEncodingTest.fixture("excel-japanese-cp932.csv"), "text/csv",
                "*/*", "");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
        assertThat(response.body()).startsWith("\uFEFF資産番号,ホスト名,プロダクト キー,エディション,使用者,備考,maskedKey,")
                .contains("\r\nA-0001,TOKYO-PC01," + PRO + ",Windows 11 Pro,髙橋 一郎,㈱本社 3F ①,XXXXX-")
                .contains("#summary,duplicate,XXXXX-XXXXX-XXXXX-XXXXX-" + PRO.substring(24) + ",2,2 5")
                .endsWith("#summary,complete,true\r\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLines")
    void jsonLinesHaveAHeaderARowPerRowAndTheSummaryLast(String accept) {
        HttpResponse<String> response = audit("asset,productKey,edition\nPC-1," + PRO + ",Pro\nPC-2," + HOME
                + ",Windows 11 Pro\nPC-3," + PRO + ",\n", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(accept + ";charset=UTF-8");
        List<JsonNode> lines = response.body().lines().map(JSON::readTree).toList();
        assertThat(lines).extracting(line -> line.get("type").asString())
                .containsExactly("header", "row", "row", "row", "summary");
        assertThat(lines.get(0).get("keyColumn").asString()).isEqualTo("productKey");
        assertThat(lines.get(0).get("editionColumn").asString()).isEqualTo("edition");
        assertThat(lines.get(1).get("values").get(1).asString()).isEqualTo(PRO);
        assertThat(lines.get(1).get("row").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("editionMatch").asBoolean()).isFalse();
        assertThat(lines.get(3).get("duplicateCount").asInt()).isEqualTo(2);
        assertThat(lines.get(3).get("firstRow").asInt()).isEqualTo(2);
        JsonNode summary = lines.get(4);
        assertThat(summary.get("complete").asBoolean()).isTrue();
        assertThat(summary.get("duplicates").get("groups").get(0).get("rows").toString()).isEqualTo("[2,4]");
        assertThat(summary.get("editionMismatches").get("count").asInt()).isEqualTo(1);
        assertThat(response.body()).doesNotContain("\"normalizedKey\"");
    }

    static Stream<String> jsonLines() {
        return Stream.of("application/x-ndjson", "application/jsonl");
    }

    @Test
    void acceptJsonGivesTheSummaryAlone() {
        HttpResponse<String> response = audit("productKey\n" + PRO + "\n" + Inventories.KMS_PRO + "\n",
                "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("type").asString()).isEqualTo("summary");
        assertThat(summary.get("rows").asInt()).isEqualTo(2);
        assertThat(summary.get("publishedKeys").get(0).get("knownAs").asString()).isEqualTo("KMS_CLIENT");
        assertThat(response.body()).doesNotContain(PRO);
    }

    @Test
    void theCharsetOfTheContentTypeIsUsedAndParametersNameColumnsAndMaskKeys() {
        byte[] file = ("番号;x\tシリアル\t版\n1\t" + PRO + "\tホーム\n").getBytes(InventoryEncoding.CP932);
        HttpResponse<String> response = audit(file, "text/csv; charset=Shift_JIS", "application/json",
                "?keyColumn=%E3%82%B7%E3%83%AA%E3%82%A2%E3%83%AB&editionColumn=3&delimiter=tab&maskKeys=true");
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("input").get("charset").asString()).isEqualTo("windows-31j");
        assertThat(summary.get("input").get("keyColumn").asString()).isEqualTo("シリアル");
        assertThat(summary.get("input").get("editionColumn").asString()).isEqualTo("版");
        assertThat(summary.get("editionMismatches").get("rows").get(0).get("rowEdition").asString()).isEqualTo("ホーム");
    }

    static Stream<Arguments> brokenFiles() {
        String header = "asset,productKey\n";
        String good = "PC-1," + PRO + "\n";
        return Stream.of(
                Arguments.of("no key column", "asset,host\nPC-1,x\n".getBytes(StandardCharsets.UTF_8),
                        "NO_KEY_COLUMN", 1),
                Arguments.of("a broken quote", (header + good + "PC-2,\"" + HOME + "\n").getBytes(StandardCharsets.UTF_8),
                        "UNCLOSED_QUOTE", 3),
                Arguments.of("a row with 10,000 columns", (header + good + good + "PC-3" + ",x".repeat(9_999) + "\n")
                        .getBytes(StandardCharsets.UTF_8), "TOO_MANY_COLUMNS", 4),
                Arguments.of("an empty file", new byte[0], "EMPTY_FILE", 1),
                Arguments.of("undecodable bytes", concat((header + good + "PC-2,").getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0x82, (byte) 0xA0, (byte) 0xFF, '\n'}), "UNDECODABLE_BYTES", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileGetsAProblemNamingItsLine(String what, byte[] file, String reason, int line) {
        HttpResponse<String> response = audit(file, "text/csv", "text/csv", "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_CSV");
        assertThat(problem.get("reason").asString()).isEqualTo(reason);
        assertThat(problem.get("line").asInt()).isEqualTo(line);
        assertThat(problem.get("detail").asString()).containsIgnoringCase("line " + line);
        assertThat(response.body()).doesNotContain(PRO).doesNotContain(HOME);
    }

    @Test
    void a50MbUploadIsOverTheLimitAndRefusedWith413BeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /keys/audit HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 52428800"
                    + "\r\nAccept-Language: en\r\n\r\nproductKey\n" + PRO + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // Read up to the end of the problem's JSON: the service does not wait for the rest of the upload.
            InputStream in = socket.getInputStream();
            StringBuilder read = new StringBuilder();
            for (int b; !read.toString().endsWith("}") && (b = in.read()) >= 0; ) {
                read.append((char) b);
            }
            String answer = read.toString();
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("\"code\":\"PAYLOAD_TOO_LARGE\"").contains("33554432");
        }
    }

    @Test
    void theOtherEndpointsKeepTheir1MbLimit() {
        HttpResponse<String> response = api.post("/keys/validate", "{\"productKey\":\"" + "B".repeat(2 << 20) + "\"}",
                "en");
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void rowsGoOutWhileRowsAreStillComingIn() throws Exception {
        try (ChunkedUpload upload = new ChunkedUpload(port, "/keys/audit", "text/csv", "text/csv")) {
            upload.send("asset,productKey\n".getBytes(StandardCharsets.UTF_8));
            upload.send(rows(0, 2_000));
            // The first half is answered before the second half has been sent.
            assertThat(upload.awaitReceived("PC-1500,", 30)).as("rows of the first half came back").isTrue();
            assertThat(upload.receivedSoFar()).startsWith("HTTP/1.1 200").doesNotContain("PC-2500,")
                    .doesNotContain("#summary");
            upload.send(rows(2_000, 4_000));
            String answer = upload.finish();
            assertThat(answer).contains("PC-3999,").contains("#summary,rows,4000").contains("#summary,complete,true");
        }
    }

    @Test
    void aChunkedUploadThatGrowsPastTheLimitEndsTheStartedReportWithTheError() throws Exception {
        byte[] wideRows = wide();
        try (ChunkedUpload upload = new ChunkedUpload(port, "/keys/audit", "text/csv", "application/x-ndjson")) {
            upload.send("asset,productKey,note\n".getBytes(StandardCharsets.UTF_8));
            try {
                for (long sent = 0; sent <= 32L << 20; sent += wideRows.length) {
                    upload.send(wideRows);
                }
            } catch (java.io.IOException closedByTheService) {
                // The service stops reading at the limit; what it answered is what counts.
            }
            assertThat(upload.finish()).startsWith("HTTP/1.1 200");
            List<String> lines = upload.body().lines().toList();
            JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
            assertThat(summary.get("complete").asBoolean()).isFalse();
            assertThat(summary.get("error").get("reason").asString()).isEqualTo("FILE_TOO_LARGE");
            assertThat(summary.get("error").get("line").asLong()).isGreaterThan(1000);
        }
    }

    @Test
    void notCsvIs415AndAClientThatTakesNoReportFormIs406() {
        assertThat(audit("productKey\n" + PRO, "application/xml").statusCode()).isEqualTo(406);
        HttpResponse<String> json = audit(("{\"productKey\":\"" + PRO + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", "*/*", "");
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void filesAndRowsAreCountedByOutcomeWithoutAKeyInAnyLabel() {
        audit("productKey\n" + PRO + "\n" + Inventories.GENERIC_PRO + "\n", "text/csv");
        audit("asset\nPC-1\n", "text/csv");
        String scrape = new HttpTestClient(managementPort).get("/actuator/prometheus", "en").body();
        assertThat(scrape)
                .containsPattern("licensetriage_audit_files_total\\{application=\"license-triage\",outcome=\"complete\","
                        + "reason=\"none\"} [1-9]")
                .containsPattern("licensetriage_audit_files_total\\{application=\"license-triage\",outcome=\"refused\","
                        + "reason=\"no_key_column\"} [1-9]")
                .containsPattern("licensetriage_audit_rows_total\\{application=\"license-triage\",outcome=\"valid\"} [1-9]")
                .containsPattern("licensetriage_audit_rows_total\\{application=\"license-triage\",outcome=\"generic_key\"} [1-9]")
                .doesNotContain(PRO).doesNotContain(PRO.replace("-", ""));
    }

    private static byte[] rows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i < to; i++) {
            rows.append("PC-").append(i).append(',').append(i % 2 == 0 ? PRO : HOME).append('\n');
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 1,000 rows with a 4,000-character note each: 32 MB in about 8 such pieces. */
    private static byte[] wide() {
        StringBuilder rows = new StringBuilder();
        String note = "n".repeat(4_000);
        for (int i = 0; i < 1_000; i++) {
            rows.append("PC-").append(i).append(',').append(PRO).append(',').append(note).append('\n');
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
