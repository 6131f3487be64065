package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.licensetriage.errors.ErrorCode;

class SlmgrOutputTest {

    private final MessageReader reader = ReadingKnowledge.reader();

    static String fixture(String name) {
        try (InputStream in = SlmgrOutputTest.class.getResourceAsStream("/reading/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dliInEnglish() {
        Observation read = reader.read(fixture("dli-en.txt"));
        assertThat(read.edition()).isEqualTo("Professional");
        assertThat(read.channelName()).isEqualTo("RETAIL");
        assertThat(read.partialProductKey()).isEqualTo("3V66T");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(read.notificationReason()).isEqualTo(new ErrorCode(0xC004F034));
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0xC004F034));
        assertThat(read.remainingMinutes()).isNull();
        assertThat(read.permanentlyActivated()).isNull();
        assertThat(read.keyGroupId()).isNull();
        assertThat(read.productKey()).isNull();
    }

    @Test
    void dliInJapanese() {
        Observation read = reader.read(fixture("dli-ja.txt"));
        assertThat(read.edition()).isEqualTo("Core");
        assertThat(read.channelName()).isEqualTo("OEM_DM");
        assertThat(read.partialProductKey()).isEqualTo("T83GX");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.INITIAL_GRACE);
        assertThat(read.remainingMinutes()).isEqualTo(43_200L);
        assertThat(read.notificationReason()).isNull();
        assertThat(read.errorCodes()).isEmpty();
    }

    @Test
    void dlvInEnglish() {
        Observation read = reader.read(fixture("dlv-en.txt"));
        assertThat(read.edition()).isEqualTo("ServerStandard");
        assertThat(read.channelName()).isEqualTo("VOLUME_KMSCLIENT");
        assertThat(read.partialProductKey()).isEqualTo("CDCYX");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(read.remainingMinutes()).isEqualTo(259_200L);
        assertThat(read.keyGroupId()).isEqualTo(3858);
        // GUIDs, the installation ID, PIDs, times and the IP address are not error codes
        assertThat(read.errorCodes()).isEmpty();
        assertThat(read.permanentlyActivated()).isNull();
    }

    @Test
    void dlvInJapaneseWithFullWidthColons() {
        Observation read = reader.read(fixture("dlv-ja.txt"));
        assertThat(read.edition()).isEqualTo("Professional");
        assertThat(read.channelName()).isEqualTo("RETAIL");
        assertThat(read.partialProductKey()).isEqualTo("3V66T");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(read.keyGroupId()).isEqualTo(3308);
        assertThat(read.remainingMinutes()).isNull();
        assertThat(read.errorCodes()).isEmpty();
    }

    @Test
    void xprInEnglish() {
        Observation read = reader.read(fixture("xpr-en.txt"));
        assertThat(read.permanentlyActivated()).isTrue();
        assertThat(read.edition()).isEqualTo("Professional");
        assertThat(read.remainingMinutes()).isNull();
    }

    @Test
    void xprInJapanese() {
        Observation read = reader.read(fixture("xpr-ja.txt"));
        assertThat(read.permanentlyActivated()).isTrue();
        assertThat(read.edition()).isEqualTo("Professional");
    }

    @Test
    void xprOfAVolumeLicenceIsNotPermanentAndADateIsNoDuration() {
        Observation read = reader.read("""
                Windows(R), Enterprise edition:
                    Volume activation will expire 8/31/2024 2:15:07 PM
                """);
        assertThat(read.permanentlyActivated()).isFalse();
        assertThat(read.remainingMinutes()).isNull();
        assertThat(read.edition()).isEqualTo("Enterprise");
    }

    @Test
    void xprStatesGraceAndNotification() {
        assertThat(reader.read("Windows(R), Core edition:\n    Initial grace period ends 3/14/2024 9:34:00 AM"))
                .satisfies(r -> assertThat(r.licenseStatus()).isEqualTo(LicenseStatus.INITIAL_GRACE))
                .satisfies(r -> assertThat(r.permanentlyActivated()).isFalse());
        assertThat(reader.read("Windows(R), Professional edition:\n    Windows is in Notification mode").licenseStatus())
                .isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(reader.read("Windows(R), Professional edition:\n    Windows は通知モードです").licenseStatus())
                .isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(reader.read("ボリューム ライセンス認証の有効期限は 2024/08/31 14:15:07 です").permanentlyActivated())
                .isFalse();
    }

    @Test
    void xprExpiryWithADurationGivesTheRemainingMinutes() {
        Observation read = reader.read("Timebased activation will expire in 10 day(s)");
        assertThat(read.permanentlyActivated()).isFalse();
        assertThat(read.remainingMinutes()).isEqualTo(14_400L);
        assertThat(reader.read("初期猶予期間は 2024年3月14日 に終了します (残り 5 日)").remainingMinutes()).isEqualTo(7_200L);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            License Status: Licensed                                                               | LICENSED
            License Status: Unlicensed                                                             | UNLICENSED
            License Status: Initial grace period                                                   | INITIAL_GRACE
            License Status: Additional grace period (KMS license expired or hardware out of tolerance) | ADDITIONAL_GRACE
            License Status: Non-genuine grace period.                                              | NON_GENUINE_GRACE
            License Status: Notification                                                           | NOTIFICATION
            License Status: Extended grace period                                                  | EXTENDED_GRACE
            ライセンスの状態: ライセンスされています                                                         | LICENSED
            ライセンスの状態: ライセンスされていません                                                       | UNLICENSED
            ライセンスの状態: 初期猶予期間                                                                 | INITIAL_GRACE
            ライセンスの状態: 追加の猶予期間 (KMS ライセンスの有効期限切れ、またはハードウェアの許容範囲外)       | ADDITIONAL_GRACE
            ライセンスの状態: 非正規の猶予期間                                                             | NON_GENUINE_GRACE
            ライセンスの状態: 通知                                                                         | NOTIFICATION
            ライセンスの状態: 延長猶予期間                                                                 | EXTENDED_GRACE
            ライセンス状態：通知                                                                           | NOTIFICATION
            """)
    void everyLicenseStatusInBothLanguages(String line, LicenseStatus status) {
        assertThat(reader.read(line).licenseStatus()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Partial Product Key: 3v66t",
        "partial product key :3V66T.",
        "  Partial  Product  Key ：  3V66T",
        "プロダクト キーの一部: 3V66T",
        "プロダクトキーの一部：3V66T",
        "部分プロダクト キー: 3V66T",
        "部分的なプロダクト キー: 3V66T。",
        "> Partial Product Key: 3V66T"})
    void partialKeyLabelsInAnySpacingWidthOrCase(String line) {
        assertThat(reader.read(line).partialProductKey()).isEqualTo("3V66T");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Product Key: CPR8F",
        "Product key: XXXXX-XXXXX-XXXXX-XXXXX-CPR8F",
        "プロダクト キー: *****-*****-*****-*****-CPR8F"})
    void aProductKeyLineShowingOnlyTheLastGroupGivesThePartialKey(String line) {
        assertThat(reader.read(line).partialProductKey()).isEqualTo("CPR8F");
    }

    @Test
    void aProductKeyLineWithAWholeKeyGivesNoPartialKey() {
        // the key scanner takes the whole key; its first group is no partial key
        assertThat(reader.read("Product Key: VK7JG-NPHTM-C97JM-9MPGT-3V66T").partialProductKey()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Time remaining: 43200 minute(s) (30 day(s))           | 43200
            Time remaining: 0 minute(s) (0 day(s))                | 0
            残り時間: 43200 分 (30 日)                              | 43200
            猶予期間の残り: 1440 分 (1 日)                           | 1440
            残りの猶予期間：30 日                                    | 43200
            Volume activation expiration: 259200 minute(s) (180 day(s)) | 259200
            ボリューム ライセンス認証の有効期限: 259200 分 (180 日)      | 259200
            """)
    void remainingTimeLabels(String line, long minutes) {
        assertThat(reader.read(line).remainingMinutes()).isEqualTo(minutes);
    }

    @Test
    void notificationReasonWithItsExplanationCountsAsACode() {
        Observation read = reader.read("License Status: Notification\nNotification Reason: 0xC004F200 (non-genuine).");
        assertThat(read.notificationReason()).isEqualTo(new ErrorCode(0xC004F200));
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0xC004F200));
        assertThat(reader.read("通知の理由: 0xC004F009 (猶予期間の期限切れ)。").notificationReason())
                .isEqualTo(new ErrorCode(0xC004F009));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Product Key Channel: Retail      | RETAIL
            Product Key Channel: OEM:DM      | OEM_DM
            Product Key Channel: OEM:NONSLP  | OEM_COA_NSLP
            Product Key Channel: Volume:GVLK | VOLUME_KMSCLIENT
            Product Key Channel: Volume:MAK  | VOLUME_MAK
            プロダクト キー チャネル: OEM:SLP    | OEM_SLP
            Description: Windows(R) Operating System, VOLUME_KMS_WS22 channel | VOLUME_KMS_WS22
            説明: Windows(R) Operating System, OEM_COA_NSLP channel           | OEM_COA_NSLP
            """)
    void licenceChannelFromDescriptionOrKeyChannel(String line, String channel) {
        assertThat(reader.read(line).channelName()).isEqualTo(channel);
    }

    @Test
    void descriptionWinsOverTheKeyChannel() {
        assertThat(reader.read("Description: Windows(R) Operating System, OEM_DM channel\nProduct Key Channel: Retail")
                .channelName()).isEqualTo("OEM_DM");
    }

    @Test
    void labelsInOrdinarySentencesAreNotSlmgrValues() {
        Observation read = reader.read("""
                Name: Taro Yamada
                Description: my PC says it is not activated
                Time remaining: unknown
                Extended PID: none
                """);
        assertThat(read.edition()).isNull();
        assertThat(read.channelName()).isNull();
        assertThat(read.remainingMinutes()).isNull();
        assertThat(read.keyGroupId()).isNull();
    }

    @Test
    void japaneseDatesAndTimesAreNotDurations() {
        assertThat(LineValues.minutes("2024年8月12日 10時39分")).isNull();
        assertThat(LineValues.minutes("2024/08/12 10:39:40")).isNull();
        assertThat(LineValues.minutes("3 hours")).isEqualTo(180L);
    }

    @Test
    void theFirstLicenceBlockWins() {
        Observation read = reader.read(fixture("dli-en.txt") + "\n\n" + fixture("dli-ja.txt"));
        assertThat(read.edition()).isEqualTo("Professional");
        assertThat(read.partialProductKey()).isEqualTo("3V66T");
        assertThat(read.remainingMinutes()).isEqualTo(43_200L);
    }
}
