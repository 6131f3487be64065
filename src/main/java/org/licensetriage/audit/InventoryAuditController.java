package org.licensetriage.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /keys/audit}: an inventory CSV in, the report streamed out while the file is read. The answer's
 * form follows {@code Accept}; the body is read and written here, on the request thread, row by row.
 */
@RestController
@Tag(name = "keys")
public class InventoryAuditController {

    public static final String PATH = "/keys/audit";
    static final String CSV = "text/csv";
    static final String TSV = "text/tab-separated-values";
    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    /** The answer is buffered this far: a broken file found before it is full still gets a problem answer. */
    static final int BUFFER = 32 * 1024;
    private static final List<MediaType> OFFERED = List.of(MediaType.parseMediaType(CSV),
            MediaType.parseMediaType(NDJSON), MediaType.parseMediaType(JSONL), MediaType.APPLICATION_JSON);

    private static final Logger log = LoggerFactory.getLogger(InventoryAuditController.class);

    /** The delimiter, when it should not be detected from the header line. */
    enum Delimiter { comma, tab }

    private final InventoryAudit audit;
    private final AuditMetrics metrics;
    private final JsonMapper json;

    InventoryAuditController(InventoryAudit audit, AuditMetrics metrics, JsonMapper json) {
        this.audit = audit;
        this.metrics = metrics;
        this.json = json;
    }

