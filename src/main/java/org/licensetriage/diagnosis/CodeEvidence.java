package org.licensetriage.diagnosis;

import java.util.List;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.i18n.LocalizedText;

/**
 * The prior: the causes the knowledge base lists for the error code, most likely first. Other codes found
 * in the message count for half, so the code the agent named leads.
 */
final class CodeEvidence {

    // Points by position in the entry's cause list: the first is the one help desks meet most.
    private static final double[] PRIOR = {3.0, 2.2, 1.6, 1.2, 1.0};
    // A code known only from a quoted dialog text counts for less than one written out.
    private static final double QUOTED = 0.6;

    private CodeEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        if (context.primary() != null) {
            prior(context.primary(), context.quotedOnly() ? QUOTED : 1.0, board);
        }
        for (KnowledgeEntry other : context.others()) {
            prior(other, 0.5, board);
        }
    }

    private static void prior(KnowledgeEntry entry, double factor, Scoreboard board) {
        List<KnowledgeEntry.Cause> causes = entry.causes();
        for (int i = 0; i < causes.size(); i++) {
            double points = PRIOR[Math.min(i, PRIOR.length - 1)] * factor;
            String code = entry.code().hex();
            LocalizedText rank = i == 0
                    ? new LocalizedText("the most common cause", "最も多い原因")
                    : i < 3 ? new LocalizedText("a common cause", "よくある原因")
                    : new LocalizedText("a possible cause", "考えられる原因");
            board.raise(causes.get(i).id(), points, EvidenceSource.ERROR_CODE, new LocalizedText(
                    code + " (" + entry.title().en() + "): " + rank.en() + " of this error is \u201C"
                            + causes.get(i).title().en() + "\u201D.",
                    code + " (" + entry.title().ja() + ") の" + rank.ja() + "は「" + causes.get(i).title().ja()
                            + "」です。"));
        }
    }
}
