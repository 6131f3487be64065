package org.licensetriage.i18n;

import java.util.Locale;

/** The languages every text of the service exists in; English is the fallback. */
public enum Language {
    EN("en"),
    JA("ja");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Japanese for any {@code ja} locale, English for everything else. */
    public static Language of(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? JA : EN;
    }
}
