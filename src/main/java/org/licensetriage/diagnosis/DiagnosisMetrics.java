package org.licensetriage.diagnosis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.licensetriage.errors.CauseId;
import org.springframework.stereotype.Component;

/** Counts diagnoses by their top cause (the vocabulary, or {@code none}) and times them. */
@Component
class DiagnosisMetrics {

    private final Map<CauseId, Counter> byTopCause = new EnumMap<>(CauseId.class);
    private final Counter none;
    private final Timer timer;

    DiagnosisMetrics(MeterRegistry registry) {
        for (CauseId id : CauseId.values()) {
            byTopCause.put(id, counter(registry, id.name()));
        }
        none = counter(registry, "none");
        timer = Timer.builder("licensetriage.diagnosis.duration").description("Time to compute a diagnosis")
                .register(registry);
    }

    private static Counter counter(MeterRegistry registry, String topCause) {
        return Counter.builder("licensetriage.diagnoses").description("Diagnoses by their top-ranked cause")
                .tag("top_cause", topCause).register(registry);
    }

    Diagnosis record(Supplier<Diagnosis> diagnose) {
        Diagnosis diagnosis = timer.record(diagnose);
        (diagnosis.causes().isEmpty() ? none : byTopCause.get(diagnosis.causes().get(0).id())).increment();
        return diagnosis;
    }
}
