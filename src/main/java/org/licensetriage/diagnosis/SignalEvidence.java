package org.licensetriage.diagnosis;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.reading.Signal;
import org.licensetriage.reading.SignalMatch;

/**
 * What the customer's words point at: each signal read from the message raises the causes it is typical of,
 * with one sentence saying why. Words are circumstantial: they count less for a cause the error code speaks
 * against. Signals that state a fact (no network, a company PC) are weighed as facts instead.
 */
final class SignalEvidence {

    /** The causes a signal raises, with their points, and why. */
    private record Rule(LocalizedText why, Map<CauseId, Double> raises) {
    }

    private static final Map<Signal, Rule> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(Signal.SERVER_BUSY, rule("The activation service may be busy or down.",
                    "ライセンス認証サービスが混雑しているか停止している可能性があります。",
                    Map.of(CauseId.ACTIVATION_SERVER_UNAVAILABLE, 2.0))),
            Map.entry(Signal.EVALUATION_OR_PREVIEW, rule(
                    "Evaluation editions and media expire and take no retail or volume key until converted.",
                    "評価版のエディションやメディアには期限があり、変換するまで製品版やボリューム ライセンスのキーを受け付けません。",
                    Map.of(CauseId.EVALUATION_EDITION, 3.0, CauseId.PRERELEASE_KEY, 0.5))),
            Map.entry(Signal.PRERELEASE_BUILD, rule("Pre-release builds and keys do not activate released Windows"
                            + " and stop working when they expire.",
                    "プレリリース版のビルドやキーは製品版の Windows では認証されず、期限が来ると使えなくなります。",
                    Map.of(CauseId.PRERELEASE_KEY, 3.0))),
            Map.entry(Signal.SHUTS_DOWN, rule("An evaluation edition past its end shuts down about every hour.",
                    "期限を過ぎた評価版は、約 1 時間ごとにシャットダウンします。",
                    Map.of(CauseId.EVALUATION_EDITION, 2.5, CauseId.PRERELEASE_KEY, 0.8,
                            CauseId.GRACE_PERIOD_EXPIRED, 0.6))),
            Map.entry(Signal.LICENSE_EXPIRED, rule("A licence that expires is an evaluation, a pre-release or a"
                            + " grace period that ran out.",
                    "期限切れになるライセンスは、評価版、プレリリース版、または切れた猶予期間です。",
                    Map.of(CauseId.EVALUATION_EDITION, 1.5, CauseId.GRACE_PERIOD_EXPIRED, 1.2,
                            CauseId.PRERELEASE_KEY, 0.6))),
            Map.entry(Signal.NOT_GENUINE, rule("Windows marks itself not genuine when its licence cannot be"
                            + " validated: a damaged licence store, a grace period that ran out or a licence that no"
                            + " longer fits the PC.",
                    "ライセンスを検証できないと Windows は正規品ではないと表示します。ライセンス ストアの破損、猶予期間の終了、PC に合わなくなったライセンスなどが原因です。",
                    Map.of(CauseId.NON_GENUINE_INSTALLATION, 1.2, CauseId.LICENSE_STORE_DAMAGED, 1.0,
                            CauseId.GRACE_PERIOD_EXPIRED, 0.6))),
            Map.entry(Signal.SYSTEM_TWEAKED, rule("Debloat and privacy tools often disable the services activation"
                            + " needs (sppsvc, ClipSVC, Windows Update, License Manager).",
                    "不要機能の削除やプライバシー向けのツールは、ライセンス認証に必要なサービス (sppsvc、ClipSVC、Windows Update、License Manager) を無効にすることがよくあります。",
                    Map.of(CauseId.SERVICE_DISABLED, 3.5, CauseId.LICENSE_STORE_DAMAGED, 0.8))),
            Map.entry(Signal.ACTIVATOR_USED, rule("An unofficial activator or KMS emulator leaves Windows without a"
                            + " genuine licence; it also changes the licence store and licensing files, and its"
                            + " activations do not last.",
                    "非公式の認証ツールや KMS エミュレーターを使った Windows には正規のライセンスがありません。ライセンス ストアやライセンス関連のファイルも書き換えられ、その認証も長続きしません。",
                    Map.of(CauseId.NON_GENUINE_INSTALLATION, 2.5, CauseId.LICENSE_STORE_DAMAGED, 1.5))),
            Map.entry(Signal.LICENSE_FILES_DAMAGED, rule("Damaged licensing files (the token store) stop"
                            + " activation until they are rebuilt.",
                    "ライセンス関連のファイル (トークン ストア) が壊れていると、作り直すまでライセンス認証できません。",
                    Map.of(CauseId.LICENSE_STORE_DAMAGED, 3.0))),
            Map.entry(Signal.ACTIVATION_LIMIT, rule("A key activates a limited number of times; once reached, only"
                            + " Microsoft can add activations.",
                    "キーで認証できる回数には上限があり、達すると Microsoft でなければ回数を追加できません。",
                    Map.of(CauseId.KEY_ACTIVATION_LIMIT_REACHED, 3.0))),
            Map.entry(Signal.UNATTENDED_SETUP, rule("An answer file or imaging tool sets the key: an empty or"
                            + " malformed key there, or one for another edition, stops setup or activation.",
                    "応答ファイルやイメージ作成ツールがキーを設定します。そこでのキーが空・形式違い・別エディション用だと、セットアップや認証が止まります。",
                    Map.of(CauseId.KEY_FORMATTING, 1.5, CauseId.EDITION_MISMATCH, 1.0, CauseId.GENERIC_KEY, 0.5))),
            Map.entry(Signal.OTHER_EDITION, rule("A key or licence activates only the edition it is for; another"
                            + " edition needs its own key or a conversion first.",
                    "キーやライセンスは対象のエディションでだけ認証されます。別のエディションには専用のキーか、先にエディションの変換が必要です。",
                    Map.of(CauseId.EDITION_MISMATCH, 2.5))),
            Map.entry(Signal.OTHERS_ACTIVATE, rule("Other products activate against the same service, so it is"
                            + " reachable and working: what differs is this build or edition, which it does not serve.",
                    "同じサービスでほかの製品は認証できているので、サービスには接続でき動いています。違うのはこのビルドやエディションで、サービスが対応していません。",
                    Map.of(CauseId.UNSUPPORTED_BUILD, 5.0, CauseId.EDITION_MISMATCH, 1.5,
                            CauseId.KMS_HOST_MISCONFIGURED, 0.5))),
            Map.entry(Signal.KEY_CHECKED, rule("A key refused although it was checked is most often misread:"
                            + " look-alike characters (Q and 0, B and 8) pass a careful reading.",
                    "見直しても拒否されるキーは、似た文字 (Q と 0、B と 8 など) の読み違いであることが最も多く、注意して読んでも気付きにくいものです。",
                    Map.of(CauseId.KEY_TYPO, 2.0, CauseId.KEY_FORMATTING, 0.8))),
            Map.entry(Signal.NOTHING_CHANGED, rule("Activation lost with nothing changed on the PC points at the"
                            + " activation service's side rather than at the PC.",
                    "PC 側で何も変えていないのにライセンス認証が外れた場合は、PC よりもライセンス認証サービス側の問題が考えられます。",
                    Map.of(CauseId.ACTIVATION_SERVER_UNAVAILABLE, 2.0, CauseId.KEY_BLOCKED, 0.5))),
            Map.entry(Signal.KMS_HOST_SIDE, rule("The message is about the KMS host itself: its host key, its DNS"
                            + " record or its software decides what it can activate.",
                    "KMS ホストそのものの話です。ホスト キー、DNS レコード、ソフトウェアによって認証できるものが決まります。",
                    Map.of(CauseId.KMS_HOST_MISCONFIGURED, 3.5, CauseId.UNSUPPORTED_BUILD, 1.0))),
            Map.entry(Signal.DIGITAL_LICENSE, rule("A digital licence is found again only for the same hardware and"
                            + " edition, once Windows reaches the activation servers.",
                    "デジタル ライセンスは、同じハードウェアとエディションで、ライセンス認証サーバーに接続できたときにだけ再び見つかります。",
                    Map.of(CauseId.DIGITAL_LICENSE_NOT_FOUND, 1.2, CauseId.HARDWARE_CHANGED, 0.5))),
            Map.entry(Signal.SECURE_CHANNEL, rule("The network is there but the secure connection to the activation"
                            + " service fails: TLS 1.2 not enabled for WinHTTP, an inspected or broken certificate chain,"
                            + " or a clock so wrong that certificates look invalid.",
                    "ネットワークはあっても、ライセンス認証サービスとの暗号化通信が失敗しています。WinHTTP で TLS 1.2 が有効になっていない、証明書チェーンが検査・改変されている、時刻が大きくずれていて証明書が無効に見える、といった原因があります。",
                    Map.of(CauseId.NETWORK_UNAVAILABLE, 3.0, CauseId.CLOCK_SKEW, 0.8))),
            Map.entry(Signal.AVMA, rule("Host-based activation (AVMA) needs the guest to carry the AVMA setup key"
                            + " of its edition and works only on an activated Datacenter host (or an Azure Stack HCI"
                            + " host with a Windows Server subscription); elsewhere the guest needs another setup key,"
                            + " such as the KMS client setup key where a KMS host serves it.",
                    "ホストによるライセンス認証 (AVMA) では、ゲストにそのエディションの AVMA セットアップ キーが入っている必要があり、ライセンス認証済みの Datacenter のホスト (または Windows Server サブスクリプションのある Azure Stack HCI のホスト) でしか動きません。それ以外では、KMS ホストがあれば KMS クライアント セットアップ キーなど、別のセットアップ キーが必要です。",
                    Map.of(CauseId.KMS_CLIENT_KEY_REQUIRED, 1.5))),
            Map.entry(Signal.PHONE_ACTIVATION, rule("Phone activation gives the final word on a key that online"
                            + " activation refuses: when it fails too, the key is blocked or has used up its activations.",
                    "オンラインで拒否されたキーも、電話認証で最終的な可否がわかります。電話認証でも失敗する場合は、キーがブロックされているか、認証回数を使い切っています。",
                    Map.of(CauseId.KEY_BLOCKED, 0.8, CauseId.KEY_ACTIVATION_LIMIT_REACHED, 0.6))),
            Map.entry(Signal.KEY_USED_ON_ANOTHER_PC, rule("A key already activated on another PC is refused once its"
                            + " licence is used up, and an OEM key may not move at all.",
                    "ほかの PC ですでに認証したキーは、ライセンスの上限に達すると拒否されます。OEM キーはそもそも別の PC に移せません。",
                    Map.of(CauseId.KEY_ACTIVATION_LIMIT_REACHED, 2.5, CauseId.OEM_LICENSE_MISMATCH, 1.0)))));

    // Signals that stand on their own: an activator leaves its marks whatever code the licensing service shows.
    private static final Set<Signal> FIRSTHAND = EnumSet.of(Signal.ACTIVATOR_USED);

    private SignalEvidence() {
    }

    private static Rule rule(String en, String ja, Map<CauseId, Double> raises) {
        return new Rule(new LocalizedText(en, ja), new EnumMap<>(raises));
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        for (SignalMatch match : context.read().signals()) {
            Rule rule = RULES.get(match.signal());
            if (rule != null) {
                LocalizedText detail = said(match).append(" " + rule.why().en(), rule.why().ja());
                boolean firsthand = FIRSTHAND.contains(match.signal());
                rule.raises().forEach((cause, points) -> board.raise(cause,
                        points * (firsthand ? 1.0 : context.circumstantial(cause)), EvidenceSource.MESSAGE, detail));
            }
        }
        if (context.read().says(Signal.OTHERS_ACTIVATE)) {
            // the service answers others, so it is reachable
            board.lower(CauseId.KMS_HOST_UNREACHABLE, 1.5);
            board.lower(CauseId.NETWORK_UNAVAILABLE, 1.5);
            board.lower(CauseId.ACTIVATION_SERVER_UNAVAILABLE, 1.5);
        }
        if (context.read().says(Signal.PROXY_OR_FIREWALL)) {
            proxy(context, board);
        }
        if (context.read().says(Signal.NO_KEY_INSTALLED) && context.kms()) {
            // without a key nothing activates, whatever else the text says about the KMS host
            raise(context, board, CauseId.KMS_CLIENT_KEY_REQUIRED, 4.0,
                    "No key is installed for a PC that should activate against KMS: it needs the KMS client setup key"
                            + " of its edition first.",
                    "KMS で認証するはずの PC にキーが入っていません。まずエディションに合った KMS クライアント セットアップ キーが必要です。");
        }
        if (context.read().says(Signal.UNATTENDED_SETUP) && context.read().says(Signal.OTHER_EDITION)) {
            // the answer file's key is what chose the edition that was installed
            raise(context, board, CauseId.GENERIC_KEY, 3.0,
                    "Setup ran from an answer file and installed another edition: the generic key in the answer file"
                            + " chose that edition, and a generic key never activates.",
                    "応答ファイルでセットアップして別のエディションが入りました。エディションを選んだのは応答ファイルの汎用キーで、汎用キーではライセンス認証できません。");
        }
        if (context.read().says(Signal.NOTHING_CHANGED)) {
            // nothing changed on the PC: not its hardware
            board.lower(CauseId.HARDWARE_CHANGED, 1.5);
        }
        if (context.read().says(Signal.PRERELEASE_BUILD) && context.kms()) {
            raise(context, board, CauseId.UNSUPPORTED_BUILD, 2.0,
                    "A preview build is activated against KMS: released KMS hosts do not serve preview builds.",
                    "プレビュー ビルドを KMS で認証しようとしています。製品版の KMS ホストはプレビュー ビルドに対応していません。");
        }
    }

    private static void proxy(DiagnosisContext context, Scoreboard board) {
        SignalMatch match = context.read().signals().stream().filter(m -> m.signal() == Signal.PROXY_OR_FIREWALL)
                .findFirst().orElseThrow();
        // KMS activation needs the KMS host, not the internet: there a firewall blocks the host first
        double network = context.kms() ? 1.0 : 2.0;
        raise(context, board, CauseId.NETWORK_UNAVAILABLE, network, said(match).append(
                " A proxy or firewall can block the activation service.",
                "プロキシやファイアウォールがライセンス認証の通信を妨げることがあります。"));
        if (context.kms()) {
            raise(context, board, CauseId.KMS_HOST_UNREACHABLE, 2.0, said(match).append(
                    " A firewall can block TCP 1688 to the KMS host.",
                    "ファイアウォールが KMS ホストへの TCP 1688 をふさいでいる可能性があります。"));
        }
    }

    /** Words of the message raising a cause, counted less when the code speaks against it. */
    private static void raise(DiagnosisContext context, Scoreboard board, CauseId cause, double points, String en,
            String ja) {
        raise(context, board, cause, points, new LocalizedText(en, ja));
    }

    private static void raise(DiagnosisContext context, Scoreboard board, CauseId cause, double points,
            LocalizedText why) {
        board.raise(cause, points * context.circumstantial(cause), EvidenceSource.MESSAGE, why);
    }

    /** "The message says “…”.": the start of every line of evidence a phrase gives. */
    private static LocalizedText said(SignalMatch match) {
        return new LocalizedText("The message says \u201C" + match.phrase() + "\u201D.",
                "メッセージに「" + match.phrase() + "」とあります。");
    }
}
