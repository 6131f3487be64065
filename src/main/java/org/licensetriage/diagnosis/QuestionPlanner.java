package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;

/**
 * Chooses the questions worth asking: for every fact not yet known, replays the ranking with each possible
 * answer and measures how far the top moves. Only facts that can move it are asked, the most telling first,
 * so answering one always changes the diagnosis.
 */
final class QuestionPlanner {

    static final int MAX_QUESTIONS = 3;
    private static final double MIN_IMPACT = 0.05;

    private QuestionPlanner() {
    }

    static List<Question> plan(Scoreboard base, DiagnosisContext context, KnownFacts facts, Scoreboard current) {
        List<CauseId> ranking = Ranking.order(current);
        @Nullable CauseId top = ranking.isEmpty() ? null : ranking.get(0);
        double topConfidence = top == null ? 0 : Ranking.confidenceOf(top, current);
        List<Question> questions = new ArrayList<>();
        for (FactName fact : FactName.values()) {
            if (facts.knows(fact) || fact.answers().isEmpty()) {
                continue;
            }
            double impact = 0;
            for (Object answer : fact.answers()) {
                Scoreboard what = base.copy();
                FactEvidence.apply(context, facts.with(fact, answer), what);
                List<CauseId> answered = Ranking.order(what);
                @Nullable CauseId newTop = answered.isEmpty() ? null : answered.get(0);
                double moved = top == null ? (newTop == null ? 0 : 1)
                        : Math.abs(Ranking.confidenceOf(top, what) - topConfidence);
                impact = Math.max(impact, (newTop != top ? 1 : 0) + moved);
            }
            if (impact >= MIN_IMPACT) {
                questions.add(new Question(fact, fact.question(), fact.answers(), Math.round(impact * 1000) / 1000.0));
            }
        }
        questions.sort(Comparator.comparingDouble(Question::impact).reversed()
                .thenComparing(q -> q.fact().ordinal()));
        return questions.stream().limit(MAX_QUESTIONS).toList();
    }
}
