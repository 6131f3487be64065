package org.licensetriage.diagnosis;

import java.util.Locale;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;

/** What the installed edition (given, or read from slmgr) says by itself, whatever key is involved. */
final class EditionEvidence {

    // As strong as a key that shows its own problem: the edition ID names the evaluation outright.
    private static final double EVALUATION = 4.0;

    private EditionEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        String edition = context.installedEdition();
        if (edition != null && evaluation(edition)) {
            board.raise(CauseId.EVALUATION_EDITION, EVALUATION, EvidenceSource.EDITION, new LocalizedText(
                    "The installed edition " + edition + " is an evaluation edition: it expires, and it takes no"
                            + " retail, MAK or KMS key until it is converted.",
                    "インストールされているエディション " + edition + " は評価版です。期限があり、変換するまで製品版・MAK・KMS のキーを受け付けません。"));
        }
    }

    /** Edition IDs of evaluations end in Eval (ServerStandardEval, EnterpriseEval); people write it out. */
    static boolean evaluation(String edition) {
        String name = edition.strip().toLowerCase(Locale.ROOT);
        return name.endsWith("eval") || name.endsWith("evaluation") || name.endsWith("評価版");
    }
}
