package org.clubaide.persistence;

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

/** The persistence module points inward only: at the core, never at the web layer. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clubaide.persistence");
  }

  @Test
  @DisplayName("the packages the rules target exist and hold classes")
  void packagesExist() {
    for (String pkg : List.of("member", "request", "access", "terms", "migration", "support", "notification")) {
      String name = "org.clubaide.persistence." + pkg;
      assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().equals(name)),
          name + " holds no class: the rules below would pass vacuously");
    }
  }

  @Test
  @DisplayName("persistence never depends on the web layer")
  void noWeb() {
    noClasses()
        .that()
        .resideInAPackage("org.clubaide.persistence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.clubaide.web..")
        .check(classes);
  }

  @Test
  @DisplayName("JPA entities stay inside persistence: their packages are free of cycles")
  void noCycles() {
    slices().matching("org.clubaide.persistence.(*)..").should().beFreeOfCycles().check(classes);
  }
}
