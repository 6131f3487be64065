package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.licensetriage.errors.ErrorCode;

class MessageReaderTest {

    private final MessageReader reader = ReadingKnowledge.reader();

    @Test
    void aJapaneseHelpDeskPasteReadsWhole() {
        String message = """
                お客様より：ネットで安く買ったキー（ＶＫ７ＪＧ－ＮＰＨＴＭ－Ｃ９７ＪＭ－９ＭＰＧＴ－３Ｖ６６Ｔ）を入れたところ、
                「ソフトウェアライセンスサービスでプロダクトキーは無効であることが報告されました。」と表示され、
                エラー コード：０ｘＣ００４Ｆ０５０ でした。自宅の PC です。マザーボードの交換はしていません。

                名前： Windows(R), Core edition
                説明： Windows(R) Operating System, RETAIL channel
                プロダクト キーの一部： ３Ｖ６６Ｔ
                ライセンスの状態： 通知
                通知の理由： 0xC004F034。
                """;
        Observation read = reader.read(message);
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0xC004F050), new ErrorCode(0xC004F034));
        assertThat(read.codesFromMessages()).containsExactly(new ErrorCode(0xC004F050));
        assertThat(read.edition()).isEqualTo("Core");
        assertThat(read.channelName()).isEqualTo("RETAIL");
        assertThat(read.partialProductKey()).isEqualTo("3V66T");
        assertThat(read.licenseStatus()).isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(read.notificationReason()).isEqualTo(new ErrorCode(0xC004F034));
        assertThat(read.productKey()).isEqualTo("ＶＫ７ＪＧ－ＮＰＨＴＭ－Ｃ９７ＪＭ－９ＭＰＧＴ－３Ｖ６６Ｔ");
        assertThat(read.signals()).extracting(SignalMatch::signal)
                .containsExactly(Signal.CHEAP_OR_RESOLD_KEY, Signal.HOME_PC);
        assertThat(read.toString()).doesNotContain("ＶＫ７ＪＧ").contains("XXXXX-XXXXX-XXXXX-XXXXX-３Ｖ６６Ｔ");
    }

    @Test
    void anEnglishTicketReadsWhole() {
        String message = """
                Customer replaced the motherboard on their home PC and reinstalled Windows 11 Pro.
                Activation now fails: "We can't activate Windows on this device." Error code: -1073418160.
                They have no proxy. Event log: License Activation (slui.exe) failed with hr=0xC004C003
                """;
        Observation read = reader.read(message);
        assertThat(read.errorCodes()).containsExactly(new ErrorCode(0xC004F050), new ErrorCode(0xC004C003));
        assertThat(read.codesFromMessages()).isEmpty();
        assertThat(read.signals()).containsExactly(new SignalMatch(Signal.HARDWARE_CHANGED, "motherboard"),
                new SignalMatch(Signal.HOME_PC, "home pc"), new SignalMatch(Signal.REINSTALLED, "reinstalled"));
        assertThat(read.edition()).isNull();
        assertThat(read.productKey()).isNull();
    }

    @Test
    void anEmptyMessageReadsAsNothing() {
        Observation read = reader.read("");
        assertThat(read).hasAllNullFieldsOrPropertiesExcept("errorCodes", "codesFromMessages", "servicesDown", "eventIds", "signals");
        assertThat(read.errorCodes()).isEmpty();
        assertThat(read.signals()).isEmpty();
    }

    @Test
    void oneReaderServesManyThreads() {
        String message = SlmgrOutputTest.fixture("dlv-en.txt");
        Observation expected = reader.read(message);
        List<Observation> reads = IntStream.range(0, 200).parallel().mapToObj(i -> reader.read(message)).toList();
        assertThat(reads).allMatch(expected::equals);
    }
}
