package org.clubaide.persistence.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of the contract tests that run on both databases: a contract is an abstract class with
 * the tests, and two one-line subclasses name the target ({@code …H2Test}, {@code …PostgresTest}),
 * so reports show each contract on each database. Every test starts on a freshly migrated, empty
 * schema.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {

  private final Database target;

  /** The test class's database; open from {@code @BeforeAll} to {@code @AfterAll}. */
  protected TestDatabase db;

  protected DatabaseContract(Database target) {
    this.target = target;
  }

  @BeforeAll
  void openDatabase() {
    db = TestDatabase.open(target, getClass().getSimpleName());
  }

  @BeforeEach
  void startFromEmptySchema() {
    db.emptySchema();
    db.statements().reset();
  }

  @AfterAll
  void closeDatabase() {
    if (db != null) {
      db.close();
    }
  }
}
