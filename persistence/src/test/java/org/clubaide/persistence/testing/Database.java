package org.clubaide.persistence.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the repository contract tests run on: the same test classes, two targets. H2 needs
 * nothing; PostgreSQL is the private cluster that {@code scripts/postgres.sh start} runs and
 * describes in {@code CLUBAIDE_TEST_PG_*} environment variables. Without them the PostgreSQL cases
 * fail: a contract that was not checked must not look green.
 */
public enum Database {

  /** An in-memory H2 database of its own, in the mode the application's H2 data source uses. */
  H2 {
    @Override
    DataSource dataSource(String name) {
      JdbcDataSource dataSource = new JdbcDataSource();
      dataSource.setURL("jdbc:h2:mem:" + name + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
      dataSource.setUser("sa");
      dataSource.setPassword("");
      return dataSource;
    }
  },

  /** The database {@code scripts/postgres.sh start} created, shared by the test classes in turn. */
  POSTGRESQL {
    @Override
    DataSource dataSource(String name) {
      Map<String, String> env = System.getenv();
      String host = env.get(HOST);
      if (host == null || host.isBlank()) {
        fail(NOT_CONFIGURED);
      }
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setServerNames(new String[] {host});
      dataSource.setPortNumbers(new int[] {Integer.parseInt(required(env, PORT))});
      dataSource.setDatabaseName(required(env, DB));
      dataSource.setUser(required(env, USER));
      dataSource.setPassword(required(env, PASSWORD));
      dataSource.setApplicationName("clubaide-contract-tests " + name);
      return dataSource;
    }
  };

  /** What a PostgreSQL case says when the environment does not describe a server. */
  public static final String NOT_CONFIGURED =
      "PostgreSQL is not configured: run ./test.sh or scripts/postgres.sh start";

  static final String HOST = "CLUBAIDE_TEST_PG_HOST";
  static final String PORT = "CLUBAIDE_TEST_PG_PORT";
  static final String DB = "CLUBAIDE_TEST_PG_DB";
  static final String USER = "CLUBAIDE_TEST_PG_USER";
  static final String PASSWORD = "CLUBAIDE_TEST_PG_PASSWORD";

  /**
   * A data source for the test class {@code name}: a database of its own on H2, the configured
   * database on PostgreSQL.
   */
  abstract DataSource dataSource(String name);

  private static String required(Map<String, String> env, String variable) {
    return Optional.ofNullable(env.get(variable))
        .filter(v -> !v.isBlank())
        .orElseGet(() -> fail(NOT_CONFIGURED + " (" + variable + " is not set)"));
  }
}
