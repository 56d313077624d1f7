package org.clubaide.bench.generate;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.clubaide.persistence.migration.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fills a Club Aide database with realistic data at scale, reproducible from a seed:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.clubaide.bench.generate.Generate \
 *     --db postgresql --members 100000 --requests 1000000 --seed 42 --reset
 * </pre>
 *
 * The schema comes from the application's own migrations ({@link SchemaMigrator}); the rows go in
 * through COPY on PostgreSQL and JDBC batches on H2, chunk by chunk, with progress on standard
 * error. Every generated account (members and the Service's agents) has the password {@value
 * PasswordHash#PASSWORD}, hashed once. The first administrator is not generated: the server creates
 * it on its first start on the database (set {@code CLUBAIDE_ADMIN_PASSWORD} beforehand).
 *
 * <p>Run with {@code --help} for every option. Connection settings default to the environment
 * variables the server reads ({@code CLUBAIDE_DB_HOST}, {@code _PORT}, {@code _NAME}, {@code _USER},
 * {@code _PASSWORD}).
 */
public final class Generate {

  private static final String USAGE =
      String.join(
          "\n",
          "usage: Generate [options]",
          "  --db h2|postgresql      target database (default: postgresql)",
          "  --url URL               JDBC URL; default from CLUBAIDE_DB_HOST, _PORT, _NAME for",
          "                          postgresql, the clubaide server's H2 file for h2",
          "  --user NAME             default: CLUBAIDE_DB_USER, or clubaide",
          "  --password TEXT         default: CLUBAIDE_DB_PASSWORD, or empty",
          "  --members N             members to generate (default 100000)",
          "  --requests N            help requests to generate (default 1000000)",
          "  --seed N                the same seed and day give the same data (default 42)",
          "  --today YYYY-MM-DD      the reference day, in Europe/Paris (default: today)",
          "  --reset                 empty the application's tables first (else refuse a",
          "                          database that already holds members)",
          "  --batch                 JDBC batches even on PostgreSQL, instead of COPY",
          "  --chunk N               rows of the main table per commit (default 5000)");

  private Generate() {}

  /** What to generate, and where. */
  public record Options(
      String db,
      String url,
      String user,
      String password,
      int members,
      int requests,
      long seed,
      LocalDate today,
      boolean reset,
      boolean copy,
      int chunk) {

    /** Reads the command line; defaults come from the environment as described in the usage. */
    public static Options parse(String[] args, Map<String, String> env) {
      String db = "postgresql";
      String url = null;
      String user = env.getOrDefault("CLUBAIDE_DB_USER", "clubaide");
      String password = env.getOrDefault("CLUBAIDE_DB_PASSWORD", "");
      int members = 100_000;
      int requests = 1_000_000;
      long seed = 42;
      LocalDate today = LocalDate.now(Dataset.PARIS);
      boolean reset = false;
      boolean copy = true;
      int chunk = 5_000;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--db" -> db = value(args, ++i, arg).toLowerCase(Locale.ROOT);
          case "--url" -> url = value(args, ++i, arg);
          case "--user" -> user = value(args, ++i, arg);
          case "--password" -> password = value(args, ++i, arg);
          case "--members" -> members = Integer.parseInt(value(args, ++i, arg));
          case "--requests" -> requests = Integer.parseInt(value(args, ++i, arg));
          case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
          case "--today" -> today = LocalDate.parse(value(args, ++i, arg));
          case "--reset" -> reset = true;
          case "--batch" -> copy = false;
          case "--chunk" -> chunk = Integer.parseInt(value(args, ++i, arg));
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (!db.equals("h2") && !db.equals("postgresql")) {
        throw new IllegalArgumentException("--db is h2 or postgresql, not " + db);
      }
      if (members < 1 || requests < 0 || chunk < 1) {
        throw new IllegalArgumentException("--members >= 1, --requests >= 0, --chunk >= 1");
      }
      if (url == null) {
        url =
            db.equals("h2")
                ? "jdbc:h2:file:ear/target/liberty/wlp/usr/servers/clubaide/data/clubaide;"
                    + "MODE=LEGACY"
                : "jdbc:postgresql://"
                    + env.getOrDefault("CLUBAIDE_DB_HOST", "localhost")
                    + ":"
                    + env.getOrDefault("CLUBAIDE_DB_PORT", "5432")
                    + "/"
                    + env.getOrDefault("CLUBAIDE_DB_NAME", "clubaide");
      }
      return new Options(
          db, url, user, password, members, requests, seed, today, reset,
          copy && db.equals("postgresql"), chunk);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    /** A data source on the target. */
    DataSource dataSource() {
      if (db.equals("h2")) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
      }
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser(user);
      pg.setPassword(password);
      pg.setApplicationName("clubaide-generate");
      return pg;
    }
  }

  /** Runs the command; exits 2 on a wrong command line, 1 on a failure. */
  public static void main(String[] args) {
    Options options;
    try {
      if (List.of(args).contains("--help")) {
        System.out.println(USAGE);
        return;
      }
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      System.err.println("Generate: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    try {
      Map<String, Long> counts = run(options, System.err, System.console() != null);
      counts.forEach((table, count) -> System.out.printf(Locale.ROOT, "%-22s %,12d%n", table, count));
    } catch (SQLException | RuntimeException e) {
      System.err.println("Generate: failed: " + e);
      System.exit(1);
    }
  }

  /**
   * Migrates the schema, empties it if asked, generates the data and returns how many rows each
   * table holds afterwards.
   *
   * @param log where progress goes
   * @param terminal whether {@code log} is a terminal (progress rewritten in place)
   */
  public static Map<String, Long> run(Options options, PrintStream log, boolean terminal)
      throws SQLException {
    long started = System.nanoTime();
    DataSource dataSource = options.dataSource();
    log.printf(
        Locale.ROOT,
        "Generate: %s, %,d members, %,d requests, seed %d, reference day %s, %s%n",
        options.url(),
        options.members(),
        options.requests(),
        options.seed(),
        options.today(),
        options.copy() ? "COPY" : "JDBC batches");
    var migration = SchemaMigrator.migrate(dataSource);
    log.println(
        migration.migrationsExecuted == 0
            ? "Generate: schema already up to date"
            : "Generate: schema migrated to version " + migration.targetSchemaVersion);
    try (Connection connection = dataSource.getConnection()) {
      prepare(connection, options, log);
    }
    String hash = PasswordHash.of(options.seed());
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    if (options.db().equals("postgresql")) {
      try (Statement s = connection.createStatement()) {
        // A bulk load: an interrupted run is simply run again with --reset.
        s.execute("SET synchronous_commit = off");
      }
    }
    try (Sink sink = options.copy() ? new CopySink(connection) : new BatchSink(connection)) {
      Dataset data =
          new Dataset(sink, options.seed(), options.today(), options.members(), hash);
      data.service();
      Progress members =
          new Progress(log, terminal, "members", options.members());
      for (int i = 0; i < options.members(); i++) {
        data.member(i);
        if ((i + 1) % options.chunk() == 0 || i + 1 == options.members()) {
          data.flush();
          members.update(i + 1, data.written());
        }
      }
      long memberRows = data.written();
      Progress requests = new Progress(log, terminal, "requests", options.requests());
      for (int k = 0; k < options.requests(); k++) {
        data.request(k);
        if ((k + 1) % options.chunk() == 0 || k + 1 == options.requests()) {
          data.flush();
          requests.update(k + 1, data.written() - memberRows);
        }
      }
    }
    Map<String, Long> counts;
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      log.println("Generate: analysing the tables");
      s.execute("ANALYZE");
      counts = counts(c);
    }
    log.printf(
        Locale.ROOT,
        "Generate: done in %.0f s; every generated login has the password %s%n",
        (System.nanoTime() - started) / 1e9,
        PasswordHash.PASSWORD);
    return counts;
  }

  /** Refuses a database that holds members, or empties it with {@code --reset}. */
  private static void prepare(Connection connection, Options options, PrintStream log)
      throws SQLException {
    long existing;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM member")) {
      rs.next();
      existing = rs.getLong(1);
    }
    List<String> tables = applicationTables(connection);
    if (existing > 0 && !options.reset()) {
      throw new IllegalStateException(
          "the database already holds "
              + existing
              + " members: add --reset to empty "
              + String.join(", ", tables)
              + " first");
    }
    if (!options.reset()) {
      return;
    }
    log.println("Generate: emptying " + String.join(", ", tables));
    try (Statement s = connection.createStatement()) {
      if (options.db().equals("postgresql")) {
        s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
      } else {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        for (String table : tables) {
          s.execute("TRUNCATE TABLE " + table);
        }
        s.execute("SET REFERENTIAL_INTEGRITY TRUE");
      }
    }
  }

  /** Every table of the schema but the seeded terms and Flyway's history. */
  private static List<String> applicationTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'"
                    + " ORDER BY table_name")) {
      while (rs.next()) {
        String name = rs.getString(1).toLowerCase(Locale.ROOT);
        if (!name.equals("terms_version") && !name.equals("flyway_schema_history")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  /** How many rows each application table holds. */
  static Map<String, Long> counts(Connection connection) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : applicationTables(connection)) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rs.next();
        counts.put(table, rs.getLong(1));
      }
    }
    return counts;
  }
}
