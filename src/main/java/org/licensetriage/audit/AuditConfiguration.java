package org.licensetriage.audit;

import org.licensetriage.keys.KeyAnalyser;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    InventoryAudit inventoryAudit(KeyAnalyser analyser, AuditProperties properties) {
        return new InventoryAudit(analyser, properties.limits());
    }
}
