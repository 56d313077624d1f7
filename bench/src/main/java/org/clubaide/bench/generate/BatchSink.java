package org.clubaide.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Writes rows with batched {@code INSERT}s: the portable way, used for H2. */
final class BatchSink extends Sink {

  private static final int BATCH = 1_000;

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  BatchSink(Connection connection) {
    this.connection = connection;
  }

  @Override
  void write(Table table) throws SQLException {
    PreparedStatement insert = statements.get(table.name);
    if (insert == null) {
      String marks = "?" + ", ?".repeat(table.columns.size() - 1);
      insert =
          connection.prepareStatement(
              "INSERT INTO "
                  + table.name
                  + " ("
                  + String.join(", ", table.columns)
                  + ") VALUES ("
                  + marks
                  + ")");
      statements.put(table.name, insert);
    }
    int pending = 0;
    for (Object[] row : table.rows) {
      for (int i = 0; i < row.length; i++) {
        insert.setObject(i + 1, row[i]);
      }
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    }
    if (pending > 0) {
      insert.executeBatch();
    }
  }

  @Override
  void commit() throws SQLException {
    connection.commit();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : statements.values()) {
      statement.close();
    }
    connection.close();
  }
}
