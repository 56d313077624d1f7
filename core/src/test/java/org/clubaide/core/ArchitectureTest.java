package org.clubaide.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.Slices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.TreeSet;

/** The shape of the core: framework-free, acyclic, and on the injected clock. */
@AnalyzeClasses(
    packages = "org.clubaide.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CORE = "org.clubaide.core";

  /** The capabilities of the core as they stand; a new one is added here on purpose. */
  private static final Set<String> CAPABILITIES =
      Set.of(
          "shared",
          "money",
          "access",
          "terms",
          "member",
          "registration",
          "request",
          "quote",
          "network",
          "participation",
          "privacy",
          "administration",
          "notification");

  /** Fails unless every capability package exists and holds production classes. */
  private static void assertCapabilitiesArePresent(JavaClasses classes) {
    assertTrue(classes.containPackage(CORE), "the core package was imported");
    for (String capability : CAPABILITIES) {
      String name = CORE + "." + capability;
      assertTrue(classes.containPackage(name), name + " exists");
      Set<JavaClass> held = classes.getPackage(name).getClasses();
      assertFalse(held.isEmpty(), name + " holds classes");
      assertTrue(
          held.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")),
          name + " holds no test class");
    }
  }

  /** The core is plain Java: no jakarta, javax or Eclipse (EclipseLink, MicroProfile) class. */
  @ArchTest
  static void coreIsFrameworkFree(JavaClasses classes) {
    assertCapabilitiesArePresent(classes);

    noClasses()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "javax..", "org.eclipse..")
        .check(classes);
  }

  /** The capability packages of the core depend on each other without any cycle. */
  @ArchTest
  static void capabilitiesHaveNoCycle(JavaClasses classes) {
    assertCapabilitiesArePresent(classes);
    Set<String> sliced = new TreeSet<>();
    for (Slice slice : Slices.matching(CORE + ".(*)..").transform(classes)) {
      sliced.add(slice.getNamePart(1));
    }
    assertEquals(new TreeSet<>(CAPABILITIES), sliced, "the slices the rule checks");

    slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  /** The core tells the time only from an injected clock, never from the system clock. */
  @ArchTest
  static void timeComesFromTheInjectedClock(JavaClasses classes) {
    assertCapabilitiesArePresent(classes);
    assertTrue(
        classes.stream()
            .anyMatch(
                c ->
                    c.getMethodCallsFromSelf().stream()
                        .anyMatch(
                            call ->
                                call.getTargetOwner().isEquivalentTo(LocalDate.class)
                                    && call.getName().equals("now"))),
        "the core does read the date, so the rule has calls to judge");

    noClasses()
        .that()
        .resideInAPackage(CORE + "..")
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .check(classes);
  }
}
