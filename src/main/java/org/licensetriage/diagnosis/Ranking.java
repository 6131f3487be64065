package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.i18n.LocalizedText;

/**
 * Turns points into a ranking. Confidence is a cause's share of all points plus a constant for "something
 * not considered", so the list sums to less than 1 and a single weak clue never reads as certainty.
 */
final class Ranking {

    static final double UNCONSIDERED = 3.0;
    // An agent reads the first few causes: past the third, a cause with under a quarter of the leader's points
    // only lengthens the answer (and its steps) without changing what anyone does first.
    private static final int ALWAYS_SHOWN = 3;
    private static final double TAIL_SHARE_OF_LEADER = 0.25;

    private Ranking() {
    }

    static List<RankedCause> rank(Scoreboard board, DiagnosisContext context, KnowledgeBase knowledgeBase) {
        List<CauseId> raised = order(board);
        double total = raised.stream().mapToDouble(board::points).sum() + UNCONSIDERED;
        double tailFloor = raised.isEmpty() ? 0 : TAIL_SHARE_OF_LEADER * board.points(raised.get(0));
        List<CauseId> shown = new ArrayList<>();
        for (CauseId id : raised) {
            if (shown.size() < ALWAYS_SHOWN || board.points(id) >= tailFloor) {
                shown.add(id);
            }
        }
        return shown.stream().map(id -> new RankedCause(id, round(board.points(id) / total),
                title(id, context.primary(), knowledgeBase),
                board.evidence(id).stream().sorted(Comparator.comparingDouble(Evidence::weight).reversed()).toList(),
                knowledgeBase.cause(id).resolution())).toList();
    }

    /** Raised causes, most points first; ties in vocabulary order, so the same input ranks the same. */
    static List<CauseId> order(Scoreboard board) {
        return board.raised().stream()
                .sorted(Comparator.comparingDouble(board::points).reversed().thenComparing(Enum::ordinal))
                .toList();
    }


    private static LocalizedText title(CauseId id, KnowledgeEntry primary, KnowledgeBase knowledgeBase) {
        if (primary != null) {
            for (KnowledgeEntry.Cause cause : primary.causes()) {
                if (cause.id() == id) {
                    return cause.title();
                }
            }
        }
        return knowledgeBase.cause(id).title();
    }

    private static double round(double confidence) {
        return Math.floor(confidence * 1000) / 1000;
    }
}
