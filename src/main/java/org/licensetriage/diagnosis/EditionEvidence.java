package org.licensetriage.diagnosis;

import java.util.Locale;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.Channel;

/**
 * What the installed edition says by itself, whatever key is involved: given, read from slmgr, PowerShell or
 * DISM, named in the OS, or shown by an evaluation channel.
 */
final class EditionEvidence {

    // As strong as a key that shows its own problem: the edition ID names the evaluation outright.
    private static final double EVALUATION = 4.0;

    private EditionEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        String edition = context.editionNames().stream().filter(EditionEvidence::evaluation).findFirst()
                .orElse(context.read().channel() == Channel.EVALUATION ? context.read().channelName() : null);
        if (edition != null) {
            board.raise(CauseId.EVALUATION_EDITION, EVALUATION, EvidenceSource.EDITION, new LocalizedText(
                    "The installed edition " + edition + " is an evaluation edition: it expires, and it takes no"
                            + " retail, MAK or KMS key until it is converted.",
                    "インストールされているエディション " + edition + " は評価版です。期限があり、変換するまで製品版・MAK・KMS のキーを受け付けません。"));
        }
    }

    /**
     * Edition IDs of evaluations hold Eval (ServerStandardEval, ServerStandardEvalCor, EnterpriseEval); people
     * write it out ("Windows 10 Enterprise Evaluation", "評価版").
     */
    static boolean evaluation(String edition) {
        String name = edition.strip().toLowerCase(Locale.ROOT);
        return name.contains("eval") || name.contains("評価版");
    }
}
