package org.licensetriage.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.licensetriage.i18n.Language;

/**
 * Tomcat's own error page, for what the container refuses before any application code runs (an encoded
 * slash in the path, a malformed request line): the same problem+json as every other error, instead of
 * Tomcat's HTML page that names the server.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        ProblemCode code = ProblemCode.forStatus(status);
        Language language = LanguageResolution.resolve(null, request.getHeader("Accept-Language"));
        String json = "{\"type\":\"" + code.type() + "\",\"title\":\"" + escape(code.title().in(language))
                + "\",\"status\":" + status + ",\"detail\":\"" + escape(FrameworkProblemTexts.detail(code,
                new Exception()).in(language)) + "\",\"code\":\"" + code.name() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Language", language.tag());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already started: nothing more can be sent.
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
