package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;

/**
 * Ranking points per cause, with the evidence that raised each. Points add up across sources; evidence
 * against a cause lowers them. A copy lets the question planner try answers without touching the original.
 */
final class Scoreboard {

    private final Map<CauseId, Double> points = new EnumMap<>(CauseId.class);
    private final Map<CauseId, List<Evidence>> evidence = new EnumMap<>(CauseId.class);
    private final boolean keepsEvidence;

    Scoreboard() {
        this(true);
    }

    private Scoreboard(boolean keepsEvidence) {
        this.keepsEvidence = keepsEvidence;
    }

    Scoreboard copy() {
        Scoreboard copy = new Scoreboard();
        copy.points.putAll(points);
        evidence.forEach((id, list) -> copy.evidence.put(id, new ArrayList<>(list)));
        return copy;
    }

    /**
     * A copy of the points alone that keeps no evidence from then on: the question planner tries answers on it
     * and never reads the evidence.
     */
    Scoreboard pointsCopy() {
        Scoreboard copy = new Scoreboard(false);
        copy.points.putAll(points);
        return copy;
    }

    /** Whether {@link #raise} records its evidence; callers skip building the text when it does not. */
    boolean keepsEvidence() {
        return keepsEvidence;
    }

    void raise(CauseId cause, double weight, EvidenceSource source, LocalizedText detail) {
        points.merge(cause, weight, Double::sum);
        if (keepsEvidence) {
            evidence.computeIfAbsent(cause, id -> new ArrayList<>()).add(new Evidence(source, detail, weight));
        }
    }

    /** Points without a line of evidence, for a board that keeps none. */
    void add(CauseId cause, double weight) {
        points.merge(cause, weight, Double::sum);
    }

    /** Evidence against a cause: lowers it without listing a line, since only what raised a cause is shown. */
    void lower(CauseId cause, double weight) {
        points.merge(cause, -weight, Double::sum);
    }

    double points(CauseId cause) {
        return points.getOrDefault(cause, 0.0);
    }

    List<Evidence> evidence(CauseId cause) {
        return evidence.getOrDefault(cause, List.of());
    }

    /**
     * The first cause of {@link Ranking#order}: the most points, the first in vocabulary order among equals;
     * null when none is raised. One pass and no sorting, since the question planner asks for it once per answer.
     */
    @Nullable CauseId top() {
        @Nullable CauseId top = null;
        double best = 0;
        for (Map.Entry<CauseId, Double> entry : points.entrySet()) {
            if (entry.getValue() > best) {
                top = entry.getKey();
                best = entry.getValue();
            }
        }
        return top;
    }

    /** Causes with positive points, in vocabulary order (the ranking sorts them). */
    List<CauseId> raised() {
        return points.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }
}
