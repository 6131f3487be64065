package org.licensetriage.keys;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Counts key validations by format, checksum and outcome: three small enums, so the number of series is
 * fixed (45) whatever keys arrive. Counters are registered up front to keep lookups off the request path.
 */
@Component
class KeyValidationMetrics {

    /** What a validation told the agent, in the words of the dashboard. */
    enum Outcome { VALID, REPAIRABLE, INVALID, GENERIC_KEY, KMS_CLIENT_KEY }

    private final Counter[] counters;

    KeyValidationMetrics(MeterRegistry registry) {
        KeyFormat[] formats = KeyFormat.values();
        ChecksumStatus[] checksums = ChecksumStatus.values();
        Outcome[] outcomes = Outcome.values();
        counters = new Counter[formats.length * checksums.length * outcomes.length];
        for (KeyFormat format : formats) {
            for (ChecksumStatus checksum : checksums) {
                for (Outcome outcome : outcomes) {
                    counters[index(format, checksum, outcome)] = Counter.builder("licensetriage.key.validations")
                            .description("Product-key validations by format, checksum and outcome")
                            .tag("format", format.name()).tag("checksum", checksum.name())
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry);
                }
            }
        }
    }

    void record(KeyAnalysis analysis) {
        counters[index(analysis.format(), analysis.checksum(), outcome(analysis))].increment();
    }

    static Outcome outcome(KeyAnalysis analysis) {
        KeyIdentity key = analysis.key();
        if (key != null && key.knownAs() == KnownAs.GENERIC) {
            return Outcome.GENERIC_KEY;
        }
        if (key != null && key.knownAs() == KnownAs.KMS_CLIENT) {
            return Outcome.KMS_CLIENT_KEY;
        }
        if (analysis.valid()) {
            return Outcome.VALID;
        }
        return analysis.suggestionUnique() ? Outcome.REPAIRABLE : Outcome.INVALID;
    }

    private static int index(KeyFormat format, ChecksumStatus checksum, Outcome outcome) {
        return (format.ordinal() * ChecksumStatus.values().length + checksum.ordinal()) * Outcome.values().length
                + outcome.ordinal();
    }
}
