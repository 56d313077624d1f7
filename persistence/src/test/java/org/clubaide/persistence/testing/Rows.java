package org.clubaide.persistence.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Stored rows read in plain JDBC, around the adapters: what is really in the tables, every column
 * as the text the driver gives (names in lower case, {@code null} kept as null).
 */
public final class Rows {

  private final DataSource dataSource;

  public Rows(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One row: column name to value as text, in the table's column order. */
  public record Row(String table, Map<String, String> columns) {

    /** The value of a column, by its lower-case name. */
    public String get(String column) {
      if (!columns.containsKey(column)) {
        throw new IllegalArgumentException(table + " has no column " + column + ": " + columns);
      }
      return columns.get(column);
    }

    /** The row without the named columns. */
    public Row without(String... names) {
      Map<String, String> kept = new LinkedHashMap<>(columns);
      for (String name : names) {
        kept.remove(name);
      }
      return new Row(table, kept);
    }

    /** The columns whose value contains {@code text}, exactly (case-sensitive). */
    public List<String> columnsContaining(String text) {
      List<String> found = new ArrayList<>();
      columns.forEach(
          (column, value) -> {
            if (value != null && value.contains(text)) {
              found.add(table + "." + column + " = " + value);
            }
          });
      return found;
    }
  }

  /** The rows of {@code table} whose {@code column} equals {@code value}, ordered as given. */
  public List<Row> where(String table, String column, String value, String orderBy) {
    return query(
        table,
        "SELECT * FROM " + table + " WHERE " + column + " = ? ORDER BY " + orderBy,
        value);
  }

  /** Every row of {@code table}, ordered as given. */
  public List<Row> all(String table, String orderBy) {
    return query(table, "SELECT * FROM " + table + " ORDER BY " + orderBy);
  }

  /**
   * Every row of every table of the schema but Flyway's history, table by table: a picture of the
   * whole database to compare before and after a change.
   */
  public Map<String, List<Row>> everything() {
    Map<String, List<Row>> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
      for (String name : names) {
        if (!name.startsWith("flyway")) {
          // Ordering by every column makes the picture independent of the physical order.
          tables.put(name, query(name, "SELECT * FROM " + name + " ORDER BY " + allColumns(name)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  private String allColumns(String table) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
        ResultSet rs = statement.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
      }
      return String.join(", ", columns);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Row> query(String table, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, String> columns = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), rs.getString(i));
          }
          rows.add(new Row(table, columns));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + e.getMessage() + "\n" + sql, e);
    }
  }
}
