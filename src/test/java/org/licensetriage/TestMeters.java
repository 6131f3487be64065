package org.licensetriage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A meter registry for controller slice tests, which do not start the metrics auto-configuration. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMeters {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
