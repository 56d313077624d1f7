package org.clubaide.persistence.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the latest version with the SQL migrations in {@code
 * db/migration}. The same scripts serve H2 and PostgreSQL. Must not run inside a container
 * transaction: Flyway manages its own.
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
        .load()
        .migrate();
  }
}
