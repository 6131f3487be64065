package org.licensetriage.keys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analyser and its catalogue of key groups and published keys, loaded once at start-up. */
@Configuration(proxyBeanMethods = false)
class KeyAnalyserConfiguration {

    @Bean
    KeyAnalyser keyAnalyser() {
        return new KeyAnalyser(KeyCatalog.load());
    }
}
