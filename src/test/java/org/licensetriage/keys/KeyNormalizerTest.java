package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What people paste becomes the 25 characters of the key, and non-ASCII on the way is noticed. */
class KeyNormalizerTest {

    private static final String KEY = "VK7JGNPHTMC97JM9MPGT3V66T";

    static Stream<Arguments> pasted() {
        return Stream.of(
                Arguments.of("VK7JG-NPHTM-C97JM-9MPGT-3V66T", false),
                Arguments.of("vk7jg-nphtm-c97jm-9mpgt-3v66t", false),
                Arguments.of("  VK7JG NPHTM\tC97JM\n9MPGT\r\n3V66T  ", false),
                Arguments.of("ＶＫ７ＪＧ－ＮＰＨＴＭ－Ｃ９７ＪＭ－９ＭＰＧＴ－３Ｖ６６Ｔ", true),
                Arguments.of("ｖｋ７ｊｇーｎｐｈｔｍーｃ９７ｊｍー９ｍｐｇｔー３ｖ６６ｔ", true),
                Arguments.of("VK7JG\u00A0NPHTM\u3000C97JM\u200B9MPGT\uFEFF3V66T", true),
                Arguments.of("VK7JG\u2010NPHTM\u2011C97JM\u2012\u20139MPGT\u2014\u20153V66T", true),
                Arguments.of("VK7JG\u2212NPHTM\uFF0DC97JM\u30FC9MPGT\uFF703V66T", true));
    }

    @ParameterizedTest
    @MethodSource("pasted")
    void separatorsWidthAndCaseAreNormalisedAway(String input, boolean nonAscii) {
        NormalizedKey key = KeyNormalizer.normalize(input);

        assertThat(key.value()).isEqualTo(KEY);
        assertThat(key.length()).isEqualTo(25);
        assertThat(key.nonAsciiNormalised()).isEqualTo(nonAscii);
    }

    @Test
    void nonAsciiThatCannotBeFoldedStaysAndIsNotReportedAsFolded() {
        NormalizedKey key = KeyNormalizer.normalize("VK7JG😀");

        assertThat(key.length()).isEqualTo(6);
        assertThat(key.at(5)).isEqualTo(0x1F600);
        assertThat(key.nonAsciiNormalised()).isFalse();
    }

    @Test
    void aLoneSurrogateIsKeptAsOneCodePoint() {
        NormalizedKey key = KeyNormalizer.normalize("AB\uD800C");

        assertThat(key.codePoints()).containsExactly('A', 'B', 0xD800, 'C');
    }

    @Test
    void theAnalysisShowsTheNormalisedKeyInGroupsAndReportsFolding() {
        KeyAnalysis analysis = KeyFixtures.analyser().analyse("ｖｋ７ｊｇ—ｎｐｈｔｍ ｃ９７ｊｍ ９ｍｐｇｔ ３ｖ６６ｔ", null);

        assertThat(analysis.normalizedKey()).isEqualTo("VK7JG-NPHTM-C97JM-9MPGT-3V66T");
        assertThat(analysis.findings()).extracting(Finding::code).contains(FindingCode.NON_ASCII_INPUT);
        assertThat(analysis.valid()).isTrue();
    }
}
