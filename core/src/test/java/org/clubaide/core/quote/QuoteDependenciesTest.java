package org.clubaide.core.quote;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuoteDependenciesTest {

  private static final String QUOTE = "org.clubaide.core.quote";

  @Test
  @DisplayName("the quote package uses the JDK and the core only, no framework")
  void quoteDependsOnTheJdkAndTheCoreOnly() {
    JavaClasses imported =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(QUOTE);
    assertTrue(imported.containPackage(QUOTE), "the quote package was imported");

    classes()
        .that()
        .resideInAPackage(QUOTE + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.clubaide.core..")
        .check(imported);
  }
}
