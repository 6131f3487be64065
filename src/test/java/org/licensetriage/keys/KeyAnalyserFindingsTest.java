package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Each finding code, with its severity, position and a message naming what is wrong, in both languages. */
class KeyAnalyserFindingsTest {

    private static final String PRO_GENERIC = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
    private static final Set<FindingCode> SEEN = EnumSet.noneOf(FindingCode.class);

    private static KeyAnalysis analyse(String key, String edition) {
        KeyAnalysis analysis = KeyFixtures.analyser().analyse(key, edition);
        analysis.findings().forEach(f -> {
            SEEN.add(f.code());
            assertThat(f.message().complete()).as(f.code().name()).isTrue();
        });
        return analysis;
    }

    private static Finding only(KeyAnalysis analysis, FindingCode code) {
        return analysis.findings().stream().filter(f -> f.code() == code).findFirst().orElseThrow();
    }

    @Test
    void aShortKeyHasTheWrongLength() {
        KeyAnalysis analysis = analyse("VK7JG-NPHTM-C97JM-9MPGT-3V66", null);

        assertThat(analysis.format()).isEqualTo(KeyFormat.MALFORMED);
        assertThat(analysis.checksum()).isEqualTo(ChecksumStatus.NOT_APPLICABLE);
        assertThat(analysis.valid()).isFalse();
        assertThat(only(analysis, FindingCode.WRONG_LENGTH).message().en()).contains("24 characters", "One character is missing");
        assertThat(only(analysis, FindingCode.WRONG_LENGTH).message().ja()).contains("24 文字", "1 文字足りません");
        assertThat(analysis.relatedErrors()).containsExactly("0xC004F050", "0xC004C00E");
    }

    @Test
    void anEmptyKeyIsReported() {
        KeyAnalysis analysis = analyse(" - - ", null);

        assertThat(only(analysis, FindingCode.WRONG_LENGTH).message().en()).contains("No key was entered");
        assertThat(analysis.normalizedKey()).isEmpty();
    }

