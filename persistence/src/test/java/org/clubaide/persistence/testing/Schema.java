package org.clubaide.persistence.testing;

import javax.sql.DataSource;
import org.clubaide.persistence.migration.SchemaMigrator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema of a test database, always built by the application's own migrations. Emptying it is a
 * test-only power: production's {@link SchemaMigrator} keeps Flyway's {@code clean} disabled.
 */
public final class Schema {

  private Schema() {}

  /** Drops every object of the database's schema, Flyway's history included. */
  public static void clean(DataSource dataSource) {
    configure(dataSource).cleanDisabled(false).load().clean();
  }

  /** Brings an empty or older schema to the latest version, as the application does at start. */
  public static void migrate(DataSource dataSource) {
    SchemaMigrator.migrate(dataSource);
  }

  /** Brings an empty schema to {@code version} exactly, not beyond. */
  public static void migrateTo(DataSource dataSource, String version) {
    configure(dataSource).target(MigrationVersion.fromVersion(version)).load().migrate();
  }

  /** The version the schema is at, or {@code null} when nothing was applied. */
  public static MigrationVersion current(DataSource dataSource) {
    var current = configure(dataSource).load().info().current();
    return current == null ? null : current.getVersion();
  }

  /** The latest version the migrations on the classpath reach. */
  public static MigrationVersion latestAvailable(DataSource dataSource) {
    var all = configure(dataSource).load().info().all();
    return all[all.length - 1].getVersion();
  }

  /** The same locations as {@link SchemaMigrator}, so tests run exactly its scripts. */
  private static FluentConfiguration configure(DataSource dataSource) {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true);
  }
}
