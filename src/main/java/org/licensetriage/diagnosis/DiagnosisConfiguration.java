package org.licensetriage.diagnosis;

import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.keys.KeyAnalyser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the diagnosis service to the two collaborators it composes. */
@Configuration(proxyBeanMethods = false)
class DiagnosisConfiguration {

    @Bean
    DiagnosisService diagnosisService(KeyAnalyser analyser, KnowledgeBase knowledgeBase) {
        return new DiagnosisService(analyser, knowledgeBase);
    }
}
