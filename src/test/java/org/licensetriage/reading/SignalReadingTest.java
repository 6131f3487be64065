package org.licensetriage.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignalReadingTest {

    private final MessageReader reader = ReadingKnowledge.reader();

    private List<Signal> signalsOf(String message) {
        return reader.read(message).signals().stream().map(SignalMatch::signal).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The PC has no internet at the moment.               | NO_NETWORK             | no internet
            It is OFFLINE in the factory                        | NO_NETWORK             | offline
            インターネットに接続できない環境です                    | NO_NETWORK             | インターネットに接続できない
            ネットワークにつながらないです                          | NO_NETWORK             | ネットワークにつながらない
            We are behind a proxy                               | PROXY_OR_FIREWALL      | proxy
            社内のプロキシ経由です                                 | PROXY_OR_FIREWALL      | プロキシ
            I replaced the motherboard last week                | HARDWARE_CHANGED       | motherboard
            New motherboards were fitted                        | HARDWARE_CHANGED       | motherboards
            マザボを替えました                                     | HARDWARE_CHANGED       | マザボ
            CPU を交換しました                                     | HARDWARE_CHANGED       | cpuを交換
            I reinstalled Windows yesterday                     | REINSTALLED            | reinstalled
            クリーン インストールしました                            | REINSTALLED            | クリーンインストール
            We upgraded from Home to Pro                        | UPGRADED               | upgraded
            Home から Pro にしました                               | UPGRADED               | homeからpro
            It runs in Hyper-V                                  | VIRTUAL_MACHINE        | hyper-v
            仮想マシン上の Windows です                             | VIRTUAL_MACHINE        | 仮想マシン
            I bought the key cheap on eBay                      | CHEAP_OR_RESOLD_KEY    | cheap
            ネットで安く買ったキー                                  | CHEAP_OR_RESOLD_KEY    | 安く買
            メルカリで購入                                         | CHEAP_OR_RESOLD_KEY    | メルカリ
            The key is also on another PC                       | KEY_USED_ON_ANOTHER_PC | another pc
            前のパソコンで使っていたキーです                          | KEY_USED_ON_ANOTHER_PC | 前のパソコン
            It is a company laptop                              | COMPANY_PC             | company laptop
            会社の PC です                                        | COMPANY_PC             | 会社のpc
            It is my home PC                                    | HOME_PC                | home pc
            自宅で使っています                                     | HOME_PC                | 自宅
            The BIOS time was years off                         | WRONG_CLOCK            | bios time
            時刻がずれていました                                    | WRONG_CLOCK            | 時刻がずれ
            slmgr says Access denied                            | ACCESS_DENIED          | access denied
            管理者権限がありません                                  | ACCESS_DENIED          | 管理者権限
            The server is busy, try again later                 | SERVER_BUSY            | server is busy
            サーバーが混雑しているようです                            | SERVER_BUSY            | サーバーが混雑
            It is the Enterprise evaluation                     | EVALUATION_OR_PREVIEW  | evaluation
            評価版をインストールしました                              | EVALUATION_OR_PREVIEW  | 評価版
            It is an Insider Preview build                      | PRERELEASE_BUILD       | insider
            プレビュー版の Windows 10 です                          | PRERELEASE_BUILD       | プレビュー版
            The lab VMs power off after an hour                 | SHUTS_DOWN             | power off
            1 時間ごとにシャットダウンされる                          | SHUTS_DOWN             | 1時間ごと
            Windows License is expired                          | LICENSE_EXPIRED        | is expired
            評価期間の期限切れです                                  | LICENSE_EXPIRED        | 期限切れ
            This copy of Windows is not genuine                 | NOT_GENUINE            | not genuine
            このWindowsのコピーは正規品ではありません                 | NOT_GENUINE            | 正規品ではありません
            After running the debloat script                    | SYSTEM_TWEAKED         | debloat
            サービスを無効にするツールを使った                         | SYSTEM_TWEAKED         | サービスを無効
            I used an activator from the web                    | ACTIVATOR_USED         | activator
            クラックを使った                                       | ACTIVATOR_USED         | クラック
            The user has an E3 licence                          | SUBSCRIPTION           | e3
            サブスクリプションで Enterprise にしたい                  | SUBSCRIPTION           | サブスクリプション
            The key is set in the unattend.xml                  | UNATTENDED_SETUP       | unattend
            応答ファイルにキーを書いた                               | UNATTENDED_SETUP       | 応答ファイル
            DISM /Online /Set-Edition:ServerStandard            | OTHER_EDITION          | set-edition
            The key does not fit the installed edition          | OTHER_EDITION          | does not fit the installed edition
            別のエディションのキーでした                              | OTHER_EDITION          | 別のエディション
            Other Windows versions activate fine on that host   | OTHERS_ACTIVATE        | other windows versions activate
            他の PC は認証できています                               | OTHERS_ACTIVATE        | 他のpcは認証
            Nothing changed on the PC since yesterday           | NOTHING_CHANGED        | nothing changed
            I typed it correctly three times                    | KEY_CHECKED            | typed it correctly
            何度入れてもエラーになる                                 | KEY_CHECKED            | 何度入れても
            The firmware reports the UUID as all F              | HARDWARE_CHANGED       | uuid
            前日に特別な操作はしていない                              | NOTHING_CHANGED        | 特別な操作はしていない
            We replaced the CSVLK on our KMS host               | KMS_HOST_SIDE          | csvlk
            社内の KMS サーバーを更新した                            | KMS_HOST_SIDE          | kmsサーバ
            Can I activate by phone?                            | PHONE_ACTIVATION       | activate by phone
            電話認証を試しました                                    | PHONE_ACTIVATION       | 電話認証
            Our KMS host is kms01                               | VOLUME_LICENSING       | kms
            ボリューム ライセンスの PC です                          | VOLUME_LICENSING       | ボリュームライセンス
            It had a digital license before                     | DIGITAL_LICENSE        | digital license
            Microsoft アカウントに紐づけています                      | DIGITAL_LICENSE        | microsoftアカウント
            The key is on a sticker under the laptop            | OEM_PREINSTALLED       | sticker
            プリインストールの Windows です                          | OEM_PREINSTALLED       | プリインストール
            """)
    void oneExamplePerSignalAndLanguage(String message, Signal signal, String phrase) {
        assertThat(reader.read(message).signals()).contains(new SignalMatch(signal, phrase));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The network is fine.",
        "ネットワークは問題ない",
        "I'm not offline.",
        "There are no internet issues here",
        "オフラインではありません",
        "インターネットに接続できないわけではない",
        "We never use a proxy. No VPN either.",
        "The firewall was checked and is open",
        "There is no internet or proxy problem",
        "I did not replace the motherboard",
        "マザーボードの交換はしていません",
        "The motherboard was not replaced",
        "I haven't reinstalled anything",
        "再インストールはしていない",
        "It is not a virtual machine",
        "仮想マシンではありません",
        "The clock is correct",
        "No, I don't have a company laptop"})
    void commonNegationsRaiseNothing(String message) {
        assertThat(reader.read(message).signals()).isEmpty();
    }

    @Test
    void negationStaysInItsClause() {
        assertThat(signalsOf("I did not know why, but the motherboard was replaced")).contains(Signal.HARDWARE_CHANGED);
        assertThat(signalsOf("会社の PC ではなく自宅の PC です")).containsExactly(Signal.HOME_PC);
        assertThat(signalsOf("マザーボードを交換したら認証されていない")).containsExactly(Signal.HARDWARE_CHANGED);
        assertThat(signalsOf("時刻がずれて正常に認証できない")).containsExactly(Signal.WRONG_CLOCK);
        assertThat(signalsOf("プロキシは問題ありません")).isEmpty();
        assertThat(signalsOf("No idea what happened, it's offline")).contains(Signal.NO_NETWORK);
    }

    @Test
    void windowsOwnRequestToTryAnotherKeyIsNoEvaluationSignal() {
        // 0xC004F050's Japanese dialog: 「お試しください」 means "please try", not a trial edition
        assertThat(signalsOf("このプロダクト キーは機能しませんでした。確認してもう一度やり直すか、別のキーをお試しください。"))
                .isEmpty();
        assertThat(signalsOf("試用版の Windows Server です")).containsExactly(Signal.EVALUATION_OR_PREVIEW);
    }

    @Test
    void shortEnglishWordsMatchWholeWordsOnly() {
        assertThat(signalsOf("personally I think vmx files and the pdomain and makes sense")).isEmpty();
        assertThat(signalsOf("It's a VM.")).containsExactly(Signal.VIRTUAL_MACHINE);
    }

    @Test
    void eachSignalOnceWithTheFirstPhraseInOrderOfAppearance() {
        Observation read = reader.read("Offline machine in VMware. It has no internet, it is offline. Hyper-V too.");
        assertThat(read.signals()).containsExactly(new SignalMatch(Signal.NO_NETWORK, "offline"),
                new SignalMatch(Signal.VIRTUAL_MACHINE, "vmware"));
    }

    @Test
    void everyPhraseRaisesItsSignalOnItsOwn() {
        SignalDetector detector = new SignalDetector();
        for (Map.Entry<Signal, List<String>> list : SignalPhrases.RAISING.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (String phrase : list.getValue()) {
                String written = phrase.endsWith("*") ? phrase.substring(0, phrase.length() - 1) : phrase;
                assertThat(seen.add(TextForms.signalText(TextForms.normalized(written)))).as("duplicate " + phrase)
                        .isTrue();
                assertThat(detector.detect(TextForms.signalText(TextForms.normalized(written))))
                        .as(phrase).extracting(SignalMatch::signal).contains(list.getKey());
            }
        }
    }

    @Test
    void everySignalHasPhrasesInBothLanguages() {
        for (Signal signal : Signal.values()) {
            List<String> phrases = SignalPhrases.RAISING.get(signal);
            assertThat(phrases).as(signal.name()).anyMatch(p -> p.chars().allMatch(c -> c < 128))
                    .anyMatch(p -> p.chars().anyMatch(c -> TextForms.isWide((char) c)));
            System.out.printf("%-24s %3d phrases%n", signal, phrases.size());
        }
    }
}
