package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;

/** The question planner's shortcuts must answer exactly what the full ranking would. */
class ScoreboardTest {

    private static final LocalizedText DETAIL = new LocalizedText("because", "なぜなら");

    @Test
    void topIsTheFirstOfTheRankingWhateverThePoints() {
        SplittableRandom random = new SplittableRandom(20261124);
        CauseId[] causes = CauseId.values();
        // Few distinct weights, so ties (broken by vocabulary order) and causes lowered to zero or below are common.
        double[] weights = {0.5, 1.0, 1.5, 2.0, 3.0};
        for (int n = 0; n < 5_000; n++) {
            Scoreboard board = new Scoreboard();
            int moves = random.nextInt(12);
            for (int m = 0; m < moves; m++) {
                CauseId cause = causes[random.nextInt(causes.length)];
                double weight = weights[random.nextInt(weights.length)];
                if (random.nextInt(4) == 0) {
                    board.lower(cause, weight);
                } else {
                    board.raise(cause, weight, EvidenceSource.FACT, DETAIL);
                }
            }
            List<CauseId> ranking = Ranking.order(board);
            assertThat(board.top()).isEqualTo(ranking.isEmpty() ? null : ranking.get(0));
        }
    }

    @Test
    void aPointsCopyRanksLikeTheBoardAndLeavesItAlone() {
        Scoreboard board = new Scoreboard();
        board.raise(CauseId.CLOCK_SKEW, 2.0, EvidenceSource.FACT, DETAIL);
        board.raise(CauseId.INSUFFICIENT_PRIVILEGES, 3.0, EvidenceSource.MESSAGE, DETAIL);
        board.lower(CauseId.CLOCK_SKEW, 0.5);

        Scoreboard copy = board.pointsCopy();
        assertThat(Ranking.order(copy)).isEqualTo(Ranking.order(board));
        assertThat(copy.points(CauseId.CLOCK_SKEW)).isEqualTo(1.5);
        assertThat(copy.evidence(CauseId.INSUFFICIENT_PRIVILEGES)).isEmpty();

        copy.raise(CauseId.CLOCK_SKEW, 5.0, EvidenceSource.FACT, DETAIL);
        assertThat(copy.top()).isEqualTo(CauseId.CLOCK_SKEW);
        assertThat(board.top()).isEqualTo(CauseId.INSUFFICIENT_PRIVILEGES);
        assertThat(board.evidence(CauseId.CLOCK_SKEW)).hasSize(1);
        assertThat(copy.evidence(CauseId.CLOCK_SKEW)).as("a trial board keeps no evidence").isEmpty();
        assertThat(copy.keepsEvidence()).isFalse();
        assertThat(board.copy().keepsEvidence()).isTrue();
    }
}
