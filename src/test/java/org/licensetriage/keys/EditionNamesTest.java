package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edition names as people give them are read as edition IDs, and every display name exists in both languages. */
class EditionNamesTest {

    private static final EditionNames NAMES = KeyFixtures.catalog().editionNames();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Core|Core|",
            "CoreN|Core N|",
            "coresinglelanguage|CoreSingleLanguage|",
            "Professional|Professional|",
            "ProfessionalN|ProfessionalN|",
            "ProfessionalWorkstation|ProfessionalWorkstation|",
            "Education|Education|",
            "Enterprise|Enterprise|",
            "EnterpriseS|EnterpriseS|",
            "ServerStandard|ServerStandard|",
            "ServerDatacenter|ServerDatacenter|",
            "Windows 11 Pro|Professional|WINDOWS_10_11",
            "Windows 10 Pro|Professional|WINDOWS_10_11",
            "Windows 10 Pro N|ProfessionalN|WINDOWS_10_11",
            "Windows11 Home|Core|WINDOWS_10_11",
            "Home|Core|",
            "Pro|Professional|",
            "PRO|Professional|",
            "Pro for Workstations|ProfessionalWorkstation|",
            "Windows 11 Pro for Workstations|ProfessionalWorkstation|WINDOWS_10_11",
            "Windows 10 Home Single Language|CoreSingleLanguage|WINDOWS_10_11",
            "Windows 10 Enterprise LTSC 2021|EnterpriseS|WINDOWS_10_11",
            "Windows Server 2022 Datacenter|ServerDatacenter|SERVER_2022",
            "Windows Server 2019 Standard|ServerStandard|SERVER_2019",
            "Windows Server 2012 R2 Essentials|ServerSolution|SERVER_2012_R2",
            "Server Standard|ServerStandard|",
            "Datacenter|ServerDatacenter|",
            "Windows Server 2008 R2 Enterprise|ServerEnterprise|SERVER_2008_R2",
            "ホーム|Core|",
            "プロ|Professional|",
            "エンタープライズ|Enterprise|",
            "エデュケーション|Education|",
            "Windows 11 Pro 日本語版|Professional|WINDOWS_10_11",
            "Windows 11 Home 日本語版|Core|WINDOWS_10_11",
            "ウィンドウズ 11 ホーム|Core|WINDOWS_10_11",
            "Ｗｉｎｄｏｗｓ　１１　Ｐｒｏ|Professional|WINDOWS_10_11",
            "ｐｒｏ|Professional|",
            "Windows Server 2022 データセンター|ServerDatacenter|SERVER_2022",
            "Windows 7 Professional|Professional|WINDOWS_7",
            "Windows 8.1 Pro|Professional|WINDOWS_8_1",
            "Windows 10 Pro (64-bit)|Professional|WINDOWS_10_11",
            "Microsoft Windows 11 Home Edition|Core|WINDOWS_10_11"})
    void namesPeopleUseAreRead(String text, String editionId, WindowsRelease release) {
        InstalledEdition edition = NAMES.parse(text).orElseThrow();

        assertThat(edition.editionId()).isEqualTo(editionId.replace(" ", ""));
        assertThat(edition.release()).isEqualTo(release);
        assertThat(edition.displayName().complete()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Windows Banana", "Pro Max", "'   '", "12345", "Windows 11"})
    void textThatNamesNoEditionIsNotRead(String text) {
        assertThat(NAMES.parse(text)).isEmpty();
    }

    @Test
    void displayNamesCarryTheReleaseWhenItIsKnown() {
        assertThat(NAMES.displayName(List.of("Professional"), WindowsRelease.WINDOWS_10_11).en()).isEqualTo("Windows 10/11 Pro");
        assertThat(NAMES.displayName(List.of("Professional"), WindowsRelease.WINDOWS_8).en()).isEqualTo("Windows 8 Pro");
        assertThat(NAMES.displayName(List.of("ServerStandard"), WindowsRelease.SERVER_2022).en())
                .isEqualTo("Windows Server 2022 Standard");
        assertThat(NAMES.displayName(List.of("ServerStandard"), null).en()).isEqualTo("Windows Server Standard");
        assertThat(NAMES.displayName(List.of("CoreSingleLanguage"), WindowsRelease.WINDOWS_10_11).ja())
                .isEqualTo("Windows 10/11 Home Single Language（単一言語版）");
        assertThat(NAMES.displayName(List.of("Professional", "Enterprise"), WindowsRelease.WINDOWS_8).en())
                .isEqualTo("Windows 8 Pro / Windows 8 Enterprise");
    }

    @Test
    void everyEditionOfTheGroupTableHasADisplayNameOrIsShownAsItIs() {
        for (KeyGroup group : KeyFixtures.catalog().groups()) {
            if (group.editionId() == null) {
                continue; // the placeholder group
            }
            assertThat(NAMES.displayName(group.editionIds(), group.release()).complete()).isTrue();
        }
        long named = KeyFixtures.catalog().groups().stream().filter(g -> g.editionId() != null)
                .filter(g -> g.editionIds().stream().allMatch(NAMES::knows)).count();
        // the rest are embedded, pre-release and test editions, shown by their ID
        assertThat(named).isGreaterThan(800);
    }

    @Test
    void iotEnterpriseIsTheEnterpriseEdition() {
        assertThat(EditionNames.sameEdition("Enterprise", "IoTEnterprise")).isTrue();
        assertThat(EditionNames.sameEdition("EnterpriseS", "IoTEnterpriseS")).isTrue();
        assertThat(EditionNames.sameEdition("Professional", "ProfessionalN")).isFalse();
    }
}
