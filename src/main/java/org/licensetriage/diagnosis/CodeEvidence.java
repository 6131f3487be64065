package org.licensetriage.diagnosis;

import java.util.List;
import java.util.Map;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.ErrorKind;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.i18n.LocalizedText;

/**
 * The prior: the causes the knowledge base lists for the error code, most likely first. Other codes found
 * in the message count for half, so the code the agent named leads. A code without an entry still tells
 * its kind (a DNS error, an access error …), which points at the causes of that kind, less firmly.
 */
final class CodeEvidence {

    // Points by position in the entry's cause list: the first is the one help desks meet most.
    private static final double[] PRIOR = {3.0, 2.2, 1.6, 1.2, 1.0};
    // A code known only from a quoted dialog text counts for less than one written out.
    private static final double QUOTED = 0.6;

    private CodeEvidence() {
    }

    // The causes a code of each kind points at, most likely first; no kind says more than an entry would.
    private static final Map<ErrorKind, List<CauseId>> BY_KIND = Map.of(
            ErrorKind.DNS, List.of(CauseId.KMS_HOST_UNREACHABLE, CauseId.NETWORK_UNAVAILABLE),
            ErrorKind.NETWORK, List.of(CauseId.NETWORK_UNAVAILABLE, CauseId.KMS_HOST_UNREACHABLE,
                    CauseId.ACTIVATION_SERVER_UNAVAILABLE),
            ErrorKind.SECURE_CONNECTION, List.of(CauseId.NETWORK_UNAVAILABLE, CauseId.CLOCK_SKEW),
            ErrorKind.TIME, List.of(CauseId.CLOCK_SKEW),
            ErrorKind.ACCESS, List.of(CauseId.INSUFFICIENT_PRIVILEGES),
            ErrorKind.SERVICE, List.of(CauseId.SERVICE_DISABLED, CauseId.LICENSE_STORE_DAMAGED),
            ErrorKind.WMI, List.of(CauseId.SERVICE_DISABLED),
            ErrorKind.STORAGE, List.of(CauseId.LICENSE_STORE_DAMAGED));
    private static final double KIND_FACTOR = 0.8;

    static void apply(DiagnosisContext context, Scoreboard board, KnowledgeBase knowledgeBase) {
        if (context.primary() != null) {
            prior(context.primary(), context.quotedOnly() ? QUOTED : 1.0, board);
        } else if (context.code() != null) {
            byKind(context.code(), knowledgeBase, board);
        }
        for (KnowledgeEntry other : context.others()) {
            prior(other, 0.5, board);
        }
    }

    private static void byKind(ErrorCode code, KnowledgeBase knowledgeBase, Scoreboard board) {
        ErrorKind kind = knowledgeBase.kind(code);
        List<CauseId> causes = BY_KIND.getOrDefault(kind, List.of());
        List<String> names = knowledgeBase.symbolicNames(code);
        String named = code.hex() + (names.isEmpty() ? "" : " (" + names.get(0) + ")");
        for (int i = 0; i < causes.size(); i++) {
            board.raise(causes.get(i), PRIOR[Math.min(i, PRIOR.length - 1)] * KIND_FACTOR, EvidenceSource.ERROR_CODE,
                    new LocalizedText(named + " has no entry of its own. " + kind.meaning().en(),
                            named + " には個別の登録がありません。" + kind.meaning().ja()));
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
