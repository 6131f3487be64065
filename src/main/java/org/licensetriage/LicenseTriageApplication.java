package org.licensetriage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the license-triage service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LicenseTriageApplication {

    public static void main(String[] args) {
        SpringApplication.run(LicenseTriageApplication.class, args);
    }
}
