package org.clubaide.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The web module talks to the core's use cases and ports; only its wiring and start-up know the
 * persistence module, and nothing in the core or persistence knows the web.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clubaide");
  }

  @Test
  @DisplayName("the packages the rules target exist and hold classes")
  void packagesExist() {
    for (String name :
        List.of(
            "org.clubaide.web.api",
            "org.clubaide.web.ui",
            "org.clubaide.web.security",
            "org.clubaide.web.config",
            "org.clubaide.web.problem",
            "org.clubaide.web.notification",
            "org.clubaide.core.request",
            "org.clubaide.persistence.request")) {
      assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().equals(name)),
          name + " holds no class: the rules below would pass vacuously");
    }
  }

  @Test
  @DisplayName("REST resources, pages, security and notifications never touch JPA entities or adapters")
  void onlyWiringKnowsPersistence() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.clubaide.web.api..",
            "org.clubaide.web.ui..",
            "org.clubaide.web.security..",
            "org.clubaide.web.notification..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.clubaide.persistence..")
        .check(classes);
  }

  @Test
  @DisplayName("neither the core nor persistence depends on the web module")
  void inwardOnly() {
    noClasses()
        .that()
        .resideInAnyPackage("org.clubaide.core..", "org.clubaide.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.clubaide.web..")
        .check(classes);
  }

  @Test
  @DisplayName("the web module's packages are free of cycles")
  void noCycles() {
    slices().matching("org.clubaide.web.(*)..").should().beFreeOfCycles().check(classes);
  }
}
