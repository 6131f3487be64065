package org.licensetriage.diagnosis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;

/**
 * What the Windows release and edition family rule out or point at by themselves: KMS arrived with Vista and
 * Server 2008, firmware keys and digital licences with Windows 8 and 10, and KMS activates only the editions
 * sold under volume licensing. Read from the names of {@link DiagnosisContext#editionNames()}.
 */
final class ReleaseEvidence {

    /** How far back a release goes, as far as activation is concerned. */
    enum Release {
        /** Windows 2000, XP and Server 2003: product activation without KMS or digital licences. */
        BEFORE_VISTA,
        /** Vista, 7, Server 2008 (R2): KMS and MAK, but no firmware key and no digital licence. */
        VISTA_TO_7,
        /** Windows 8 or Server 2012 and later. */
        LATER
    }

    private static final Pattern BEFORE_VISTA = Pattern.compile(
            "\\b(windows\\s*xp|win\\s*xp|xp\\s+(home|pro|professional|media|tablet)|server\\s*2003|windows\\s*2000|windows\\s*nt)\\b");
    private static final Pattern VISTA_TO_7 = Pattern.compile(
            "\\b(vista|windows\\s*7|win\\s*7|server\\s*2008)\\b");
    private static final Pattern LATER = Pattern.compile(
            "\\b(windows\\s*(8|8\\.1|10|11)|win\\s*(8|10|11)|server\\s*20(1[2-9]|2\\d))\\b");
    // Editions sold to consumers only: no KMS client setup key exists for them.
    private static final Pattern CONSUMER_EDITION = Pattern.compile(
            "\\b(home|core|ultimate|starter|single\\s*language|corecountryspecific|coresinglelanguage)\\b"
                    + "|ホーム|ホーム プレミアム|アルティメット");

    // KMS causes are impossible before Vista; they are lowered past anything the rest of the evidence can raise.
    private static final double RULED_OUT = 6.0;
    private static final List<CauseId> KMS_CAUSES = List.of(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS,
            CauseId.KMS_HOST_UNREACHABLE, CauseId.KMS_HOST_MISCONFIGURED, CauseId.KMS_CLIENT_KEY_REQUIRED);

    private ReleaseEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        @Nullable Release release = release(context);
        if (release == Release.BEFORE_VISTA) {
            KMS_CAUSES.forEach(cause -> board.lower(cause, RULED_OUT));
            board.lower(CauseId.DIGITAL_LICENSE_NOT_FOUND, RULED_OUT);
            board.lower(CauseId.SUBSCRIPTION_PREREQUISITES, RULED_OUT);
        } else if (release == Release.VISTA_TO_7) {
            board.lower(CauseId.DIGITAL_LICENSE_NOT_FOUND, RULED_OUT);
        }
        @Nullable String consumer = consumerEdition(context);
        if (consumer != null && context.kms() && release != Release.BEFORE_VISTA) {
            board.raise(CauseId.EDITION_MISMATCH, 4.0, EvidenceSource.EDITION, new LocalizedText(
                    consumer + " is a consumer edition: no KMS client setup key exists for it, so no KMS host can"
                            + " activate it. It needs its own retail or OEM key, or a volume-licensed edition.",
                    consumer + " は個人向けのエディションで、KMS クライアント セットアップ キーがないため、どの KMS ホストでも認証できません。"
                            + "このエディション用の製品版・OEM のキーか、ボリューム ライセンス対象のエディションが必要です。"));
            // the build is not what the KMS host refuses: the edition is
            board.lower(CauseId.UNSUPPORTED_BUILD, 3.0);
        }
    }

    /** The release named first by the installed edition, the OS, or slmgr's edition; null when none names one. */
    static @Nullable Release release(DiagnosisContext context) {
        for (String name : context.editionNames()) {
            String text = name.toLowerCase(Locale.ROOT);
            if (BEFORE_VISTA.matcher(text).find()) {
                return Release.BEFORE_VISTA;
            }
            if (VISTA_TO_7.matcher(text).find()) {
                return Release.VISTA_TO_7;
            }
            if (LATER.matcher(text).find()) {
                return Release.LATER;
            }
        }
        return null;
    }

    /** The installed edition as named, when it is one KMS cannot activate (Home, Ultimate …); else null. */
    private static @Nullable String consumerEdition(DiagnosisContext context) {
        for (String name : context.editionNames()) {
            String text = name.toLowerCase(Locale.ROOT);
            // "Server Core" is an installation option of Windows Server, not the Core (Home) edition
            if (!text.contains("server") && CONSUMER_EDITION.matcher(text).find()) {
                return name.strip();
            }
        }
        return null;
    }
}
