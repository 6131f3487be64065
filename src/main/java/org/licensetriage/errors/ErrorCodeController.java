package org.licensetriage.errors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;
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
class ErrorCodeController {

    // Entries change only with a new knowledge-base version, which changes the ETag.
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final KnowledgeBase knowledgeBase;
    private final ErrorLookupMetrics metrics;

    ErrorCodeController(KnowledgeBase knowledgeBase, ErrorLookupMetrics metrics) {
        this.knowledgeBase = knowledgeBase;
        this.metrics = metrics;
    }

    @GetMapping("/{code}")
    ResponseEntity<ErrorEntryResponse> lookup(@PathVariable String code, Language language) {
        ErrorCode parsed = ErrorCode.parse(code).orElse(null);
        if (parsed == null) {
            metrics.malformed();
            throw new MalformedErrorCodeException(code, knowledgeBase.lookAlikeRepair(code));
        }
        KnowledgeEntry entry = knowledgeBase.find(parsed).orElse(null);
        if (entry == null) {
            metrics.notFound();
            throw new UnknownErrorCodeException(parsed, knowledgeBase.oneDigitAway(parsed));
        }
        metrics.found(entry.category());
        return ResponseEntity.ok().eTag(etag(language)).cacheControl(CACHING)
                .body(ErrorEntryResponse.of(entry, language));
    }

    @GetMapping
    ResponseEntity<ErrorSearchResponse> search(@RequestParam(defaultValue = "") @Size(max = 200) String q,
            @RequestParam(required = false) @Nullable ErrorCategory category,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, Language language) {
        return ResponseEntity.ok().eTag(etag(language)).cacheControl(CACHING)
                .body(ErrorSearchResponse.of(knowledgeBase.search(q, category), limit, language));
    }

    private String etag(Language language) {
        return "\"kb-" + knowledgeBase.version() + "-" + language.tag() + "\"";
    }
}
