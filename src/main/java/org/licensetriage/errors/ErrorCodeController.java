package org.licensetriage.errors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /errors/{code}} and {@code GET /errors?q=}: the knowledge base over HTTP, served from memory. */
@RestController
@RequestMapping(path = "/errors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "errors")
class ErrorCodeController {

    // Entries change only with a new knowledge-base version, which changes the ETag.
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final KnowledgeBase knowledgeBase;
    private final ErrorLookupMetrics metrics;

    ErrorCodeController(KnowledgeBase knowledgeBase, ErrorLookupMetrics metrics) {
        this.knowledgeBase = knowledgeBase;
        this.metrics = metrics;
    }

    @Operation(summary = "What an activation error means and how to fix it",
            description = """
                    The knowledge-base entry of one code: meaning, the on-screen messages in both languages, causes, ordered resolution steps with the commands to type, escalation, related codes and the decoded HRESULT. Served from memory with an ETag of the knowledge-base version (send If-None-Match for 304).""",
            responses = @ApiResponse(responseCode = "200", description = "The entry", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorEntryResponse.class),
                    examples = @ExampleObject(name = "0xC004F050", ref = "#/components/examples/errors-code-en.response"))))
    @GetMapping("/{code}")
    ResponseEntity<ErrorEntryResponse> lookup(@Parameter(description = "The code in any form people paste: 0xC004F050, OxC004F050 (a letter O),"
            + " C004F050, c004f050, -1073418160 (signed decimal) or 3221549136", example = "0xC004F050")
            @PathVariable String code, Language language) {
        ErrorCode parsed = ErrorCode.parse(code).orElse(null);
        if (parsed == null) {
            metrics.malformed();
            throw new MalformedErrorCodeException(code, knowledgeBase.lookAlikeRepair(code));
        }
        KnowledgeEntry entry = knowledgeBase.find(parsed).orElse(null);
        if (entry == null) {
            metrics.notFound();
            throw new UnknownErrorCodeException(parsed, knowledgeBase.symbolicNames(parsed), knowledgeBase.kind(parsed),
                    knowledgeBase.oneDigitAway(parsed));
        }
        metrics.found(entry.category());
        return ResponseEntity.ok().eTag(etag(language)).cacheControl(CACHING)
                .body(ErrorEntryResponse.of(entry, knowledgeBase.contact(entry.escalation().contact()), language));
    }

    @Operation(summary = "Search the knowledge base",
            description = """
                    Over codes (also partial: `f050`), symbolic names, titles, on-screen messages, causes and summaries, in Japanese and English; Japanese needs no spaces ("ライセンス認証できません"). Paste a whole dialog: a code in it decides the ranking. Ranked by `score`: 1 for the best match, the others relative to it; a blank query lists the category.""",
            responses = @ApiResponse(responseCode = "200", description = "The best matches", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ErrorSearchResponse.class),
                    examples = @ExampleObject(name = "japanese", ref = "#/components/examples/errors-search-ja.response"))))
    @GetMapping
    ResponseEntity<ErrorSearchResponse> search(
            @Parameter(description = "Words, a phrase, a pasted message or part of a code", example = "KMS に接続できない")
            @RequestParam(defaultValue = "") @Size(max = ErrorSearch.MAX_QUERY_LENGTH) String q,
            @RequestParam(required = false) @Nullable ErrorCategory category,
            @Parameter(description = "How many items to return") @RequestParam(defaultValue = "20") @Min(1) @Max(200)
            int limit, Language language) {
        return ResponseEntity.ok().eTag(etag(language)).cacheControl(CACHING)
                .body(ErrorSearchResponse.of(knowledgeBase.search(q, category), limit, language));
    }

    private String etag(Language language) {
        return "\"kb-" + knowledgeBase.version() + "-" + language.tag() + "\"";
    }
}
