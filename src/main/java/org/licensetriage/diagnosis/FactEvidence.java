package org.licensetriage.diagnosis;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.reading.Signal;

/**
 * How each known fact moves the causes: a stated fact (or one the customer's words imply) raises the causes
 * it explains and lowers those it rules out. Re-run with one more fact to see what an answer would change.
 */
final class FactEvidence {

    private FactEvidence() {
    }

    static void apply(DiagnosisContext context, Facts facts, Scoreboard board, EditionComparison editions) {
        keySource(context, facts, board);
        network(context, facts, board);
        hardware(context, facts, board);
        virtualMachine(context, facts, board);
        organization(context, facts, board);
        upgrade(context, facts, board, editions);
        yesNo(context, facts, Fact.CLOCK_CORRECT, false, CauseId.CLOCK_SKEW, 5.0, 3.0, board,
                "The date or time of the PC is wrong", "PC の日付または時刻が正しくない");
        yesNo(context, facts, Fact.ELEVATED, false, CauseId.INSUFFICIENT_PRIVILEGES, 5.0, 3.0, board,
                "The command did not run as administrator", "コマンドを管理者として実行していない");
        Facts.Known reinstalled = facts.get(Fact.REINSTALLED);
        if (reinstalled != null && Boolean.TRUE.equals(reinstalled.value())) {
            raise(context, board, CauseId.HARDWARE_CHANGED, 1.0, reinstalled,
                    "Windows was reinstalled: the digital licence must be recognised again for this hardware",
                    "Windows を再インストールしたため、このハードウェアのデジタル ライセンスを改めて確認する必要がある");
            raise(context, board, CauseId.DIGITAL_LICENSE_NOT_FOUND, 1.5, reinstalled,
                    "After a reinstall or reset Windows has to find the firmware key or the digital licence again",
                    "再インストールやリセットの後は、ファームウェアのキーかデジタル ライセンスを Windows が改めて見つける必要がある");
            Facts.Known upgraded = facts.get(Fact.UPGRADED_FROM);
            if (upgraded != null) {
                raise(context, board, CauseId.DIGITAL_LICENSE_NOT_FOUND, 2.5, upgraded,
                        "Windows was upgraded and then installed clean: the upgrade left a digital licence for this"
                                + " hardware, not a key, and a key read out of the upgraded system is only the edition's"
                                + " default key",
                        "アップグレードの後にクリーン インストールした。アップグレードで残るのはこのハードウェアのデジタル ライセンスでキーではなく、アップグレード後の環境から読み出したキーはエディションの既定のキーにすぎない");
            }
            if (facts.is(Fact.KEY_SOURCE, KeySource.OEM)) {
                raise(context, board, CauseId.DIGITAL_LICENSE_NOT_FOUND, 2.0, reinstalled,
                        "A PC's own (OEM) licence sits in the firmware; a clean install of another edition or"
                                + " from other media does not pick it up",
                        "PC 本来の (OEM) ライセンスはファームウェアにあり、別エディションや別メディアでのクリーン インストールでは読み込まれない");
            }
        }
    }

    private static void keySource(DiagnosisContext context, Facts facts, Scoreboard board) {
        Facts.Known known = facts.get(Fact.KEY_SOURCE);
        if (known == null || !(known.value() instanceof KeySource source)) {
            return;
        }
        switch (source) {
            case MARKETPLACE -> {
                raise(context, board, CauseId.KEY_BLOCKED, 4.0, known,
                        "The key was bought on a marketplace or auction, where resold and leaked keys are common",
                        "キーはマーケットプレイスやオークションで購入したもので、転売・流出キーが多い入手経路");
                raise(context, board, CauseId.KEY_ACTIVATION_LIMIT_REACHED, 1.5, known,
                        "Keys sold there are often already activated elsewhere",
                        "そうしたキーは、すでに他で認証済みであることが多い");
            }
            case OEM -> raise(context, board, CauseId.OEM_LICENSE_MISMATCH, 1.5, known,
                    "The key is an OEM key, tied to the PC it came with", "キーは OEM キーで、付属の PC に結び付いている");
            case VOLUME -> {
                if (facts.is(Fact.ORGANIZATION_MANAGED, false)) {
                    raise(context, board, CauseId.KEY_BLOCKED, 3.0, known,
                            "A volume-licence key is used on a PC outside any organisation, against its licence",
                            "組織外の PC でボリューム ライセンスのキーを使っており、ライセンス条件に反する");
                }
            }
            case RETAIL -> board.lower(CauseId.OEM_LICENSE_MISMATCH, 1.5);
            case SUBSCRIPTION -> raise(context, board, CauseId.SUBSCRIPTION_PREREQUISITES, 3.0, known,
                    "The licence is a subscription, which steps an activated Pro up to Enterprise only on a joined"
                            + " device with the licensed user signed in",
                    "ライセンスはサブスクリプションで、認証済みの Pro が Enterprise に切り替わるのは、参加済みのデバイスにライセンスを持つユーザーがサインインしている場合だけ");
            default -> { }
        }
    }

