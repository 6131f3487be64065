package org.licensetriage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.io.IOException;
import org.licensetriage.i18n.Language;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the language once per request and labels every answer, errors included, with it. The request's
 * own {@code getLocale()} answers with the same choice, so nothing downstream parses Accept-Language again
 * (Tomcat's parser throws on a header with more than ten ranges).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LanguageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language language = LanguageResolution.of(request);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        chain.doFilter(new ResolvedLocaleRequest(request, language.locale()), response);
    }

    private static final class ResolvedLocaleRequest extends HttpServletRequestWrapper {
        private final Locale locale;

        ResolvedLocaleRequest(HttpServletRequest request, Locale locale) {
            super(request);
            this.locale = locale;
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
