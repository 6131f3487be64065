package org.licensetriage.diagnosis;

import java.util.List;
import org.licensetriage.errors.CauseId;
import org.licensetriage.keys.KeyFixtures;

/** Realistic help-desk cases, one English and one Japanese for every cause of the vocabulary. */
final class DiagnosisScenarios {

    /** A case: what the agent sends, and the cause that must come out on top. */
    record Scenario(String name, CauseId expected, DiagnosisInput input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String PRO_GENERIC = "VK7JG-NPHTM-C97JM-9MPGT-3V66T";
    static final String PRO_GVLK = "W269N-WFGWX-YVC9B-4J6C9-T83GX";
    static final String HOME_RETAIL = KeyFixtures.key(3262, 4711);
    static final String PRO_RETAIL = KeyFixtures.key(3309, 815);
    static final String PRO_OEM = KeyFixtures.key(3305, 1234);
    static final String PRO_MAK = KeyFixtures.key(3312, 42);
    static final String ENTERPRISE_EVAL = KeyFixtures.key(3292, 7);

    private DiagnosisScenarios() {
    }

    static DiagnosisInput input(String code, String message, String key, String edition, StatedFacts facts) {
        return new DiagnosisInput(code, message, key, edition, null, facts);
    }

    static StatedFacts facts() {
        return StatedFacts.NONE;
    }

    static StatedFacts keySource(KeySource source) {
        return new StatedFacts(source, null, null, null, null, null, null, null, null);
    }

    static StatedFacts organization(boolean managed) {
        return new StatedFacts(null, null, null, null, managed, null, null, null, null);
    }

    /** The key with one look-alike slip: the first B, 8, 6, G, 7 or T read as its twin. */
    static String withLookAlikeTypo(String key) {
        String from = "B86G7T";
        String to = "8BG6T7";
        for (int i = 0; i < key.length(); i++) {
            int at = from.indexOf(key.charAt(i));
            if (at >= 0) {
                return key.substring(0, i) + to.charAt(at) + key.substring(i + 1);
            }
        }
        throw new IllegalArgumentException("no look-alike character in the key");
    }

    static String fullWidth(String key) {
        StringBuilder wide = new StringBuilder();
        key.chars().forEach(c -> wide.append(c == '-' ? 'ー' : (char) (c - 0x21 + 0xFF01)));
        return wide.toString();
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("typo, English", CauseId.KEY_TYPO, input("0xC004F050",
                        "Customer read the key off the sticker over the phone.", withLookAlikeTypo(PRO_RETAIL),
                        "Windows 11 Pro", facts())),
                new Scenario("typo, Japanese", CauseId.KEY_TYPO, input(null,
                        "プロダクト キーを入力すると「ソフトウェア ライセンス サービスでプロダクト キーは無効であることが報告されました」と出ます。キーは "
                                + withLookAlikeTypo(HOME_RETAIL) + " です。", null, "ホーム", facts())),
                new Scenario("full-width paste, English", CauseId.KEY_FORMATTING, input("0xC004F050",
                        "Copied the key from the order confirmation e-mail.", fullWidth(PRO_RETAIL), "Professional",
                        facts())),
                new Scenario("full-width paste, Japanese", CauseId.KEY_FORMATTING, input("c004f050",
                        "注文メールからキーをコピーして貼り付けました。", fullWidth(HOME_RETAIL), "Windows 11 Home", facts())),
                new Scenario("generic key, English", CauseId.GENERIC_KEY, input("0xC004F050",
                        "Installed Pro with the key from a how-to site.", PRO_GENERIC, "Windows 11 Pro", facts())),
                new Scenario("generic key in Japanese slmgr /dli", CauseId.GENERIC_KEY, input(null, """
                        エラー コード: 0xC004F050
                        名前: Windows(R), Professional edition
                        説明: Windows(R) Operating System, RETAIL channel
                        プロダクト キーの一部: 3V66T
                        ライセンスの状態: 通知
                        """, null, null, facts())),
                new Scenario("Home to Pro upgrade with the Home key, English", CauseId.EDITION_MISMATCH, input("0xC004F050",
                        "Upgraded from Home to Pro and entered the key that came with the laptop.", HOME_RETAIL,
                        "Windows 11 Pro", new StatedFacts(null, null, null, null, null, "Home", null, null, null))),
                new Scenario("Home to Pro upgrade, Japanese", CauseId.EDITION_MISMATCH, input("-1073418160",
                        "Home から Pro にアップグレードしたあと、手元のキーを入れたらエラーになりました。", HOME_RETAIL, "プロ",
                        facts())),
                new Scenario("evaluation key, English", CauseId.PRERELEASE_KEY, input("0xC004F050",
                        "Used the key from the evaluation download page.", ENTERPRISE_EVAL, null, facts())),
                new Scenario("preview key, Japanese", CauseId.PRERELEASE_KEY, input("0xC004F050",
                        "Insider Preview のときに使っていたキーを製品版に入れました。", null, null, facts())),
                new Scenario("KMS client key on a home PC, English", CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, input("0xC004F074",
                        "Personal laptop, bought second-hand.", PRO_GVLK, "Windows 10 Pro", organization(false))),
                new Scenario("KMS client licence at home, Japanese slmgr", CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, input(null, """
                        自宅の PC です。
                        エラー: 0xC004F074
                        名前: Windows(R), Professional edition
                        説明: Windows(R) Operating System, VOLUME_KMSCLIENT channel
                        プロダクト キーの一部: T83GX
                        """, null, null, facts())),
                new Scenario("company PC cannot reach KMS, English", CauseId.KMS_HOST_UNREACHABLE, input("0xC004F074",
                        "Company laptop, user works from home.", null, null, organization(true))),
                new Scenario("company PC cannot reach KMS, Japanese", CauseId.KMS_HOST_UNREACHABLE, input(null,
                        "会社の PC で「エラー: 0xC004F074 ソフトウェア ライセンス サービスで、コンピューターのライセンス認証ができなかったことが報告されました。」と表示されます。",
                        null, null, facts())),
                new Scenario("KMS count below threshold, English", CauseId.KMS_HOST_MISCONFIGURED, input("0xC004F038",
                        "New KMS host set up last week; only three clients so far.", null, null, organization(true))),
                new Scenario("KMS host not activated, Japanese", CauseId.KMS_HOST_MISCONFIGURED, input("0xC004F041",
                        "社内の KMS ホストを新しく構築しました。", null, null, organization(true))),
                new Scenario("MAK used up, English", CauseId.KEY_ACTIVATION_LIMIT_REACHED, input("0xC004C020",
                        "Imaging 40 new PCs with our MAK.", PRO_MAK, "Windows 11 Pro", organization(true))),
                new Scenario("retail key used on another PC, Japanese", CauseId.KEY_ACTIVATION_LIMIT_REACHED, input("0xC004C008",
                        "このキーは前に別の PC で使っていました。", PRO_RETAIL, "Windows 10 Pro", facts())),
                new Scenario("cheap marketplace key, English", CauseId.KEY_BLOCKED, input("0xC004C003",
                        "Key bought cheap on an auction site, worked for two months.", PRO_RETAIL, "Windows 11 Pro",
                        keySource(KeySource.MARKETPLACE))),
                new Scenario("cheap marketplace key, Japanese", CauseId.KEY_BLOCKED, input("0xC004C003",
                        "フリマアプリで格安で買ったキーです。最初は認証できていました。", null, null, facts())),
                new Scenario("OEM key in a VM, English", CauseId.OEM_LICENSE_MISMATCH, input("0xC004F050",
                        "Moved the key from the old laptop's sticker into a VMware virtual machine.", PRO_OEM,
                        "Windows 11 Pro", new StatedFacts(KeySource.OEM, null, null, true, null, null, null, null, null))),
                new Scenario("OEM licence after moving, Japanese", CauseId.OEM_LICENSE_MISMATCH, input("0xC004F035",
                        "メーカー製 PC に付いていたキーを自作 PC に入れました。", PRO_OEM, "Windows 10 Pro",
                        keySource(KeySource.OEM))),
                new Scenario("motherboard replaced, English", CauseId.HARDWARE_CHANGED, input("0x803F7001",
                        "Replaced the motherboard last week; Windows was activated before.", null, null,
                        new StatedFacts(KeySource.RETAIL, null, true, null, null, null, null, null, null))),
                new Scenario("motherboard replaced, Japanese", CauseId.HARDWARE_CHANGED, input(null,
                        "マザーボードを交換したら、ライセンス認証されていませんと表示されるようになりました。エラー コード: 0x803F7001",
                        null, null, facts())),
                new Scenario("reinstall with no network, English", CauseId.NETWORK_UNAVAILABLE, input("0x80072EE2",
                        "Reinstalled Windows; the PC is not connected to the internet yet.", null, null,
                        new StatedFacts(null, false, null, null, null, null, null, null, true))),
                new Scenario("reinstall with no network, Japanese", CauseId.NETWORK_UNAVAILABLE, input("0x80072EE2",
                        "再インストールしたばかりで、まだインターネットに接続できていません。", null, null, facts())),
                new Scenario("activation servers busy, English", CauseId.ACTIVATION_SERVER_UNAVAILABLE, input("0xC004C012",
                        "Network works fine; the activation server seems busy, try again later maybe.", null, null,
                        new StatedFacts(null, true, null, null, null, null, null, null, null))),
                new Scenario("activation servers busy, Japanese", CauseId.ACTIVATION_SERVER_UNAVAILABLE, input("0xC004C012",
                        "サーバーが混雑しているようです。ネットワークは問題ありません。", null, null, facts())),
                new Scenario("clock wrong, English", CauseId.CLOCK_SKEW, input("0xC004F06C",
                        "The BIOS clock was reset after the battery died.", null, null,
                        new StatedFacts(null, null, null, null, true, null, false, null, null))),
                new Scenario("clock wrong, Japanese", CauseId.CLOCK_SKEW, input(null,
                        "PC の時刻がずれていて、0xC004B011 が出ます。", null, null, facts())),
                new Scenario("not elevated, English", CauseId.INSUFFICIENT_PRIVILEGES, input("0x80070005",
                        "Ran slmgr /ato from a normal command prompt: Access denied.", null, null,
                        new StatedFacts(null, null, null, null, null, null, null, false, null))),
                new Scenario("not elevated, Japanese", CauseId.INSUFFICIENT_PRIVILEGES, input(null,
                        "slmgr /ipk を実行したら「アクセスが拒否されました」 0x80070005 と出ました。", null, null, facts())),
                new Scenario("tokens.dat damaged, English", CauseId.LICENSE_STORE_DAMAGED, input("0xC004E002",
                        "Error appeared after a disk cleanup tool ran.", null, null, facts())),
                new Scenario("license store, Japanese", CauseId.LICENSE_STORE_DAMAGED, input("0xC004E015",
                        "ライセンスの消費に失敗したと表示されます。", null, null, facts())),
                new Scenario("non-genuine, English", CauseId.NON_GENUINE_INSTALLATION, input("0x8004FE21",
                        "Added a Japanese language pack to a single-language edition.", null, null, facts())),
                new Scenario("non-genuine, Japanese typo'd code", CauseId.NON_GENUINE_INSTALLATION, input("0x8004FE21",
                        "非正規の Windows と表示されます。", null, null, facts())),
                new Scenario("grace period over, English slmgr", CauseId.GRACE_PERIOD_EXPIRED, input(null, """
                        Name: Windows(R), Professional edition
                        Description: Windows(R) Operating System, RETAIL channel
                        Partial Product Key: 4HK7Q
                        License Status: Notification
                        Notification Reason: 0xC004F009.
                        """, null, null, facts())),
                new Scenario("grace period over, Japanese", CauseId.GRACE_PERIOD_EXPIRED, input("0xC004F009",
                        "猶予期間が終了したと表示され、壁紙が黒くなりました。", null, null, facts())),
                new Scenario("retail key on an evaluation server, English", CauseId.EVALUATION_EDITION, input("0xC004F069",
                        "Entered our Standard key on the new file server; it also shuts itself down every hour.", null,
                        "ServerStandardEval", facts())),
                new Scenario("expired evaluation server, Japanese slmgr", CauseId.EVALUATION_EDITION, input(null, """
                        名前: Windows(R), ServerDatacenterEval edition
                        説明: Windows(R) Operating System, TIMEBASED_EVAL channel
                        評価版の期限が切れたらしく、1 時間ごとにシャットダウンします。
                        """, null, null, facts())),
                new Scenario("company laptop set up from retail media, English slmgr", CauseId.KMS_CLIENT_KEY_REQUIRED,
                        input(null, """
                        Name: Windows(R), Professional edition
                        Description: Windows(R) Operating System, RETAIL channel
                        Partial Product Key: 4HK7Q
                        License Status: Unlicensed
                        Domain-joined company laptop; it never shows up on our KMS host.
                        """, null, null, facts())),
                new Scenario("company PC with a retail key, Japanese", CauseId.KMS_CLIENT_KEY_REQUIRED, input(null,
                        "会社の PC ですが、KMS で認証されません。量販店で買った PC をそのまま使っています。", PRO_RETAIL, null,
                        facts())),
                new Scenario("Software Protection disabled by a script, English", CauseId.SERVICE_DISABLED,
                        input("0x80070422", "Ran a debloat script last week; now slmgr /ato fails.", null, null, facts())),
                new Scenario("service disabled, Japanese", CauseId.SERVICE_DISABLED, input(null,
                        "slmgr /ato を実行すると 0x80070422 が出ます。最適化ツールでサービスを止めた覚えがあります。", null, null,
                        facts())),
                new Scenario("newer clients on an old KMS host, English", CauseId.UNSUPPORTED_BUILD, input("0xC004F015",
                        "Only the new Windows 11 24H2 clients fail; the KMS host still runs Windows Server 2012 R2.", null,
                        null, facts())),
                new Scenario("KMS host without the newer host key, Japanese", CauseId.UNSUPPORTED_BUILD, input("0xC004F042",
                        "KMS ホストが Windows Server 2016 のままで、Windows Server 2025 だけが認証できません。", null, null,
                        facts())),
                new Scenario("Enterprise E3 does not step up, English", CauseId.SUBSCRIPTION_PREREQUISITES, input(null,
                        "User has an E3 licence assigned, but the laptop still shows Windows Pro, not Enterprise.", null,
                        "Professional", keySource(KeySource.SUBSCRIPTION))),
                new Scenario("Microsoft 365 E5 stays on Pro, Japanese", CauseId.SUBSCRIPTION_PREREQUISITES, input(null,
                        "Microsoft 365 E5 を割り当てたのに、Enterprise に切り替わらず Pro のままです。", null, "Professional",
                        keySource(KeySource.SUBSCRIPTION))),
                new Scenario("licence not found after a reset, English", CauseId.DIGITAL_LICENSE_NOT_FOUND, input("0xC004F213",
                        "Did a factory reset of the laptop; Windows came preinstalled and now says no product key found.",
                        null, null, facts())),
                new Scenario("licence not found after a clean install, Japanese", CauseId.DIGITAL_LICENSE_NOT_FOUND,
                        input("0xC004F213", "クリーン インストールしたらライセンス認証されなくなりました。プリインストールの PC です。",
                        null, null, facts())),
                new Scenario("informational code in the event log, English", CauseId.NOT_A_FAILURE, input(null,
                        "Found 0x4004D30F in the Application event log this morning. Is the clock broken?", null, null,
                        facts())),
                new Scenario("informational code, Japanese", CauseId.NOT_A_FAILURE, input("0x4004FC04",
                        "スクリプトの結果にこのコードが出ました。サブスクリプションのライセンスです。", null, null, facts())));
    }
}
