package org.licensetriage.diagnosis;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.reading.Observation;
import org.licensetriage.reading.Signal;

/**
 * The answer when nothing given points at a cause: the causes the knowledge base lists most often, first
 * places counting most, each with a few points only, so the confidence reads low and the questions that
 * separate them come with it. Computed once from the knowledge base.
 */
final class UsualCauses {

    private static final double[] POINTS = {0.6, 0.5, 0.4};
    private static final LocalizedText WHY = new LocalizedText(
            "Nothing given points at one cause; this is among the most common causes of activation failures."
                    + " The questions below tell them apart.",
            "入力からは原因を絞り込めません。ライセンス認証の失敗でよくある原因の 1 つです。下の質問で切り分けてください。");

    private final List<CauseId> usual;

    UsualCauses(KnowledgeBase knowledgeBase) {
        Map<CauseId, Double> weight = new EnumMap<>(CauseId.class);
        for (KnowledgeEntry entry : knowledgeBase.entries()) {
            List<KnowledgeEntry.Cause> causes = entry.causes();
            for (int i = 0; i < causes.size(); i++) {
                weight.merge(causes.get(i).id(), 1.0 / (i + 1), Double::sum);
            }
        }
        usual = weight.entrySet().stream()
                .sorted(Map.Entry.<CauseId, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparingInt(Enum::ordinal))))
                .limit(POINTS.length).map(Map.Entry::getKey).toList();
    }

    private static final LocalizedText COMMAND = new LocalizedText(
            "A command or script that fails with nothing else known was most often not run as administrator: slmgr,"
                    + " ospp and activation scripts need an elevated prompt.",
            "ほかに手がかりがなくコマンドやスクリプトが失敗する場合、最も多いのは管理者として実行していないことです。slmgr、ospp、ライセンス認証のスクリプトには管理者のプロンプトが必要です。");

    void apply(Scoreboard board, Observation read) {
        if (read.says(Signal.RAN_A_COMMAND)) {
            board.raise(CauseId.INSUFFICIENT_PRIVILEGES, POINTS[0] + 0.1, EvidenceSource.MESSAGE, COMMAND);
        }
        for (int i = 0; i < usual.size(); i++) {
            board.raise(usual.get(i), POINTS[i], EvidenceSource.ERROR_CODE, WHY);
        }
    }
}
