package org.licensetriage.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers what reaches the servlet container's error page (failures outside Spring MVC, such as a filter
 * or the container refusing a request) with problem+json instead of Boot's default error body.
 */
// Not part of the API: the servlet container forwards here; hidden from the OpenAPI document.
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        ProblemCode problemCode = ProblemCode.forStatus(code);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        PayloadTooLargeException tooLarge = failure == null ? null : tooLargeCause(failure);
        if (tooLarge != null) {
            return ProblemDetailsAdvice.answer(RequestBodyLimitFilter.tooLarge(request, tooLarge.limit()));
        }
        ProblemDetail problem = Problems.of(problemCode, request,
                FrameworkProblemTexts.detail(problemCode, failure instanceof Exception e ? e : new Exception()));
        problem.setStatus(code >= 400 && code < 600 ? code : problemCode.status().value());
        return ProblemDetailsAdvice.answer(problem);
    }

    private static @Nullable PayloadTooLargeException tooLargeCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
