package org.licensetriage.keys;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts key validations by format, checksum and outcome: three small enums, so the number of series is
 * fixed (45) whatever keys arrive. Counters are registered up front to keep lookups off the request path.
 */
@Component
class KeyValidationMetrics {

    private final Counter[] counters;

    KeyValidationMetrics(MeterRegistry registry) {
        KeyFormat[] formats = KeyFormat.values();
        ChecksumStatus[] checksums = ChecksumStatus.values();
        KeyOutcome[] outcomes = KeyOutcome.values();
        counters = new Counter[formats.length * checksums.length * outcomes.length];
        for (KeyFormat format : formats) {
            for (ChecksumStatus checksum : checksums) {
                for (KeyOutcome outcome : outcomes) {
                    counters[index(format, checksum, outcome)] = Counter.builder("licensetriage.key.validations")
                            .description("Product-key validations by format, checksum and outcome")
                            .tag("format", format.name()).tag("checksum", checksum.name())
                            .tag("outcome", outcome.label()).register(registry);
                }
            }
        }
    }

    void record(KeyAnalysis analysis) {
        counters[index(analysis.format(), analysis.checksum(), KeyOutcome.of(analysis))].increment();
    }

    private static int index(KeyFormat format, ChecksumStatus checksum, KeyOutcome outcome) {
        return (format.ordinal() * ChecksumStatus.values().length + checksum.ordinal()) * KeyOutcome.values().length
                + outcome.ordinal();
    }
}
