package org.licensetriage.errors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Tells operators which knowledge base is loaded: its version and size in {@code /actuator/info}, a
 * readiness check, and a gauge whose {@code version} label has one value per running process.
 */
@Component("knowledgeBaseHealthIndicator")
class KnowledgeBaseObservability implements HealthIndicator, InfoContributor {

    private final KnowledgeBase knowledgeBase;

    KnowledgeBaseObservability(KnowledgeBase knowledgeBase, MeterRegistry registry) {
        this.knowledgeBase = knowledgeBase;
        Gauge.builder("licensetriage.knowledge.entries", knowledgeBase, KnowledgeBase::size)
                .description("Error codes in the loaded knowledge base")
                .tag("version", knowledgeBase.version())
                .register(registry);
    }

    @Override
    public Health health() {
        // The bean exists only once the base loaded and validated, so being asked means being ready.
        return Health.up().withDetails(details()).build();
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("knowledgeBase", details());
    }

    private Map<String, Object> details() {
        return Map.of("version", knowledgeBase.version(), "entries", knowledgeBase.size());
    }
}
