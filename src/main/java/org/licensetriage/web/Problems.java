package org.licensetriage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.licensetriage.i18n.Language;
import org.licensetriage.i18n.LocalizedText;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.UriUtils;

/** Builds the RFC 9457 body of every error answer, in the request's language. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ProblemCode code, HttpServletRequest request, LocalizedText detail) {
        Language language = LanguageResolution.of(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(), detail.in(language));
        problem.setType(code.type());
        problem.setTitle(code.title().in(language));
        problem.setInstance(instance(request));
        problem.setProperty("code", code.name());
        return problem;
    }

    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = original instanceof String uri ? uri : request.getRequestURI();
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            // Whatever the client sent as a path is still what it asked for: keep it, encoded.
            return URI.create(UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
