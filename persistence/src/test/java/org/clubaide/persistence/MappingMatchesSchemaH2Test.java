package org.clubaide.persistence;

import org.clubaide.persistence.testing.Database;

class MappingMatchesSchemaH2Test extends MappingMatchesSchemaContract {
  MappingMatchesSchemaH2Test() {
    super(Database.H2);
  }
}
