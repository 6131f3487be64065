package org.licensetriage.i18n;

/** A text written in both languages of the service. */
public record LocalizedText(String en, String ja) {

    public String in(Language language) {
        return language == Language.JA ? ja : en;
    }

    /** This text followed by more, in each language. */
    public LocalizedText append(String moreEn, String moreJa) {
        return new LocalizedText(en + moreEn, ja + moreJa);
    }

    public boolean complete() {
        return en != null && !en.isBlank() && ja != null && !ja.isBlank();
    }

}
