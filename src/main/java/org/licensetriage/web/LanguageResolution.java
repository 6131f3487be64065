package org.licensetriage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;

/**
 * Chooses the answer's language: the {@code lang} query parameter if it names one we have, else the
 * first {@code Accept-Language} range (by weight) that is Japanese or English, else English.
 */
final class LanguageResolution {

    static final String ATTRIBUTE = LanguageResolution.class.getName() + ".language";
    // Accept-Language headers beyond this are not from a browser or portal; read no further.
    private static final int MAX_HEADER_LENGTH = 512;

    private LanguageResolution() {
    }

    static Language of(HttpServletRequest request) {
        Object resolved = request.getAttribute(ATTRIBUTE);
        if (resolved instanceof Language language) {
            return language;
        }
        Language language = resolve(request.getParameter("lang"), request.getHeader("Accept-Language"));
        request.setAttribute(ATTRIBUTE, language);
        return language;
    }

    static Language resolve(@Nullable String langParameter, @Nullable String acceptLanguage) {
        Language fromParameter = fromTag(langParameter);
        if (fromParameter != null) {
            return fromParameter;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return Language.EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Language language = fromTag(range.getRange());
                if (language != null) {
                    return language;
                }
            }
        } catch (RuntimeException malformedHeader) {
            // A header we cannot parse is no reason to refuse the request: answer in the fallback. The JDK's
            // parser throws more than IllegalArgumentException (a lone "-" gives an index out of bounds).
        }
        return Language.EN;
    }

    private static @Nullable Language fromTag(@Nullable String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        primary = dash < 0 ? primary : primary.substring(0, dash);
        for (Language language : List.of(Language.values())) {
            if (language.tag().equals(primary)) {
                return language;
            }
        }
        return null;
    }
}
