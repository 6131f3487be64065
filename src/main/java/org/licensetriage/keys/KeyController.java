package org.licensetriage.keys;

import jakarta.validation.Valid;
import org.licensetriage.i18n.Language;
import org.licensetriage.input.TextInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /keys/validate} and its batch form: the key analyser over HTTP. */
@RestController
@RequestMapping(path = "/keys", produces = MediaType.APPLICATION_JSON_VALUE, consumes = MediaType.APPLICATION_JSON_VALUE)
class KeyController {

    private static final Logger log = LoggerFactory.getLogger(KeyController.class);

    private final KeyAnalyser analyser;
    private final KeyValidationMetrics metrics;

    KeyController(KeyAnalyser analyser, KeyValidationMetrics metrics) {
        this.analyser = analyser;
        this.metrics = metrics;
    }

    @PostMapping("/validate")
    KeyValidationResponse validate(@RequestBody KeyValidationRequest request, Language language) {
        request.check(new TextInput(), "").check();
        return KeyValidationResponse.of(analyse(request), language);
    }

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