    private static void network(DiagnosisContext context, Facts facts, Scoreboard board) {
        Facts.Known known = facts.get(Fact.NETWORK_AVAILABLE);
        if (known == null) {
            return;
        }
        if (Boolean.FALSE.equals(known.value())) {
            raise(context, board, CauseId.NETWORK_UNAVAILABLE, 5.0, known,
                    "The PC has no working internet connection", "PC がインターネットに接続できていない");
            if (context.kms()) {
                raise(context, board, CauseId.KMS_HOST_UNREACHABLE, 1.0, known,
                        "Without a network the KMS host cannot be reached either", "ネットワークがなければ KMS ホストにも接続できない");
            }
        } else if (!context.read().says(Signal.SECURE_CHANNEL) && !context.read().says(Signal.PROXY_OR_FIREWALL)) {
            // a working network says nothing against a proxy, a firewall or a secure connection that fails on it
            board.lower(CauseId.NETWORK_UNAVAILABLE, 3.0);
        }
    }

    private static void hardware(DiagnosisContext context, Facts facts, Scoreboard board) {
        Facts.Known known = facts.get(Fact.HARDWARE_CHANGED);
        if (known == null) {
            return;
        }
        if (Boolean.TRUE.equals(known.value())) {
            raise(context, board, CauseId.HARDWARE_CHANGED, 5.0, known,
                    "Major hardware was replaced", "主要なハードウェアを交換した");
            if (oem(context, facts)) {
                raise(context, board, CauseId.OEM_LICENSE_MISMATCH, 2.0, known,
                        "An OEM licence does not move to new hardware", "OEM ライセンスは新しいハードウェアに移せない");
            }
        } else {
            board.lower(CauseId.HARDWARE_CHANGED, 3.0);
        }
    }

    private static void virtualMachine(DiagnosisContext context, Facts facts, Scoreboard board) {
        Facts.Known known = facts.get(Fact.VIRTUAL_MACHINE);
        if (known == null) {
            return;
        }
        if (Boolean.TRUE.equals(known.value())) {
            raise(context, board, CauseId.OEM_LICENSE_MISMATCH, oem(context, facts) ? 3.0 : 0.3, known,
                    "Windows runs in a virtual machine, where an OEM licence of a physical PC does not apply",
                    "Windows が仮想マシン上で動いており、物理 PC の OEM ライセンスは適用されない");
            // weak hints that only order a thin answer: what a virtual machine's image and life make likely
            raise(context, board, CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, 0.4, known,
                    "Virtual machine images are often installed with a KMS client setup key, which needs a KMS host",
                    "仮想マシンのイメージは KMS クライアント セットアップ キーで作られていることが多く、KMS ホストが必要になる");
            raise(context, board, CauseId.GRACE_PERIOD_EXPIRED, 0.35, known,
                    "A virtual machine that was never activated runs on a grace period that ends",
                    "一度もライセンス認証していない仮想マシンは猶予期間で動いており、その期間には終わりがある");
            raise(context, board, CauseId.HARDWARE_CHANGED, 0.3, known,
                    "A cloned or moved virtual machine gets new virtual hardware, which Windows sees as another PC",
                    "複製や移動をした仮想マシンは仮想ハードウェアが変わり、Windows からは別の PC に見える");
            if (context.read().says(Signal.SHUTS_DOWN) || context.read().says(Signal.LICENSE_EXPIRED)) {
                raise(context, board, CauseId.EVALUATION_EDITION, 2.0, known,
                        "Lab, cloud and downloaded virtual machines are often built from evaluation media, which"
                                + " expire and then shut down",
                        "検証用・クラウド・配布イメージの仮想マシンは評価版のメディアから作られていることが多く、期限が切れるとシャットダウンする");
            } else if (evaluationExists(context) && context.primaryLists(CauseId.EVALUATION_EDITION)) {
                raise(context, board, CauseId.EVALUATION_EDITION, 1.5, known,
                        "Enterprise and Server virtual machines are often built from evaluation media, which refuse"
                                + " retail and volume keys until converted",
                        "Enterprise や Server の仮想マシンは評価版のメディアから作られていることが多く、評価版は変換するまで製品版やボリューム ライセンスのキーを受け付けない");
            }
        } else {
            board.lower(CauseId.OEM_LICENSE_MISMATCH, 0.5);
        }
    }

