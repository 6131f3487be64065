package org.licensetriage.diagnosis;

import org.licensetriage.i18n.Language;
import org.licensetriage.reply.ReplyWriter;
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

/** {@code POST /diagnoses}: the diagnosis service over HTTP. */
@RestController
@RequestMapping(path = "/diagnoses", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "diagnoses")
class DiagnosisController {

    private final DiagnosisService service;
    private final DiagnosisMetrics metrics;
    private final ReplyWriter replies;

    DiagnosisController(DiagnosisService service, DiagnosisMetrics metrics, ReplyWriter replies) {
        this.service = service;
        this.metrics = metrics;
        this.replies = replies;
    }

    @Operation(summary = "Rank the causes of an activation failure",
            description = """
                    From an error code, a pasted dialog text, `slmgr /dli` `/dlv` `/xpr` output (English or Japanese Windows) or the customer's own words, a product key, and what the agent knows: the causes ranked by confidence (0-1, summing to at most 1) with the evidence for each and its fix, the questions whose answer would move the ranking (re-post with `facts.<fact>` set to one of `answers[].value`), and whether to escalate. Give at least one of `errorCode`, `message` (up to 20,000 characters) and `productKey`. With `replyLanguage` (`ja`, `en`) or `replyFormat` (`text`, `markdown`), the answer also holds `reply`: a subject and body to send to the customer, in the customer's language, with steps written for the customer and the key only masked. The same input always gives the same answer; a key read from the message is echoed only masked.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DiagnosisRequest.class), examples = {
                            @ExampleObject(name = "slmgr-ja", summary = "A Japanese slmgr /dli paste",
                                    ref = "#/components/examples/diagnoses-slmgr-ja.request"),
                            @ExampleObject(name = "kms", summary = "0xC004F074 with a KMS client key",
                                    ref = "#/components/examples/diagnoses-kms-question.request"),
                            @ExampleObject(name = "reply-ja", summary = "A mistyped key, with a reply to the customer in"
                                    + " Japanese", ref = "#/components/examples/diagnoses-reply-ja.request")})),
            responses = @ApiResponse(responseCode = "200", description = "The diagnosis", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DiagnosisResponse.class), examples = {
                            @ExampleObject(name = "slmgr-ja", ref = "#/components/examples/diagnoses-slmgr-ja.response"),
                            @ExampleObject(name = "kms",
                                    ref = "#/components/examples/diagnoses-kms-question.response"),
                            @ExampleObject(name = "reply-ja",
                                    ref = "#/components/examples/diagnoses-reply-ja.response")})))
    @PostMapping
    DiagnosisResponse diagnose(@RequestBody DiagnosisRequest request, Language language) {
        Diagnosis diagnosis = metrics.record(() -> service.diagnose(request.toInput()));
        DiagnosisResponse response = DiagnosisResponse.of(diagnosis, language);
        return request.wantsReply() ? response.withReply(replies.write(DiagnosisReplies.ticket(diagnosis,
                request.installedEdition()), request.replyLanguageOr(language), request.replyFormatOrText())) : response;
    }
}