    @Test
    void aLetterOIsNamedWithItsPositionGroupAndLookAlikes() {
        KeyAnalysis analysis = analyse("VK7JG-NPHTM-C97JM-9MPGT-3V66T".replace("C97", "CO7"), null);

        Finding finding = only(analysis, FindingCode.INVALID_CHARACTER);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.position()).isEqualTo(12);
        assertThat(finding.message().en()).contains("position 12 (group 3, character 2)", "the letter O",
                "misread D or Q");
        assertThat(finding.message().ja()).contains("12 文字目（3 ブロック目の 2 文字目）", "英字の「O」（オー）",
                "「D」または「Q」の見間違い");
        assertThat(analysis.relatedErrors()).contains("0xC004F050", "0xC004C010");
    }

    @Test
    void anEmojiIsAnInvalidCharacterNamedByItsCode() {
        Finding finding = only(analyse("VK7JG-NPHTM-C97JM-9MPGT-3V66😀", null), FindingCode.INVALID_CHARACTER);

        assertThat(finding.message().en()).contains("U+1F600", "half-width");
    }

    @Test
    void aKeyWithTwoNsNamesBoth() {
        Finding finding = only(analyse("VK7JG-NPHTN-C97JM-9MPGT-3V66T", null), FindingCode.MULTIPLE_N);

        assertThat(finding.position()).isEqualTo(10);
        assertThat(finding.message().en()).contains("2 Ns (positions 6, 10)");
        assertThat(finding.message().ja()).contains("6 文字目、10 文字目");
    }

    @Test
    void anNInTheLastPlaceIsImpossible() {
        KeyAnalysis analysis = analyse("BBBBB-BBBBB-BBBBB-BBBBB-BBBBN", null);

        assertThat(analysis.format()).isEqualTo(KeyFormat.MALFORMED);
        assertThat(only(analysis, FindingCode.N_IN_LAST_POSITION).position()).isEqualTo(25);
    }

    @Test
    void aKeyWithoutNThatIsNotPublishedMayHaveLostItsN() {
        KeyAnalysis analysis = analyse(PRO_GENERIC.replace("NPHTM", "MPHTM"), null);

        assertThat(analysis.format()).isEqualTo(KeyFormat.LEGACY);
        assertThat(analysis.valid()).isTrue();
        assertThat(only(analysis, FindingCode.MISSING_N).severity()).isEqualTo(Severity.WARNING);
        assertThat(analysis.suggestions()).extracting(Suggestion::productKey).containsExactly(PRO_GENERIC);
    }

    @Test
    void aLegacyKeyNearAPublishedOneIsReportedAsLegacy() {
        KeyAnalysis analysis = analyse("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD9", null);

        assertThat(analysis.format()).isEqualTo(KeyFormat.LEGACY);
        assertThat(only(analysis, FindingCode.LEGACY_KEY).severity()).isEqualTo(Severity.INFO);
        assertThat(analysis.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.productKey()).isEqualTo("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4");
            assertThat(s.reason()).isEqualTo(RepairReason.NEAR_PUBLISHED_KEY);
        });
        assertThat(analysis.key()).isNull();
    }

    @Test
    void aMistypedKeyFailsTheChecksum() {
        KeyAnalysis analysis = analyse(PRO_GENERIC.replace("C97JM", "C97JW"), null);

        assertThat(analysis.checksum()).isEqualTo(ChecksumStatus.FAILED);
        assertThat(analysis.valid()).isFalse();
        assertThat(analysis.key()).isNull();
        assertThat(only(analysis, FindingCode.CHECKSUM_FAILED).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void fullWidthInputIsFlaggedForRetyping() {
        Finding finding = only(analyse("ＶＫ７ＪＧ－ＮＰＨＴＭ－Ｃ９７ＪＭ－９ＭＰＧＴ－３Ｖ６６Ｔ", null), FindingCode.NON_ASCII_INPUT);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message().ja()).contains("半角英数字で入力し直してください");
    }

    @Test
    void publishedKeysAreNamedWithTheirEdition() {
        assertThat(only(analyse(PRO_GENERIC, null), FindingCode.GENERIC_KEY).message().en())
                .contains("generic key for Windows 10/11 Pro");
        Finding gvlk = only(analyse("W269N-WFGWX-YVC9B-4J6C9-T83GX", null), FindingCode.KMS_CLIENT_KEY);
        assertThat(gvlk.message().ja()).contains("Windows 10/11 Pro", "KMS クライアント セットアップ キー");
    }

    @Test
    void editionMismatchNamesBothEditions() {
        KeyAnalysis analysis = analyse(PRO_GENERIC, "ホーム");

        assertThat(analysis.editionMatch()).isFalse();
        Finding finding = only(analysis, FindingCode.EDITION_MISMATCH);
        assertThat(finding.message().en()).contains("for Windows 10/11 Pro", "but Windows Home is installed");
        assertThat(finding.message().ja()).contains("Windows 10/11 Pro 用", "Windows Home です");
        assertThat(analysis.relatedErrors()).contains("0xC004F069");
    }

    @Test
    void anUnrecognisedEditionIsSaidAndNotCompared() {
        KeyAnalysis analysis = analyse(PRO_GENERIC, "Windows Banana Deluxe");

        assertThat(analysis.editionMatch()).isNull();
        assertThat(only(analysis, FindingCode.UNKNOWN_EDITION).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void theTwinKeyHasUnusualBitsAndAPreReleaseGroup() {
        KeyAnalysis analysis = analyse("VKCF7-HV62C-944TY-YJ9NF-6Q83G", null);

        assertThat(analysis.valid()).isTrue();
        Finding bits = only(analysis, FindingCode.UNUSUAL_KEY_BITS);
        assertThat(bits.position()).isEqualTo(19);
        assertThat(bits.message().en()).contains("position 19", "extra bit");
        assertThat(only(analysis, FindingCode.PRERELEASE_KEY).message().en()).contains("3892");
        assertThat(analysis.key()).isNotNull();
        assertThat(analysis.key().groupId()).isEqualTo(3892);
    }

    @Test
    void aGroupBeyondTheTableIsUnknownButNotAnError() {
        String key = Pkey2009.encode(KeyValue.of(5000, 7, 123_456_789L, false, false));
        KeyAnalysis analysis = analyse(key, "Pro");

        assertThat(analysis.valid()).isTrue();
        assertThat(only(analysis, FindingCode.UNKNOWN_GROUP).severity()).isEqualTo(Severity.INFO);
        assertThat(analysis.key()).isNotNull();
        assertThat(analysis.key().channel()).isEqualTo(Channel.UNKNOWN);
        assertThat(analysis.key().editionId()).isNull();
        assertThat(analysis.editionMatch()).as("the key's edition is unknown").isNull();
        assertThat(analysis.relatedErrors()).isEmpty();
    }

    @Test
    void aValidRetailKeyOfAKnownGroupHasNoFindings() {
        String key = Pkey2009.encode(KeyValue.of(3308, 123_456, 987_654_321L, false, false));
        KeyAnalysis analysis = analyse(key, "Windows 11 Pro");

        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.editionMatch()).isTrue();
        assertThat(analysis.key()).isEqualTo(new KeyIdentity(3308, 123_456L, "Professional",
                new org.licensetriage.i18n.LocalizedText("Windows 10/11 Pro", "Windows 10/11 Pro"), "Windows 10/11",
                Channel.RETAIL, null));
        assertThat(analysis.suggestions()).isEmpty();
        assertThat(analysis.relatedErrors()).isEmpty();
    }

    @Test
    void editionMatchIsNullWithoutAnInstalledEdition() {
        assertThat(analyse(PRO_GENERIC, null).editionMatch()).isNull();
        assertThat(analyse(PRO_GENERIC, "  ").editionMatch()).isNull();
        assertThat(analyse(PRO_GENERIC, "Windows 10 Pro").editionMatch()).isTrue();
    }

    @Test
    void aKeyForAnOlderReleaseDoesNotMatchTheSameEditionOfANewerOne() {
        KeyAnalysis analysis = analyse("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4", "Windows 11 Pro");

        assertThat(analysis.editionMatch()).isFalse();
        assertThat(only(analysis, FindingCode.EDITION_MISMATCH).message().en()).contains("Windows 7 Professional");
    }

    @Test
    void aMakKeyMayRunOutOfActivations() {
        KeyGroup mak = KeyFixtures.catalog().group(3312).filter(g -> g.channel() == Channel.VOLUME_MAK).orElse(null);
        int group = mak != null ? 3312 : KeyFixtures.catalog().groups().stream().filter(g -> g.channel() == Channel.VOLUME_MAK)
                .mapToInt(KeyGroup::groupId).min().orElseThrow();
        KeyAnalysis analysis = analyse(Pkey2009.encode(KeyValue.of(group, 5, 99, false, false)), null);

        assertThat(analysis.key().channel()).isEqualTo(Channel.VOLUME_MAK);
        assertThat(analysis.relatedErrors()).containsExactly("0xC004C020", "0xC004C008");
    }

    @AfterAll
    static void everyFindingCodeWasProduced() {
        assertThat(SEEN).containsExactlyInAnyOrder(FindingCode.values());
    }
}
