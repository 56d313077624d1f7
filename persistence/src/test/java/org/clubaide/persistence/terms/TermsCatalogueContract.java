package org.clubaide.persistence.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link JpaTermsCatalogue} reads: the published versions, oldest first. */
abstract class TermsCatalogueContract extends DatabaseContract {

  private static final TermsVersion SEED = new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  TermsCatalogueContract(Database target) {
    super(target);
  }

  private TermsCatalogue catalogue() {
    return db.inTransaction(
        unit -> {
          List<TermsVersion> all = unit.adapter(JpaTermsCatalogue.class).all();
          return () -> all;
        });
  }

  @Test
  @DisplayName("R-MEM-2 the migrated schema publishes the seed terms V3/2018 of 16/09/2018")
  void seedTerms() {
    assertEquals(List.of(SEED), catalogue().all());
  }

  @Test
  @DisplayName("R-MEM-2 versions come oldest first and the one in force is the latest started")
  void versionsInOrder() {
    db.execute(
        "INSERT INTO terms_version (label, valid_from) VALUES ('V5/2026', DATE '2026-01-01')",
        "INSERT INTO terms_version (label, valid_from) VALUES ('V4/2022', DATE '2022-02-28')");

    TermsCatalogue catalogue = catalogue();

    assertEquals(
        List.of(
            SEED,
            new TermsVersion("V4/2022", LocalDate.of(2022, 2, 28)),
            new TermsVersion("V5/2026", LocalDate.of(2026, 1, 1))),
        catalogue.all());
    assertEquals("V4/2022", catalogue.currentOn(LocalDate.of(2025, 12, 31)).label());
    assertEquals("V5/2026", catalogue.currentOn(LocalDate.of(2026, 1, 1)).label());
    assertEquals(Optional.empty(), catalogue.find("V9/2030"));
  }
}
