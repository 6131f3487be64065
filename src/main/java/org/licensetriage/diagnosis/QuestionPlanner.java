package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;

/**
 * Chooses the questions worth asking: for every fact not yet known, replays the ranking with each possible
 * answer and measures how far the top moves: a new top cause counts 1, plus the change of the top cause's
 * share among the causes already in play (a cause an answer would newly raise counts only if it takes the
 * top, so the clock is not asked about in a typo case). Only facts that can move the top are asked, the most
 * telling first, so answering one always changes the diagnosis.
 */
final class QuestionPlanner {

    static final int MAX_QUESTIONS = 3;
    private static final double MIN_IMPACT = 0.05;

    private QuestionPlanner() {
    }

    static List<Question> plan(Scoreboard base, Facts facts, Scoreboard current,
            BiConsumer<Facts, Scoreboard> weighFacts) {
        List<CauseId> ranking = Ranking.order(current);
        @Nullable CauseId top = ranking.isEmpty() ? null : ranking.get(0);
        double topShare = top == null ? 0 : share(top, current, ranking);
        List<Question> questions = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (facts.knows(fact) || fact.answers().isEmpty()) {
                continue;
            }
            double impact = 0;
            for (Object answer : fact.answers()) {
                Scoreboard what = base.pointsCopy();
                weighFacts.accept(facts.with(fact, answer), what);
                @Nullable CauseId newTop = what.top();
                double moved = top == null ? 0 : Math.abs(share(top, what, ranking) - topShare);
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

    /** The cause's share of the points of the causes in play, with the ranking's allowance for the unconsidered. */
    private static double share(CauseId cause, Scoreboard board, List<CauseId> inPlay) {
        double total = Ranking.UNCONSIDERED;
        for (CauseId id : inPlay) {
            total += Math.max(0, board.points(id));
        }
        return Math.max(0, board.points(cause)) / total;
    }
}
