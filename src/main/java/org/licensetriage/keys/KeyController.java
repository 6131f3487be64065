package org.licensetriage.keys;

import jakarta.validation.Valid;
import org.licensetriage.i18n.Language;
import org.licensetriage.input.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /keys/validate} and its batch form: the key analyser over HTTP. */
@RestController
@RequestMapping(path = "/keys", produces = MediaType.APPLICATION_JSON_VALUE, consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "keys")
class KeyController {

    private static final Logger log = LoggerFactory.getLogger(KeyController.class);

    private final KeyAnalyser analyser;
    private final KeyValidationMetrics metrics;

    KeyController(KeyAnalyser analyser, KeyValidationMetrics metrics) {
        this.analyser = analyser;
        this.metrics = metrics;
    }

    @Operation(summary = "Check a product key offline",
            description = """
                    Format, alphabet, the checksum Windows 8+ keys carry, look-alike characters (0/O, 1/I/l, B/8, S/5), full-width input, published generic and KMS client keys, and the edition and channel the key belongs to. Any key within the limits (non-blank, at most 200 characters) gets 200: the verdict is in the body. `suggestions` lists ranked one-character repairs; offer one as "did you mean" only when `suggestionUnique` is true. Nothing is sent anywhere; the key is never logged.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = KeyValidationRequest.class), examples = {
                            @ExampleObject(name = "typo", summary = "A key read out with one look-alike slip",
                                    ref = "#/components/examples/keys-validate-typo.request"),
                            @ExampleObject(name = "generic", summary = "The Pro generic key on a Home PC (Japanese)",
                                    ref = "#/components/examples/keys-validate-generic-ja.request")})),
            responses = @ApiResponse(responseCode = "200", description = "The analysis of the key", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = KeyValidationResponse.class), examples = {
                            @ExampleObject(name = "typo", ref = "#/components/examples/keys-validate-typo.response"),
                            @ExampleObject(name = "generic",
                                    ref = "#/components/examples/keys-validate-generic-ja.response")})))
    @PostMapping("/validate")
    KeyValidationResponse validate(@RequestBody KeyValidationRequest request, Language language) {
        request.check(new TextInput(), "").check();
        return KeyValidationResponse.of(analyse(request), language);
    }

    @Operation(summary = "Check up to 1,000 keys at once",
            description = "For licence-inventory audits: 1 to 1,000 items, answered in the same order, each as"
                    + " POST /keys/validate would. More items is a 400 naming `items`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = KeyBatchRequest.class), examples = @ExampleObject(
                            name = "audit", ref = "#/components/examples/keys-validate-batch.request"))),
            responses = @ApiResponse(responseCode = "200", description = "One result per item", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = KeyBatchResponse.class),
                    examples = @ExampleObject(name = "audit",
                            ref = "#/components/examples/keys-validate-batch.response"))))
    @PostMapping("/validate/batch")
    KeyBatchResponse validateBatch(@Valid @RequestBody KeyBatchRequest request, Language language) {
        TextInput input = new TextInput();
        for (int i = 0; i < request.items().size(); i++) {
            request.items().get(i).check(input, "items[" + i + "].");
        }
        input.check();
        return new KeyBatchResponse(request.items().stream()
                .map(item -> KeyValidationResponse.of(analyse(item), language)).toList());
    }

    private KeyAnalysis analyse(KeyValidationRequest request) {
        KeyAnalysis analysis = analyser.analyse(request.productKey(), request.installedEdition());
        metrics.record(analysis);
        // Only the masked key may ever be logged: the whole key is the customer's secret.
        log.debug("Validated {}: {} {} valid={}", analysis.maskedKey(), analysis.format(), analysis.checksum(),
                analysis.valid());
        return analysis;
    }
}
