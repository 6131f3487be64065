package org.licensetriage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.audit.InventoryFileException;
import org.licensetriage.audit.InventoryProblem;
import org.licensetriage.diagnosis.NothingToDiagnoseException;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.MalformedErrorCodeException;
import org.licensetriage.errors.UnknownErrorCodeException;
import org.licensetriage.i18n.Language;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.input.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every exception, the framework's and the domain's, to an RFC 9457 answer with a stable
 * {@code code}. Texts follow the request's language; no answer carries a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(MalformedErrorCodeException.class)
    ResponseEntity<Object> malformedCode(MalformedErrorCodeException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(ProblemCode.MALFORMED_ERROR_CODE, request, new LocalizedText(
                "Give the code as hex (0xC004F050 or C004F050) or as a decimal number (-1073418160 or 3221549136).",
                "エラー コードは 16 進数 (0xC004F050 または C004F050) か 10 進数 (-1073418160 または 3221549136) で指定してください。"));
        problem.setProperty("didYouMean", hex(e.didYouMean()));
        return answer(problem);
    }

    @ExceptionHandler(UnknownErrorCodeException.class)
    ResponseEntity<Object> unknownCode(UnknownErrorCodeException e, HttpServletRequest request) {
        // the code as err.exe would name it: "0x80070424 (ERROR_SERVICE_DOES_NOT_EXIST)"
        String code = e.code().hex() + (e.symbolicNames().isEmpty() ? ""
                : " (" + String.join(", ", e.symbolicNames()) + ")");
        ProblemDetail problem = Problems.of(ProblemCode.UNKNOWN_ERROR_CODE, request, e.didYouMean().isEmpty()
                ? new LocalizedText(code + " is a well-formed code, but the knowledge base has no entry for it.",
                        code + " はエラー コードの形式としては正しいものの、ナレッジ ベースに登録がありません。")
                : new LocalizedText(code + " is not in the knowledge base; check the digits: did you mean "
                        + String.join(" or ", hex(e.didYouMean())) + "?",
                        code + " はナレッジ ベースにありません。数字を読み間違えていないか確認してください (候補: "
                        + String.join("、", hex(e.didYouMean())) + ")。"));
        problem.setProperty("hresult", e.code().decode());
        problem.setProperty("symbolicNames", e.symbolicNames());
        problem.setProperty("kind", e.kind());
        problem.setProperty("meaning", e.kind().meaning().in(LanguageResolution.of(request)));
        problem.setProperty("didYouMean", hex(e.didYouMean()));
        return answer(problem);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request) {
        Language language = LanguageResolution.of(request);
        return invalid(e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message().in(language))).toList(), request);
    }

    /** A file POST /keys/audit cannot read: the reason and the line, 413 for one over the size limit. */
    @ExceptionHandler(InventoryFileException.class)
    ResponseEntity<Object> inventoryFile(InventoryFileException e, HttpServletRequest request) {
        boolean tooLarge = e.problem() == InventoryProblem.FILE_TOO_LARGE;
        ProblemDetail problem = Problems.of(tooLarge ? ProblemCode.PAYLOAD_TOO_LARGE : ProblemCode.INVALID_CSV,
                request, e.detail());
        problem.setProperty("reason", e.problem().name());
        if (e.line() > 0) {
            problem.setProperty("line", e.line());
        }
        return answer(problem);
    }

    @ExceptionHandler(NothingToDiagnoseException.class)
    ResponseEntity<Object> nothingToDiagnose(NothingToDiagnoseException e, HttpServletRequest request) {
        List<Map<String, String>> errors = NothingToDiagnoseException.FIELDS.stream()
                .map(field -> Map.of("field", field, "message", "one of errorCode, message or productKey is required"))
                .toList();
        return invalid(errors, request, new LocalizedText(
                "Give at least one of errorCode, message or productKey.",
                "errorCode、message、productKey のうち少なくとも 1 つを指定してください。"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(Problems.of(ProblemCode.INTERNAL_ERROR, request, new LocalizedText(
                "The service failed to answer this request. It has been logged; please try again later.",
                "サービス側の問題で応答できませんでした。記録済みです。しばらくしてから再度お試しください。")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", error.getField(), "message", message(error, request)));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(Map.of("field", error.getObjectName(), "message", message(error, request))));
        return invalid(errors, servlet(request));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", message(error, request)))));
        return invalid(errors, servlet(request));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(e.getPropertyName());
        Class<?> type = e.getRequiredType();
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", field);
        if (type != null && type.isEnum()) {
            error.put("message", "must be one of: " + String.join(", ", constants(type)));
            error.put("allowedValues", constants(type));
            return invalid(List.of(error), servlet(request), allowed(type, field));
        }
        error.put("message", "has the wrong type");
        return invalid(List.of(error), servlet(request));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servlet(request);
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return answer(RequestBodyLimitFilter.tooLarge(servletRequest, tooLarge.limit()));
        }
        if (e.getCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = path(invalid);
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", field);
            error.put("message", "must be one of: " + String.join(", ", constants(invalid.getTargetType())));
            error.put("allowedValues", constants(invalid.getTargetType()));
            return invalid(List.of(error), servletRequest, allowed(invalid.getTargetType(), field));
        }
        if (e.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return invalid(List.of(Map.of("field", field, "message", "has the wrong JSON type")), servletRequest,
                    new LocalizedText("The field '" + field + "' has the wrong JSON type.",
                            "フィールド「" + field + "」の JSON の型が正しくありません。"));
        }
        if (e.getCause() instanceof StreamConstraintsException) {
            return answer(Problems.of(ProblemCode.INVALID_REQUEST, servletRequest, new LocalizedText(
                    "The request body goes beyond a limit of this API (nesting depth, length of a string, number or"
                            + " field name).",
                    "リクエスト本文がこの API の上限 (入れ子の深さ、文字列・数値・項目名の長さ) を超えています。")));
        }
        String where = e.getCause() instanceof StreamReadException read && read.getLocation() != null
                ? " (line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")"
                : "";
        String whereJa = where.isEmpty() ? "" : where.replace("line", "行").replace("column", "列");
        return answer(Problems.of(ProblemCode.MALFORMED_JSON, servletRequest, new LocalizedText(
                "The request body could not be read as JSON of the expected shape" + where + ".",
                "リクエスト本文を想定した形の JSON として読み取れませんでした" + whereJa + "。")));
    }

    /** Every other framework answer (404, 405, 406, 415, …) keeps its status and gets our body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemCode code = ProblemCode.forStatus(status.value());
        HttpServletRequest servletRequest = servlet(request);
        ProblemDetail problem = Problems.of(code, servletRequest, FrameworkProblemTexts.detail(code, e));
        HttpHeaders kept = new HttpHeaders();
        kept.addAll(headers);
        kept.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(kept).body(problem);
    }

    private ResponseEntity<Object> invalid(List<? extends Map<String, ?>> errors, HttpServletRequest request) {
        String fields = String.join(", ", errors.stream().map(e -> String.valueOf(e.get("field"))).distinct().toList());
        return invalid(errors, request, new LocalizedText("Invalid value for: " + fields + ".",
                "次の項目の値が正しくありません: " + fields + "。"));
    }

    private ResponseEntity<Object> invalid(List<? extends Map<String, ?>> errors, HttpServletRequest request,
            LocalizedText detail) {
        ProblemDetail problem = Problems.of(ProblemCode.INVALID_REQUEST, request, detail);
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String message(MessageSourceResolvable error, WebRequest request) {
        var source = getMessageSource();
        if (source == null) {
            return String.valueOf(error.getDefaultMessage());
        }
        return source.getMessage(error, LanguageResolution.of(servlet(request)).locale());
    }

    private static LocalizedText allowed(Class<?> enumType, String field) {
        String values = String.join(", ", constants(enumType));
        return new LocalizedText("'" + field + "' must be one of: " + values + ".",
                "「" + field + "」には次のいずれかを指定してください: " + values + "。");
    }

    private static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).toList();
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static List<String> hex(List<ErrorCode> codes) {
        return codes.stream().map(ErrorCode::hex).toList();
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static <T extends Throwable> @Nullable T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
