package org.licensetriage.diagnosis;

import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.Channel;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.KnownAs;
import org.licensetriage.reading.LicenseStatus;
import org.licensetriage.reading.Observation;
import org.licensetriage.reading.SignalMatch;

/**
 * What the pasted text says beyond codes and facts: slmgr's licence channel and status, and the words
 * that point at a cause directly ("the server is busy", "evaluation").
 */
final class ObservationEvidence {

    private ObservationEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        Observation read = context.read();
        for (SignalMatch match : read.signals()) {
            LocalizedText said = said(match.phrase());
            switch (match.signal()) {
                case SERVER_BUSY -> signal(context, board, CauseId.ACTIVATION_SERVER_UNAVAILABLE, 2.0,
                        said.append(" The activation service may be busy or down.", "ライセンス認証サービスが混雑しているか停止している可能性があります。"));
                // A customer saying the key came from a preview or evaluation is as telling as the key itself.
                case EVALUATION_OR_PREVIEW -> signal(context, board, CauseId.PRERELEASE_KEY, 3.0,
                        said.append(" Evaluation and preview keys do not activate released Windows.", "評価版やプレビュー版のキーは製品版の Windows では認証されません。"));
                case PROXY_OR_FIREWALL -> {
                    signal(context, board, CauseId.NETWORK_UNAVAILABLE, 2.0,
                            said.append(" A proxy or firewall can block the activation service.", "プロキシやファイアウォールがライセンス認証の通信を妨げることがあります。"));
                    if (context.kms()) {
                        signal(context, board, CauseId.KMS_HOST_UNREACHABLE, 1.0,
                                said.append(" A firewall can block TCP 1688 to the KMS host.", "ファイアウォールが KMS ホストへの TCP 1688 をふさいでいる可能性があります。"));
                    }
                }
                case KEY_USED_ON_ANOTHER_PC -> {
                    signal(context, board, CauseId.KEY_ACTIVATION_LIMIT_REACHED, 2.5,
                            said.append(" A key already activated on another PC is refused once its licence is used up.", "ほかの PC ですでに認証したキーは、ライセンスの上限に達すると拒否されます。"));
                    signal(context, board, CauseId.OEM_LICENSE_MISMATCH, 1.0,
                            said.append(" An OEM key may not move to another PC at all.", "OEM キーはそもそも別の PC に移せません。"));
                }
                default -> { }
            }
        }
        channel(read, board);
        status(read, board);
        installedKey(context, board);
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

    /** Words in a message are circumstantial: they count less for a cause the error code speaks against. */
    private static void signal(DiagnosisContext context, Scoreboard board, CauseId cause, double weight,
            LocalizedText detail) {
        board.raise(cause, weight * context.circumstantial(cause), EvidenceSource.MESSAGE, detail);
    }

    private static LocalizedText said(String phrase) {
        return new LocalizedText("The message says \u201C" + phrase + "\u201D.", "メッセージに「" + phrase + "」とあります。");
    }
}
