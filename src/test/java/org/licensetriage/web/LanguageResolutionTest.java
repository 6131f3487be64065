package org.licensetriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.licensetriage.i18n.Language;

class LanguageResolutionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null|null|EN", "null|ja|JA", "null|ja-JP,ja;q=0.9,en;q=0.8|JA", "null|en-US,ja;q=0.5|EN",
            "null|fr-FR,ja;q=0.3|JA", "null|fr, de|EN", "null|*|EN", "ja|en|JA", "en|ja|EN", "xx|ja|JA",
            "null|-|EN", "null|-,|EN", "null|--|EN", "null|;q=1|EN", "null|ja;q=x|EN", "null|,,,|EN"})
    void choosesTheLanguageAndNeverFailsOnAMalformedHeader(String lang, String acceptLanguage, Language expected) {
        assertThat(LanguageResolution.resolve(lang, acceptLanguage)).isEqualTo(expected);
    }
}
