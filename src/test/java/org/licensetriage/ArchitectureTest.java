package org.licensetriage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.licensetriage.errors.CauseDescription;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.Escalation;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.errors.ResolutionStep;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;

/** Domain classes stay plain Java, so they can be tested and benchmarked without Spring. */
@AnalyzeClasses(packages = "org.licensetriage",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoSpringAotCode.class})
class ArchitectureTest {

    /** Spring AOT's generated classes (process-aot, in target/classes after a package): framework code by design. */
    public static final class NoSpringAotCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
        }
    }

    @ArchTest
    static final ArchRule domainHasNoFrameworkTypes = noClasses()
            .that().resideInAnyPackage("..keys..", "..errors..", "..reading..", "..diagnosis..", "..audit..", "..i18n..", "..input..")
            .and().areNotAnnotatedWith(RestController.class)
            .and().areNotAnnotatedWith(Configuration.class)
            .and().areNotAnnotatedWith(Component.class)
            .and().areNotAnnotatedWith(ConfigurationProperties.class)
            .and().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "io.micrometer..", "org.springdoc..")
            .because("domain classes are plain Java; only controllers, configuration and meters touch the framework");

    @ArchTest
    static final ArchRule openApiAnnotationsOnlyOnTheHttpContract = noClasses()
            .that().resideInAnyPackage("..keys..", "..errors..", "..reading..", "..diagnosis..", "..audit..", "..i18n..", "..input..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Request")
            .and().haveSimpleNameNotEndingWith("Response")
            .and().haveSimpleNameNotEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("io.swagger..")
            .because("the OpenAPI document describes the HTTP records; the domain stays plain Java");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheWebLayer = noClasses()
            .that().resideInAnyPackage("..keys..", "..errors..", "..reading..", "..diagnosis..", "..audit..")
            .should().dependOnClassesThat().resideInAPackage("org.licensetriage.web..");

    @ArchTest
    static final ArchRule keysStandAlone = noClasses()
            .that().resideInAPackage("..keys..")
            .should().dependOnClassesThat().resideInAnyPackage("..errors..", "..reading..", "..diagnosis..", "..audit..")
            .because("the key analyser is composed by diagnoses and audits, never the other way round");

    @ArchTest
    static final ArchRule errorsStandAlone = noClasses()
            .that().resideInAPackage("..errors..")
            .should().dependOnClassesThat().resideInAnyPackage("..keys..", "..reading..", "..diagnosis..");

    @ArchTest
    static final ArchRule readingKnowsNoCauses = noClasses()
            .that().resideInAPackage("..reading..")
            .should().dependOnClassesThat().resideInAPackage("..diagnosis..")
            .orShould().dependOnClassesThat().belongToAnyOf(CauseId.class, CauseDescription.class,
                    KnowledgeEntry.Cause.class, ResolutionStep.class, Escalation.class, EscalationContact.class)
            .because("reading states what a text shows; what it means is the diagnosis' business");

    @ArchTest
    static final ArchRule sharedBasicsStandAlone = noClasses()
            .that().resideInAnyPackage("..i18n..", "..input..")
            .should().dependOnClassesThat().resideInAnyPackage("..keys..", "..errors..", "..reading..",
                    "..diagnosis..", "..web..")
            .because("the shared basics sit below every feature");
}
