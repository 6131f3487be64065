package org.licensetriage.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.HResult;

/** The shape of every error answer, for the OpenAPI document only (the answers are Spring's ProblemDetail). */
@Schema(name = "Problem", description = "RFC 9457 problem details; switch on `code` (or `type`), not on the texts.")
record ProblemSchema(
        @Schema(description = "Stable URI of the kind of problem", example = "urn:license-triage:problem:invalid-request")
        String type,
        @Schema(description = "Short, localised summary of the kind of problem", example = "The request is invalid")
        String title,
        @Schema(description = "HTTP status", example = "400") int status,
        @Schema(description = "Localised explanation of this occurrence") String detail,
        @Schema(description = "The request path", example = "/keys/validate") String instance,
        @Schema(description = "Stable machine-readable code", example = "INVALID_REQUEST", allowableValues = {
                "INVALID_REQUEST", "MALFORMED_JSON", "MALFORMED_ERROR_CODE", "UNKNOWN_ERROR_CODE", "NOT_FOUND",
                "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE",
                "SERVICE_UNAVAILABLE", "INTERNAL_ERROR"})
        String code,
        @Schema(description = "INVALID_REQUEST: each field at fault") @Nullable List<InvalidField> errors,
        @Schema(description = "UNKNOWN_ERROR_CODE / MALFORMED_ERROR_CODE: known codes the input may be a misreading of")
        @Nullable List<String> didYouMean,
        @Schema(description = "UNKNOWN_ERROR_CODE: the decoded HRESULT") @Nullable HResult hresult,
        @Schema(description = "PAYLOAD_TOO_LARGE: the limit in bytes") @Nullable Long limitBytes) {

    /** A field at fault: its path (as in {@code facts.keySource} or {@code items[3].productKey}) and why. */
    record InvalidField(
            @Schema(example = "facts.keySource") String field,
            @Schema(example = "must be one of: RETAIL, OEM, VOLUME, SUBSCRIPTION, MARKETPLACE, UNKNOWN") String message,
            @Schema(description = "For enum fields: the values accepted") @Nullable List<String> allowedValues) {
    }
}
