package org.clubaide.bench.generate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where generated rows go: a chunk of rows per table is collected in memory, then written table by
 * table in the order the tables were declared (parents before children, for the foreign keys) and
 * committed. Two ways to write: PostgreSQL's COPY ({@link CopySink}) and JDBC batches ({@link
 * BatchSink}).
 */
abstract class Sink implements AutoCloseable {

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private long written;

  /** Declares a table and the columns generated rows fill, in order. */
  final Table table(String name, String... columns) {
    Table table = new Table(name, List.of(columns));
    tables.put(name, table);
    return table;
  }

  /** Writes every collected row and commits. */
  final void flush() throws SQLException {
    for (Table table : tables.values()) {
      if (!table.rows.isEmpty()) {
        write(table);
        written += table.rows.size();
        table.rows.clear();
      }
    }
    commit();
  }

  /** Rows written since the start. */
  final long written() {
    return written;
  }

  /** Writes one table's collected rows. */
  abstract void write(Table table) throws SQLException;

  /** Commits what was written. */
  abstract void commit() throws SQLException;

  /** Closes the connection. */
  @Override
  public abstract void close() throws SQLException;

  /** A table and the rows collected for it. */
  static final class Table {
    final String name;
    final List<String> columns;
    final List<Object[]> rows = new ArrayList<>();

    private Table(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
    }

    /**
     * Collects a row; values are String, Integer, Long, BigDecimal, Boolean, LocalDate,
     * LocalDateTime or null.
     */
    void add(Object... values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            name + " has " + columns.size() + " columns, not " + values.length);
      }
      rows.add(values);
    }
  }
}
