package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.keys.Channel;

/**
 * Each format real tickets carry, read from output pasted in public threads (src/test/resources/reading/real,
 * sources in SOURCES.md there), with the shipped knowledge base.
 */
class RealOutputReadingTest {

    private final MessageReader reader = new MessageReader(KnowledgeFixtures.knowledgeBase());

    private Observation read(String file) {
        return reader.read(SlmgrOutputTest.fixture("real/" + file));
    }

    @Test
    void powerShellListViewOfTheInstalledProduct() {
        Observation read = read("powershell-list-kolide.txt");
        assertThat(read.edition()).isEqualTo("Professional");
        assertThat(read.channel()).isEqualTo(Channel.OEM);
        assertThat(read.channelName()).isEqualTo("OEM_DM");
        assertThat(read.partialProductKey()).isEqualTo("F6YP2");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(read.keyGroupId()).isEqualTo(3305);
        assertThat(read.volumeActivationType()).isEqualTo("All");
    }

    @Test
    void powerShellListViewWithTheReasonInUnsignedDecimalAndRedactedKeys() {
        Observation read = read("powershell-list-ansible.txt");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.UNLICENSED);
        assertThat(read.notificationReason()).isEqualTo(new ErrorCode(0xC004F014));
        assertThat(read.errorCodes()).contains(new ErrorCode(0xC004F014));
        assertThat(read.partialProductKey()).isNull();
        // 4294967295 is WMI's "not applicable", not a count
        assertThat(read.rearmCount()).isNull();
        assertThat(read.kmsPort()).isZero();
    }

    @Test
    void powerShellTableViewReadsTheRowWithAnInstalledKey() {
        // the table layout of Format-Table, holding the values of the kolide paste: the first row has no key
        Observation read = reader.read("""
                Name                                LicenseStatus PartialProductKey GracePeriodRemaining LicenseStatusReason
                ----                                ------------- ----------------- -------------------- -------------------
                Windows(R), Enterprise edition                  0                                      0                   0
                Windows(R), Professional edition                5 F6YP2                                0         -1073422315
                """);
        assertThat(read.edition()).isEqualTo("Professional");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(read.partialProductKey()).isEqualTo("F6YP2");
        assertThat(read.remainingMinutes()).isZero();
        assertThat(read.notificationReason()).isEqualTo(new ErrorCode(-1073422315));
    }

    @Test
    void osppStatusOfAnOfficeLicenceInGrace() {
        Observation read = read("ospp-dstatus-mas.txt");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.INITIAL_GRACE);
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0x4004F00C));
        assertThat(read.remainingMinutes()).isEqualTo(14_316L);
        assertThat(read.partialProductKey()).isEqualTo("M96P2");
        assertThat(read.edition()).isNull();
    }

    @Test
    void osppErrorBlock() {
        assertThat(read("ospp-inpkey-pykms.txt").errorCodes()).containsExactly(new ErrorCode(0xC004F069));
    }

    @Test
    void dismCurrentAndTargetEditions() {
        Observation read = read("dism-current-target.txt");
        assertThat(read.edition()).isEqualTo("ServerStandardEvalCor");
        assertThat(read.errorCodes()).isEmpty();
    }

    @Test
    void japaneseEventLogWithHr() {
        Observation read = read("eventlog-8200-ja.txt");
        assertThat(read.eventIds()).containsExactly(8200, 8208);
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0x80072EE7));
    }

    @Test
    void eventLogAsJson() {
        Observation read = read("eventlog-8198-json.txt");
        assertThat(read.eventIds()).containsExactly(8198);
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0x8007232B));
    }

    @Test
    void shutdownEventOfAnExpiredLicence() {
        Observation read = read("eventlog-1074.txt");
        assertThat(read.eventIds()).containsExactly(1074);
        assertThat(read.signals()).extracting(SignalMatch::signal).contains(Signal.SHUTS_DOWN, Signal.LICENSE_EXPIRED);
    }

    @Test
    void sluiTakesTheCodeNotItsPageNumber() {
        assertThat(read("slui-0x2a.txt").errorCodes()).containsExactly(new ErrorCode(0xC0000022));
    }

    @Test
    void slmgrDliOfARetailLicenceInNotification() {
        Observation read = read("slmgr-dli-notification.txt");
        assertThat(read.channel()).isEqualTo(Channel.RETAIL);
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(read.notificationReason()).isEqualTo(new ErrorCode(0xC004F034));
        assertThat(read.keyGroupId()).isEqualTo(3308);
    }

    @Test
    void slmgrDlvKmsClientDetails() {
        Observation read = reader.read(SlmgrOutputTest.fixture("dlv-en.txt"));
        assertThat(read.channel()).isEqualTo(Channel.VOLUME_GVLK);
        assertThat(read.rearmCount()).isEqualTo(1000);
        assertThat(read.kmsHost()).isEqualTo("kms01.corp.contoso.com");
        assertThat(read.kmsPort()).isEqualTo(1688);
        assertThat(read.activationIntervalMinutes()).isEqualTo(120L);
        assertThat(read.renewalIntervalMinutes()).isEqualTo(10_080L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sc start sppsvc error code 577                                   | sppsvc
            Failed to start [sppsvc] service, rest of the process may take a long time... | sppsvc
            Sppsvc.exe file missing                                          | sppsvc
            [SC] StartService FAILED 1058:                                   | wuauserv
            ソフトウェア保護サービスを開始できません                                   | sppsvc
            """)
    void servicesDown(String line, String service) {
        String text = line.startsWith("[SC]") ? "sc start wuauserv\n" + line : line;
        assertThat(reader.read(text).servicesDown()).containsExactly(service);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UI shows OxC004F074                          | 0xC004F074
            Error 8007007B with notification 0xC004F056  | 0x8007007B
            error code: -1073418160                      | 0xC004F050
            the service reports error 5                  | 0x80070005
            sc start sppsvc error code 577               | 0x80070241
            [SC] StartService FAILED 1058:               | 0x80070422
            activation fails with 0xC0004C003            | 0xC004C003
            """)
    void codesAsPeopleTypeThem(String text, String code) {
        assertThat(reader.read(text).errorCodes()).first().isEqualTo(ErrorCode.require(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            577            | 0x80070241
            error 5        | 0x80070005
            OxC004F074     | 0xC004F074
            hr=0x8007232B  | 0x8007232B
            """)
    void errorCodeFieldsAsPeopleFillThem(String field, String code) {
        assertThat(reader.errorCode(field)).isEqualTo(ErrorCode.require(code));
    }

    @Test
    void aNumberIsNoWin32CodeWithoutAnErrorWordBeforeIt() {
        assertThat(reader.read("Windows 10 build 1909, 577 users").errorCodes()).isEmpty();
    }
}
