package org.licensetriage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.licensetriage.audit.AuditProperties;
import org.licensetriage.i18n.Language;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take the request's {@link Language} and makes validation messages follow it. */
@Configuration(proxyBeanMethods = false)
// Declared here as well as scanned, so that controller slice tests get the web layer's limits too.
@EnableConfigurationProperties({WebProperties.class, AuditProperties.class})
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LanguageArgumentResolver());
    }

    /** Same choice as the filter, so Bean Validation messages come in the answer's language. */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return LanguageResolution.of(request).locale();
            }

            @Override
            public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                    @Nullable Locale locale) {
                throw new UnsupportedOperationException("the language follows each request");
            }
        };
    }

    private static final class LanguageArgumentResolver implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Language.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
            return LanguageResolution.of(webRequest.getNativeRequest(HttpServletRequest.class));
        }
    }
}
