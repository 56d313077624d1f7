package org.clubaide.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the latest version with the SQL migrations in {@code
 * db/migration}. The same scripts serve H2 and PostgreSQL. Must not run inside a container
 * transaction: Flyway manages its own. Tables the application does not own (Liberty's scheduler's)
 * may exist before the first migration.
 */
public final class SchemaMigrator {

  private SchemaMigrator() {}

  /**
   * Applies every pending migration.
   *
   * @return Flyway's account of what it did
   */
  public static MigrateResult migrate(DataSource dataSource) {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        // Liberty's scheduler may create its own tables (CLUBAIDE_TIMER_*, notifications.xml) in
        // a new database before the first migration: a schema without history is then taken as
        // empty (baseline 0) and every migration runs from V1. A schema holding the application's
        // tables always has its history, so nothing is skipped.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