    private static void organization(DiagnosisContext context, Facts facts, Scoreboard board) {
        Facts.Known known = facts.get(Fact.ORGANIZATION_MANAGED);
        if (known == null) {
            return;
        }
        if (Boolean.TRUE.equals(known.value())) {
            // with a retail or OEM licence installed the PC never reaches for the KMS host, whatever its state
            boolean askingKms = context.kms() && !context.retailOrOemLicence();
            raise(context, board, CauseId.KMS_HOST_UNREACHABLE, askingKms ? 3.0 : 1.0, known,
                    "The PC belongs to an organisation that activates through its own KMS host",
                    "PC は組織の KMS ホストでライセンス認証する会社の PC");
            raise(context, board, CauseId.KMS_HOST_MISCONFIGURED, askingKms ? 1.5 : 0.5, known,
                    "The organisation's KMS host may answer but be unable to activate",
                    "組織の KMS ホストが応答しても認証できない状態の可能性がある");
            board.lower(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, 5.0);
            if (context.retailOrOemLicence()) {
                raise(context, board, CauseId.KMS_CLIENT_KEY_REQUIRED, 3.0, known,
                        "A company PC with a retail or OEM licence never asks the organisation's KMS host",
                        "会社の PC に製品版・OEM のライセンスが入っており、組織の KMS ホストには問い合わせない");
            }
        } else {
            if (context.kms()) {
                raise(context, board, CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, 4.0, known,
                        "A home or personal PC has no KMS host to activate a KMS client key against",
                        "自宅・個人の PC には、KMS クライアント キーを認証する KMS ホストがない");
            }
            board.lower(CauseId.KMS_HOST_UNREACHABLE, 4.0);
            board.lower(CauseId.KMS_HOST_MISCONFIGURED, 4.0);
        }
    }

    private static void upgrade(DiagnosisContext context, Facts facts, Scoreboard board,
            EditionComparison editions) {
        Facts.Known known = facts.get(Fact.UPGRADED_FROM);
        if (known == null) {
            return;
        }
        String from = known.value().toString();
        // an upgrade that kept the tier (8 Pro to 10 Pro) changed no edition, so it hints at a mismatch only weakly
        String fromTier = tier(from);
        double points = fromTier != null && fromTier.equals(tier(context.installedEdition())) ? 0.5 : 2.0;
        raise(context, board, CauseId.EDITION_MISMATCH, points, known,
                from.isEmpty() ? "The PC was upgraded from another edition"
                        : "The PC was upgraded from " + from,
                from.isEmpty() ? "PC を別のエディションからアップグレードした" : "PC を " + from + " からアップグレードした");
        var key = context.key();
        String keyEdition = key == null || key.key() == null ? null : key.key().editionId();
        if (keyEdition != null && !from.isEmpty() && editions.same(keyEdition, from)) {
            raise(context, board, CauseId.EDITION_MISMATCH, 2.0, known,
                    "The key is for " + from + ", the edition the PC was upgraded from, not the new one",
                    "キーはアップグレード前の " + from + " 用で、アップグレード後のエディション用ではない");
        }
    }

    private static final Pattern TIER = Pattern.compile(
            "\\b(home|pro|professional|enterprise|education|ultimate|standard|datacenter)\\b");

    /** The edition tier an edition's name ends in (Pro, Home, Standard …), or null when it names none. */
    private static @Nullable String tier(@Nullable String edition) {
        if (edition == null) {
            return null;
        }
        Matcher m = TIER.matcher(edition.toLowerCase(Locale.ROOT));
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return "professional".equals(found) ? "pro" : found;
    }

    private static void yesNo(DiagnosisContext context, Facts facts, Fact fact, boolean raising, CauseId cause, double up, double down,
            Scoreboard board, String en, String ja) {
        Facts.Known known = facts.get(fact);
        if (known == null) {
            return;
        }
        if (known.value().equals(raising)) {
            raise(context, board, cause, up, known, en, ja);
        } else {
            board.lower(cause, down);
        }
    }

    /** Whether a key's edition ID and an edition as people name it are the same; the key analyser knows. */
    interface EditionComparison {
        boolean same(String keyEditionId, String name);
    }

    private static final Pattern EVALUATION_FAMILY = Pattern.compile("\\b(enterprise|server)\\b");

    /** Whether the edition named is one Microsoft publishes evaluation media for: Enterprise and Server. */
    private static boolean evaluationExists(DiagnosisContext context) {
        return context.editionNames().stream()
                .anyMatch(name -> EVALUATION_FAMILY.matcher(name.toLowerCase(Locale.ROOT)).find());
    }

    private static boolean oem(DiagnosisContext context, Facts facts) {
        return context.oemChannel() || facts.is(Fact.KEY_SOURCE, KeySource.OEM);
    }

    private static void raise(DiagnosisContext context, Scoreboard board, CauseId cause, double weight,
            Facts.Known known, String en, String ja) {
        if (!board.keepsEvidence()) {
            // the question planner's trial boards: the points are all it reads, so build no text
            board.add(cause, weight * context.circumstantial(cause));
            return;
        }
        LocalizedText provenance = known.provenance();
        board.raise(cause, weight * context.circumstantial(cause), known.source(),
                new LocalizedText(en + provenance.en() + ".", ja + provenance.ja() + "。"));
    }
}
