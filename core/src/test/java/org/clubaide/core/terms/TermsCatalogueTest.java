package org.clubaide.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TermsCatalogueTest {

  private static final TermsVersion V3 = FixedTermsCatalogue.V3_2018;
  private static final TermsVersion V4 = new TermsVersion("V4/2025", LocalDate.of(2025, 6, 1));

  @Test
  @DisplayName("R-MEM-2 the seed version V3/2018 is in force from 2018-09-16, not the day before")
  void seedVersionIsInForceFromItsDate() {
    assertTrue(V3.isInForceOn(LocalDate.of(2018, 9, 16)));
    assertFalse(V3.isInForceOn(LocalDate.of(2018, 9, 15)));
  }

  @Test
  @DisplayName("R-MEM-2 the current version is the latest one already in force")
  void currentVersionIsLatestInForce() {
    TermsCatalogue catalogue = FixedTermsCatalogue.of(V4, V3);

    assertEquals(V3, catalogue.currentOn(LocalDate.of(2025, 5, 31)));
    assertEquals(V4, catalogue.currentOn(LocalDate.of(2025, 6, 1)));
    assertEquals(V4, catalogue.currentOn(LocalDate.of(2030, 1, 1)));
  }

  @Test
  @DisplayName("R-MEM-2 a day before any published version has no terms in force")
  void noVersionInForceIsADeploymentError() {
    TermsCatalogue catalogue = FixedTermsCatalogue.seed();

    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> catalogue.currentOn(LocalDate.of(2018, 1, 1)));
    assertEquals("No terms version is in force on 2018-01-01", error.getMessage());
  }

  @Test
  @DisplayName("R-MEM-2 a published version is found by its label")
  void versionIsFoundByLabel() {
    TermsCatalogue catalogue = FixedTermsCatalogue.of(V3, V4);

    assertEquals(Optional.of(V4), catalogue.find("V4/2025"));
    assertEquals(Optional.empty(), catalogue.find("V9/2099"));
  }

  @Test
  @DisplayName("R-MEM-2 a version label is required, trimmed and at most 40 characters")
  void labelIsChecked() {
    assertEquals("V5/2026", new TermsVersion("  V5/2026 ", LocalDate.of(2026, 1, 1)).label());
    LocalDate day = LocalDate.of(2026, 1, 1);
    RuleViolationException blank =
        assertThrows(RuleViolationException.class, () -> new TermsVersion(" ", day));
    assertEquals("The label is required.", blank.getMessage());
    String tooLong = "V".repeat(TermsVersion.LABEL_MAX + 1);
    RuleViolationException longLabel =
        assertThrows(RuleViolationException.class, () -> new TermsVersion(tooLong, day));
    assertEquals("The label is limited to 40 characters (41 given).", longLabel.getMessage());
  }

  @Test
  @DisplayName("R-MEM-2 an acceptance is for the version whose label it records")
  void acceptanceIsForItsVersion() {
    TermsAcceptance acceptance =
        new TermsAcceptance("V3/2018", Instant.parse("2025-03-10T08:00:00Z"), Channel.WEB);

    assertTrue(acceptance.isFor(V3));
    assertFalse(acceptance.isFor(V4));
  }
}
