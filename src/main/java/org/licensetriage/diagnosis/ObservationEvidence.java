package org.licensetriage.diagnosis;

import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.ErrorCategory;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.Channel;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.KnownAs;
import org.licensetriage.reading.LicenseStatus;
import org.licensetriage.reading.Observation;
import org.licensetriage.reading.Signal;

/**
 * What the tools' output in the text shows beyond codes: the licence channel and status, the key installed,
 * grace and rearms left, services down, the KMS side.
 */
final class ObservationEvidence {

    // Security-SPP on a KMS host: publishing the _vlmcs SRV record in DNS failed.
    private static final int KMS_DNS_PUBLISHING_FAILED = 12293;
    // Security-SPP on a KMS client: 12288 logs the request sent to the KMS host, 12289 the host's answer.
    private static final int KMS_REQUEST_SENT = 12288;
    private static final int KMS_ANSWER_RECEIVED = 12289;

    // A key that never asks a KMS host outweighs any mention of the host: nothing there can help until it changes.
    private static final double KEY_NEVER_ASKS_KMS = 4.0;

    private ObservationEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        Observation read = context.read();
        channel(read, board);
        status(read, board);
        installedKey(context, board);
        services(read, board);
        kmsHost(context, board);
    }

    /** A service activation needs, shown disabled, stopped or failing to start. */
    private static void services(Observation read, Scoreboard board) {
        if (read.servicesDown().isEmpty()) {
            return;
        }
        String services = String.join(", ", read.servicesDown());
        board.raise(CauseId.SERVICE_DISABLED, 4.5, EvidenceSource.SLMGR, new LocalizedText(
                "The text shows " + services + " disabled, stopped or failing to start; activation needs it running.",
                services + " が無効・停止・起動失敗の状態です。ライセンス認証にはこのサービスが動いている必要があります。"));
    }

    /**
     * The KMS side: a retail or OEM licence where volume activation is expected needs the KMS client key, and
     * the KMS host's event 12293 says it could not publish itself in DNS.
     */
    private static void kmsHost(DiagnosisContext context, Scoreboard board) {
        Observation read = context.read();
        boolean volumeExpected = read.says(Signal.VOLUME_LICENSING) || read.says(Signal.KMS_HOST_SIDE)
                || read.kmsHost() != null || context.primary() != null
                && context.primary().category() == ErrorCategory.KMS;
        if (volumeExpected && (read.channel() == Channel.RETAIL || read.channel() == Channel.OEM)) {
            board.raise(CauseId.KMS_CLIENT_KEY_REQUIRED, KEY_NEVER_ASKS_KMS, EvidenceSource.SLMGR, new LocalizedText(
                    "The installed licence is " + read.channelName() + ", yet volume activation is expected: a"
                            + " retail or OEM key never asks a KMS host.",
                    "インストールされているライセンスは " + read.channelName()
                            + " ですが、ボリューム ライセンス認証が想定されています。製品版や OEM のキーは KMS ホストに問い合わせません。"));
        } else if (context.kms() && read.partialProductKey() != null && read.channel() != Channel.VOLUME_GVLK
                && !DiagnosisContext.kmsClient(context.installedKey())) {
            // every KMS client setup key is published, so a last group that matches none is some other key
            board.raise(CauseId.KMS_CLIENT_KEY_REQUIRED, KEY_NEVER_ASKS_KMS, EvidenceSource.SLMGR, new LocalizedText(
                    "The installed key ends in " + read.partialProductKey() + ", which is not the end of any published"
                            + " KMS client setup key, yet the PC is meant to activate against KMS: only a KMS client"
                            + " setup key asks a KMS host.",
                    "インストール済みのキーの末尾は " + read.partialProductKey()
                            + " で、公開されているどの KMS クライアント セットアップ キーとも一致しませんが、この PC は KMS で認証する想定です。KMS ホストに問い合わせるのは KMS クライアント セットアップ キーだけです。"));
        }
        if (read.eventIds().contains(KMS_REQUEST_SENT) && !read.eventIds().contains(KMS_ANSWER_RECEIVED)) {
            board.raise(CauseId.KMS_HOST_UNREACHABLE, 2.0, EvidenceSource.SLMGR, new LocalizedText(
                    "Event 12288 shows the KMS request sent, with no 12289 for the host's answer: the request never"
                            + " reached the host or its answer never came back.",
                    "イベント 12288 で KMS への要求を送ったことはわかりますが、ホストの応答を示す 12289 がありません。要求がホストに届いていないか、応答が返っていません。"));
        }
        if (read.eventIds().contains(KMS_DNS_PUBLISHING_FAILED)) {
            board.raise(CauseId.KMS_HOST_MISCONFIGURED, 2.5, EvidenceSource.SLMGR, new LocalizedText(
                    "Event 12293: the KMS host could not publish its record in DNS, so clients do not find it.",
                    "イベント 12293: KMS ホストが DNS にレコードを登録できず、クライアントから見つけられません。"));
        }
    }

    /** The key already installed, as far as slmgr shows it: a generic key there never activates. */
    private static void installedKey(DiagnosisContext context, Scoreboard board) {
        KeyIdentity installed = context.installedKey();
        if (installed == null) {
            return;
        }
        String edition = installed.edition() == null ? String.valueOf(installed.editionId()) : installed.edition().en();
        String editionJa = installed.edition() == null ? String.valueOf(installed.editionId()) : installed.edition().ja();
        String shown = context.read().partialProductKey() != null
                ? "ends in " + context.read().partialProductKey() : "is of key group " + installed.groupId();
        String shownJa = context.read().partialProductKey() != null
                ? "末尾が " + context.read().partialProductKey() + " " : "キー グループが " + installed.groupId() + " ";
        if (installed.knownAs() == KnownAs.GENERIC) {
            board.raise(CauseId.GENERIC_KEY, 4.0, EvidenceSource.SLMGR, new LocalizedText(
                    "slmgr shows the installed key " + shown + ": that is the published generic key for " + edition
                            + ", which never activates.",
                    "slmgr によるとインストール済みのキーは" + shownJa + "で、" + editionJa
                            + " の公開されている汎用キーです。このキーではライセンス認証できません。"));
        } else if (installed.channel() == Channel.EVALUATION) {
            board.raise(CauseId.PRERELEASE_KEY, 2.0, EvidenceSource.SLMGR, new LocalizedText(
                    "slmgr shows the installed key " + shown + ": an evaluation key of " + edition + ".",
                    "slmgr によるとインストール済みのキーは" + shownJa + "で、" + editionJa + " の評価版のキーです。"));
        }
    }

    private static void channel(Observation read, Scoreboard board) {
        Channel channel = read.channel();
        if (channel == null) {
            return;
        }
        LocalizedText shown = new LocalizedText("slmgr shows the licence channel " + read.channelName() + ".",
                "slmgr のライセンス チャネルは " + read.channelName() + " です。");
        if (channel == Channel.VOLUME_GVLK) {
            board.raise(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, 1.0, EvidenceSource.SLMGR, shown.append(
                    " A KMS client key is installed: it activates only against a KMS host.",
                    "KMS クライアント キーがインストールされており、KMS ホストがないと認証できません。"));
            board.raise(CauseId.KMS_HOST_UNREACHABLE, 1.0, EvidenceSource.SLMGR, shown.append(
                    " The PC activates against a KMS host, which must be reachable.",
                    "この PC は KMS ホストで認証するため、ホストに接続できる必要があります。"));
        } else if (channel == Channel.OEM) {
            board.raise(CauseId.OEM_LICENSE_MISMATCH, 1.0, EvidenceSource.SLMGR, shown.append(
                    " The licence is an OEM licence, tied to the PC it came with.",
                    "OEM ライセンスで、付属していた PC に結び付いています。"));
        } else if (channel == Channel.VOLUME_MAK) {
            board.raise(CauseId.KEY_ACTIVATION_LIMIT_REACHED, 1.0, EvidenceSource.SLMGR, shown.append(
                    " A MAK activates a limited number of times.", "MAK は認証できる回数に上限があります。"));
        }
    }

    private static void status(Observation read, Scoreboard board) {
        LicenseStatus status = read.licenseStatus();
        if (Long.valueOf(0).equals(read.remainingMinutes()) && status != null && status != LicenseStatus.LICENSED) {
            board.raise(CauseId.GRACE_PERIOD_EXPIRED, 1.0, EvidenceSource.SLMGR, new LocalizedText(
                    "No grace time remains.", "猶予期間が残っていません。"));
        }
        if (Integer.valueOf(0).equals(read.rearmCount())) {
            board.raise(CauseId.GRACE_PERIOD_EXPIRED, 0.8, EvidenceSource.SLMGR, new LocalizedText(
                    "No rearm remains: the grace period cannot be extended again.",
                    "再認証 (リアーム) の残り回数が 0 で、猶予期間をこれ以上延長できません。"));
        }
        if (status == LicenseStatus.NOTIFICATION) {
            board.raise(CauseId.GRACE_PERIOD_EXPIRED, 2.5, EvidenceSource.SLMGR, new LocalizedText(
                    "slmgr shows the licence status Notification: the grace period has run out.",
                    "slmgr のライセンスの状態が「通知」で、猶予期間が終了しています。"));
        } else if (status == LicenseStatus.NON_GENUINE_GRACE) {
            board.raise(CauseId.NON_GENUINE_INSTALLATION, 2.5, EvidenceSource.SLMGR, new LocalizedText(
                    "slmgr shows the non-genuine grace period: Windows judged the installation not genuine.",
                    "slmgr が非正規の猶予期間を示しており、Windows がインストールを正規品でないと判定しています。"));
        }
    }
}