    @Operation(summary = "Audit an inventory of keys: a CSV in, a report streamed out", description = """
            For a licence inventory or a stock list exported from a spreadsheet: a header row, then one row per \
            key. The key column is found by its header (`productKey`, `key`, `Product Key`, `license key`, \
            `プロダクトキー`, `プロダクト キー` …; case, width and spaces do not matter) or named by `keyColumn`; \
            an edition column (`edition`, `installedEdition`, `OS`, `エディション` …) is optional. Every other \
            column is passed through untouched. UTF-8 with or without BOM, or Shift_JIS (CP932) as Japanese \
            Excel writes it: the `charset` of the Content-Type if given, else UTF-8 when the first 64 KB are \
            valid UTF-8 and CP932 otherwise. Comma or tab, detected from the header line. Quoted cells may hold \
            delimiters, quotes (doubled) and line breaks. Up to 32 MB (`licensetriage.audit.max-body-size`) and \
            500,000 rows.

            The answer is **streamed**: each row goes out as soon as it is read, so memory does not grow with the \
            file. `Accept` chooses its form:
            - `text/csv` (the default): UTF-8 with BOM, the file's columns plus `maskedKey, format, checksum, \
            valid, keyEdition, channel, knownAs, suggestion, findings, editionMatch, duplicateCount, firstRow`, then \
            a trailer of `#summary` lines (a readers' comment character), ending with `#summary,complete,true`.
            - `application/x-ndjson` or `application/jsonl`: a `header` line, one `row` line per row, the \
            `summary` line last.
            - `application/json`: the summary only (the rows are still read and analysed).

            `suggestion` is the one likely repair (only when exactly one survives, as `suggestionUnique` in \
            POST /keys/validate); like the key column, it is the caller's own key: `maskKeys=true` masks both \
            for a report to be shared. `duplicateCount` is the number of rows **so far** carrying the row's key \
            (2 or more: a repeat of `firstRow`); the summary lists every key on several rows with its rows. \
            Published generic and KMS client keys are shared by design: they are listed under `publishedKeys`, \
            not as duplicates.

            A broken file (no key column, an unclosed quote, more than 1,000 columns, undecodable bytes, empty) \
            is refused with 400 `INVALID_CSV` naming `line` and `reason`, and an oversized one with 413. The \
            answer is held back for its first 32 KB: a problem found after that can no longer change the \
            status (200 is sent), so the report then ends with an `#error` line (CSV) or `error` in the summary \
            (`complete: false`); the rows before it are in the report. A row that is a row (an empty or \
            malformed key, missing cells) never fails the file: it is reported on its row.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string", format = "binary"), examples =
                            @ExampleObject(name = "inventory", ref = "#/components/examples/keys-audit.request")),
                    @Content(mediaType = TSV, schema = @Schema(type = "string", format = "binary"))}),
            responses = @ApiResponse(responseCode = "200", description = "The report, streamed", content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string"), examples = @ExampleObject(
                            name = "inventory", ref = "#/components/examples/keys-audit.response.csv")),
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string"), examples = @ExampleObject(
                            name = "inventory", ref = "#/components/examples/keys-audit.response.jsonl")),
                    @Content(mediaType = JSONL, schema = @Schema(type = "string"), examples = @ExampleObject(
                            name = "inventory", ref = "#/components/examples/keys-audit.response.jsonl")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = AuditSummary.class), examples = @ExampleObject(
                            name = "inventory", ref = "#/components/examples/keys-audit-summary.response"))}))
    @PostMapping(path = PATH, consumes = {CSV, TSV}, produces = {CSV, NDJSON, JSONL, MediaType.APPLICATION_JSON_VALUE})
    void audit(
            @Parameter(description = "The header of the key column, or its number (1 is the first), when no header"
                    + " has a known name") @RequestParam(required = false) @Nullable String keyColumn,
            @Parameter(description = "The header (or number) of the column with the installed edition")
            @RequestParam(required = false) @Nullable String editionColumn,
            @Parameter(description = "comma or tab; detected from the header line when not given")
            @RequestParam(required = false) @Nullable Delimiter delimiter,
            @Parameter(description = "Mask the key column and the suggestion, for a report to be shared")
            @RequestParam(defaultValue = "false") boolean maskKeys,
            HttpServletRequest request, HttpServletResponse response, Language language) throws IOException {
        MediaType answer = chosen(request.getHeader(HttpHeaders.ACCEPT));
        boolean csv = answer.equalsTypeAndSubtype(OFFERED.get(0));
        response.setBufferSize(BUFFER);
        response.setContentType(answer.getType() + "/" + answer.getSubtype() + ";charset=UTF-8");
        AuditReport report = csv ? new CsvAuditReport(response.getOutputStream())
                : new JsonLinesAuditReport(response.getOutputStream(), json,
                        answer.equalsTypeAndSubtype(MediaType.APPLICATION_JSON));
        try {
            AuditOptions options = new AuditOptions(keyColumn, editionColumn, declaredCharset(request),
                    delimiter == null ? null : delimiter == Delimiter.tab ? '\t' : ',', maskKeys, language);
            AuditSummary summary = audit.run(request.getInputStream(), options, report, response::isCommitted);
            metrics.delivered(summary);
            log.info("Inventory audited: {} rows, complete={}, {} duplicate keys", summary.rows(), summary.complete(),
                    summary.duplicates().keys());
        } catch (InventoryFileException e) {
            metrics.refused(e.problem());
            clearForProblemAnswer(response);
            throw e;
        } catch (IOException | RuntimeException e) {
            clearForProblemAnswer(response);
            throw e;
        }
    }

    /** Before anything reached the client, drops what is buffered so that the problem answer replaces it. */
    private static void clearForProblemAnswer(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setContentType(null);
        }
    }

    /** The first offered form the client accepts, by quality then by the order of its Accept header. */
    private static MediaType chosen(@Nullable String accept) {
        List<MediaType> accepted;
        try {
            accepted = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            accepted = List.of(MediaType.ALL);
        }
        return accepted.stream().filter(range -> range.getQualityValue() > 0).sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .flatMap(range -> OFFERED.stream().filter(range::includes)).findFirst().orElse(OFFERED.get(0));
    }

    /** The charset parameter of the Content-Type as sent (the request's own encoding is forced to UTF-8). */
    private static @Nullable Charset declaredCharset(HttpServletRequest request) {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return null;
        }
        try {
            String charset = MediaType.parseMediaType(contentType).getParameter("charset");
            return charset == null ? null : InventoryEncoding.charset(charset.replace("\"", ""));
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
