package org.licensetriage.errors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts error lookups by category and outcome. Labels come from fixed sets only: an unknown code counts
 * as {@code unknown}, never as itself, so no input can grow the number of series.
 */
@Component
class ErrorLookupMetrics {

    private static final String NAME = "licensetriage.error.lookups";

    private final Map<ErrorCategory, Counter> found = new EnumMap<>(ErrorCategory.class);
    private final Counter notFound;
    private final Counter malformed;

    ErrorLookupMetrics(MeterRegistry registry) {
        for (ErrorCategory category : ErrorCategory.values()) {
            found.put(category, counter(registry, category.name(), "found"));
        }
        notFound = counter(registry, "unknown", "not_found");
        malformed = counter(registry, "unknown", "malformed");
    }

    private static Counter counter(MeterRegistry registry, String category, String outcome) {
        return Counter.builder(NAME).description("Error-code lookups by category and outcome")
                .tag("category", category).tag("outcome", outcome).register(registry);
    }

    void found(ErrorCategory category) {
        found.get(category).increment();
    }

    void notFound() {
        notFound.increment();
    }

    void malformed() {
        malformed.increment();
    }
}
