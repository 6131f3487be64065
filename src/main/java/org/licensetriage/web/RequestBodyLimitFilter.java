package org.licensetriage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.licensetriage.audit.AuditProperties;
import org.licensetriage.audit.InventoryAuditController;
import org.licensetriage.i18n.LocalizedText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies over the limit with 413: at once when {@code Content-Length} says so, and while
 * reading when a chunked body grows past it, so no oversized body is ever held in memory. The inventory audit
 * has its own, larger limit, and counts a chunked body itself, so that it can name the line it reached.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long auditLimit;
    private final JsonMapper json;

    RequestBodyLimitFilter(WebProperties properties, AuditProperties audit, JsonMapper json) {
        this.limit = properties.maxBodySize().toBytes();
        this.auditLimit = audit.maxBodySize().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean audit = InventoryAuditController.PATH.equals(request.getRequestURI());
        long limit = audit ? auditLimit : this.limit;
        if (request.getContentLengthLong() > limit) {
            ProblemDetail problem = tooLarge(request, limit);
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            // The client is still sending; tell it not to reuse this connection for the rest.
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(audit ? request : new LimitedRequest(request, limit), response);
    }

    static ProblemDetail tooLarge(HttpServletRequest request, long limit) {
        ProblemDetail problem = Problems.of(ProblemCode.PAYLOAD_TOO_LARGE, request, new LocalizedText(
                "The request body is larger than the limit of " + limit + " bytes.",
                "リクエスト本文が上限の " + limit + " バイトを超えています。"));
        problem.setProperty("limitBytes", limit);
        return problem;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
