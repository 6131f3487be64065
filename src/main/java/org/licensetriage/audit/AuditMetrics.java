package org.licensetriage.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.licensetriage.keys.KeyOutcome;
import org.springframework.stereotype.Component;

/**
 * Counts audited files by outcome ({@code complete}, {@code incomplete}: the report ends with an error,
 * {@code refused}: a problem answer) and reason, and the rows of delivered reports by key outcome. Every label
 * comes from an enum: 1 + 2 × 12 file series at most, 5 row series.
 */
@Component
class AuditMetrics {

    private final MeterRegistry registry;
    private final Counter complete;
    private final Map<KeyOutcome, Counter> rows = new EnumMap<>(KeyOutcome.class);

    AuditMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.complete = files("complete", "none");
        for (KeyOutcome outcome : KeyOutcome.values()) {
            rows.put(outcome, Counter.builder("licensetriage.audit.rows")
                    .description("Rows of delivered inventory-audit reports, by the outcome of their key")
                    .tag("outcome", outcome.label()).register(registry));
        }
    }

    void delivered(AuditSummary summary) {
        var error = summary.error();
        (error == null ? complete : files("incomplete", reason(error.reason()))).increment();
        summary.byOutcome().forEach((outcome, n) -> rows.get(KeyOutcome.valueOf(outcome)).increment(n));
    }

    void refused(InventoryProblem problem) {
        files("refused", reason(problem)).increment();
    }

    private Counter files(String outcome, String reason) {
        return Counter.builder("licensetriage.audit.files").description("Inventory files audited, by outcome")
                .tag("outcome", outcome).tag("reason", reason).register(registry);
    }

    private static String reason(InventoryProblem problem) {
        return problem.name().toLowerCase(Locale.ROOT);
    }
}
