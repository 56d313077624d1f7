package org.clubaide.persistence;

import org.clubaide.persistence.testing.Database;

class MappingMatchesSchemaPostgresTest extends MappingMatchesSchemaContract {
  MappingMatchesSchemaPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
