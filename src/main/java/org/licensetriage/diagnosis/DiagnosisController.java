package org.licensetriage.diagnosis;

import org.licensetriage.i18n.Language;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /diagnoses}: the diagnosis service over HTTP. */
@RestController
@RequestMapping(path = "/diagnoses", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
class DiagnosisController {

    private final DiagnosisService service;
    private final DiagnosisMetrics metrics;

    DiagnosisController(DiagnosisService service, DiagnosisMetrics metrics) {
        this.service = service;
        this.metrics = metrics;
    }

    @PostMapping
    DiagnosisResponse diagnose(@RequestBody DiagnosisRequest request, Language language) {
        return DiagnosisResponse.of(metrics.record(() -> service.diagnose(request.toInput())), language);
    }
}
