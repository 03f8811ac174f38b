package dev.campaigncrm.examples.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of issue 12, checked over every module's main classes. It runs here because campaign-examples
 * depends on every module, so one import sees all of them and cross-module rules (another module's internals, cycles
 * between packages of different modules) can be checked in one place.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // in a full build the modules come as jars, their tests as -tests.jar, which the option above keeps
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.campaigncrm");
    }

    @Test
    void everyModuleIsImported() {
        Set<String> modules = classes.stream().map(Modules::of).flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(modules).containsExactlyInAnyOrder("campaign-core", "campaign-csv", "campaign-store",
                "campaign-mail", "campaign-llm", "campaign-sheets", "campaign-examples");
    }

    @Test
    void coreUsesOnlyTheJdkAndSlf4j() {
        ArchitectureRules.coreUsesOnlyJdkAndSlf4j().check(classes);
    }

    @Test
    void noPublicTypeExposesAnInternalOne() {
        ArchitectureRules.noPublicTypeExposesInternal().check(classes);
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        ArchitectureRules.noModuleUsesAnotherModulesInternals().check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        ArchitectureRules.noCyclesBetweenPackages().check(classes);
    }
}
