package org.clubaide.persistence.testing;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A test class's database: its data source (raw for Flyway and SQL fixtures, counted for
 * EclipseLink), and the application's persistence unit {@code clubaide} turned into a
 * resource-local one on that data source. The schema only ever comes from the migrations.
 */
public final class TestDatabase implements AutoCloseable {

  private final Database target;
  private final DataSource dataSource;
  private final StatementCounter statements = new StatementCounter();
  private final EntityManagerFactory factory;

  private TestDatabase(Database target, String name) {
    this.target = target;
    this.dataSource = target.dataSource(name);
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", statements.wrap(dataSource));
    // Conflict tests provoke optimistic-lock failures on purpose: log only what breaks a test.
    properties.put("eclipselink.logging.level", "SEVERE");
    // EclipseLink keeps one session per name: each test class gets its own, on its own database.
    properties.put("eclipselink.session-name", "clubaide-" + target + "-" + name);
    this.factory = new PersistenceProvider().createEntityManagerFactory("clubaide", properties);
    if (factory == null) {
      throw new IllegalStateException("EclipseLink found no persistence unit named clubaide");
    }
  }

  /** The database of the test class {@code name} on {@code target}; the schema is left as found. */
  public static TestDatabase open(Database target, String name) {
    return new TestDatabase(target, name);
  }

  /** Which database this is. */
  public Database target() {
    return target;
  }

  /** The data source, without counting. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Counts the statements the adapters execute. */
  public StatementCounter statements() {
    return statements;
  }

  /** The persistence unit. */
  public EntityManagerFactory entityManagerFactory() {
    return factory;
  }

  /** Drops everything, then migrates to the latest version: each test starts from here. */
  public void emptySchema() {
    Schema.clean(dataSource);
    Schema.migrate(dataSource);
  }

  /** Starts a unit of work; the caller commits it, and closes it in every case. */
  public UnitOfWork begin() {
    return new UnitOfWork(factory);
  }

  /** Runs {@code work} in a unit of work and commits it. */
  public <T> T inTransaction(Function<UnitOfWork, T> work) {
    try (UnitOfWork unit = begin()) {
      T result = work.apply(unit);
      unit.commit();
      return result;
    }
  }

  /** Runs {@code work} in a unit of work and commits it. */
  public void run(Consumer<UnitOfWork> work) {
    inTransaction(
        unit -> {
          work.accept(unit);
          return null;
        });
  }

  /** Runs plain SQL on the raw data source, outside JPA: fixtures of the upgrade test. */
  public void execute(String... sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    factory.close();
    if (target == Database.H2) {
      execute("SHUTDOWN");
    }
  }
}
