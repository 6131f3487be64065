package org.licensetriage.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.licensetriage.i18n.Language;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for what the container refuses before any application code runs (an encoded
 * slash in the path, a malformed request line): the same problem+json as every other error, written by the
 * same mapper, instead of Tomcat's HTML page that names the server.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        ProblemCode code = ProblemCode.forStatus(status);
        // No query parameters: the request may be one Tomcat could not parse.
        Language language = LanguageResolution.resolve(null, request.getHeader("Accept-Language"));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(code.status(),
                FrameworkProblemTexts.detail(code, new Exception()).in(language));
        problem.setStatus(status);
        problem.setType(code.type());
        problem.setTitle(code.title().in(language));
        problem.setProperty("code", code.name());
        try {
            String body = json.writeValueAsString(problem);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", language.tag());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException | JacksonException e) {
            // The connection is gone or the response already started: nothing more can be sent.
        }
    }
}
