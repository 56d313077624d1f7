package org.clubaide.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.Metamodel;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clubaide.persistence.member.ConsentChangeEmbeddable;
import org.clubaide.persistence.member.NetworkOfferChangeEmbeddable;
import org.clubaide.persistence.member.ProfileEntryEmbeddable;
import org.clubaide.persistence.member.TermsAcceptanceEmbeddable;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The entity mappings and the migrated schema agree: for every entity and attribute of the
 * persistence unit's metamodel (element collections and their embeddables included), the column the
 * mapping reads and writes exists with a compatible SQL type, the same length for text, and the
 * same nullability; and every mandatory column of a mapped table is written by some mapping. Read
 * from JDBC {@link DatabaseMetaData} after the real migrations, on each database.
 */
abstract class MappingMatchesSchemaContract extends DatabaseContract {

  /** The SQL types a Java value of each kind may be stored in. */
  private static final Map<Class<?>, Set<Integer>> COMPATIBLE =
      Map.of(
          String.class, Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR),
          Boolean.class, Set.of(Types.BOOLEAN, Types.BIT),
          Integer.class, Set.of(Types.INTEGER),
          Long.class, Set.of(Types.BIGINT),
          BigDecimal.class, Set.of(Types.NUMERIC, Types.DECIMAL),
          LocalDate.class, Set.of(Types.DATE),
          LocalDateTime.class, Set.of(Types.TIMESTAMP));

  MappingMatchesSchemaContract(Database target) {
    super(target);
  }

  /** What a mapping expects of one column. */
  record Expected(
      String owner,
      String table,
      String column,
      Class<?> javaType,
      boolean nullable,
      int length,
      int precision,
      int scale) {}

  /** What the schema has. */
  record Actual(
      int sqlType,
      String typeName,
      boolean nullable,
      int size,
      int decimalDigits,
      boolean hasDefault) {}

  @Test
  @DisplayName("every mapped attribute has its column, with a compatible type and nullability")
  void mappingsMatchSchema() throws SQLException {
    List<Expected> expected = expectedColumns();
    Map<String, Map<String, Actual>> schema = schema();
    List<String> problems = new ArrayList<>();

    for (Expected e : expected) {
      Actual actual = schema.getOrDefault(e.table(), Map.of()).get(e.column());
      String where = e.owner() + " -> " + e.table() + "." + e.column();
      if (actual == null) {
        problems.add(where + ": no such column in the migrated schema");
        continue;
      }
      Set<Integer> types = COMPATIBLE.get(e.javaType());
      if (types == null) {
        problems.add(
            where
                + ": no SQL type rule for "
                + e.javaType().getName()
                + " (EclipseLink serialises a type it does not know to a binary column)");
      } else if (!types.contains(actual.sqlType())) {
        problems.add(
            where + ": " + e.javaType().getSimpleName() + " stored in " + actual.typeName());
      }
      if (e.javaType() == String.class && e.length() != actual.size()) {
        problems.add(where + ": length " + e.length() + " mapped, " + actual.size() + " in schema");
      }
      if (e.javaType() == BigDecimal.class
          && (e.precision() != actual.size() || e.scale() != actual.decimalDigits())) {
        problems.add(
            where
                + ": NUMERIC("
                + e.precision()
                + ","
                + e.scale()
                + ") mapped, ("
                + actual.size()
                + ","
                + actual.decimalDigits()
                + ") in schema");
      }
      if (e.nullable() != actual.nullable()) {
        problems.add(
            where
                + ": "
                + (e.nullable() ? "may be null in the mapping" : "never null in the mapping")
                + ", "
                + (actual.nullable() ? "NULL" : "NOT NULL")
                + " in the schema");
      }
    }
    Map<String, Set<String>> mapped = new TreeMap<>();
    expected.forEach(e -> mapped.computeIfAbsent(e.table(), t -> new TreeSet<>()).add(e.column()));
    mapped.forEach(
        (table, columns) ->
            schema
                .getOrDefault(table, Map.of())
                .forEach(
                    (column, actual) -> {
                      if (!actual.nullable() && !actual.hasDefault() && !columns.contains(column)) {
                        problems.add(
                            table + "." + column + ": NOT NULL without default, never written");
                      }
                    }));

    assertTrue(
        problems.isEmpty(), "Mapping and schema disagree:\n  " + String.join("\n  ", problems));
    assertFalse(expected.isEmpty());
  }

  @Test
  @DisplayName("the metamodel holds the entities the adapters use, each mapped to a migrated table")
  void everyEntityIsChecked() throws SQLException {
    Map<String, Map<String, Actual>> schema = schema();
    Set<String> tables = new TreeSet<>();
    expectedColumns().forEach(e -> tables.add(e.table()));

    assertTrue(
        schema.keySet().containsAll(tables), "mapped " + tables + ", migrated " + schema.keySet());
    assertTrue(
        tables.containsAll(
            Set.of(
                "member",
                "terms_acceptance",
                "consent_change",
                "account",
                "account_role",
                "terms_version",
                "help_request",
                "help_request_kind",
                "request_event",
                "simple_solution",
                "member_profile_entry",
                "network_offer_change")),
        "checked tables: " + tables);
  }

  @Test
  @DisplayName(
      "every embeddable of the metamodel is checked, each of its attributes against its column")
  void everyEmbeddableIsChecked() {
    Set<String> checked = new TreeSet<>();
    expectedColumns().forEach(e -> checked.add(e.owner()));
    Metamodel metamodel = db.entityManagerFactory().getMetamodel();
    Set<Class<?>> reached = new HashSet<>();
    List<String> unchecked = new ArrayList<>();
    for (EntityType<?> entity : metamodel.getEntities()) {
      for (Attribute<?, ?> attribute : entity.getAttributes()) {
        if (attribute instanceof PluralAttribute<?, ?, ?> plural
            && plural.getElementType() instanceof EmbeddableType<?> embeddable) {
          reached.add(embeddable.getJavaType());
          for (Attribute<?, ?> part : embeddable.getAttributes()) {
            String owner = entity.getName() + "." + attribute.getName() + "." + part.getName();
            if (!checked.contains(owner)) {
              unchecked.add(owner);
            }
          }
        }
      }
    }
    Set<Class<?>> embeddables = new HashSet<>();
    metamodel.getEmbeddables().forEach(e -> embeddables.add(e.getJavaType()));

    assertEquals(embeddables, reached, "embeddables no element collection holds");
    assertTrue(
        reached.containsAll(
            Set.of(
                TermsAcceptanceEmbeddable.class,
                ConsentChangeEmbeddable.class,
                ProfileEntryEmbeddable.class,
                NetworkOfferChangeEmbeddable.class)),
        "embeddables reached: " + reached);
    assertTrue(unchecked.isEmpty(), "embeddable attributes not checked: " + unchecked);
  }

  private List<Expected> expectedColumns() {
    EntityManager em = db.entityManagerFactory().createEntityManager();
    try {
      Session session = JpaHelper.getEntityManager(em).getServerSession();
      List<Expected> expected = new ArrayList<>();
      for (EntityType<?> entity : db.entityManagerFactory().getMetamodel().getEntities()) {
        ClassDescriptor descriptor = session.getDescriptor(entity.getJavaType());
        for (Attribute<?, ?> attribute : entity.getAttributes()) {
          String owner = entity.getName() + "." + attribute.getName();
          DatabaseMapping mapping = descriptor.getMappingForAttributeName(attribute.getName());
          expected.addAll(columnsOf(owner, descriptor, mapping, attribute));
        }
      }
      return expected;
    } finally {
      em.close();
    }
  }

  private List<Expected> columnsOf(
      String owner,
      ClassDescriptor descriptor,
      DatabaseMapping mapping,
      Attribute<?, ?> attribute) {
    List<Expected> columns = new ArrayList<>();
    if (mapping instanceof DirectToFieldMapping direct) {
      Field field = (Field) attribute.getJavaMember();
      DatabaseField column = direct.getField();
      boolean key = descriptor.getPrimaryKeyFields().contains(column);
      boolean version =
          descriptor.usesOptimisticLocking()
              && column.equals(descriptor.getOptimisticLockingPolicy().getWriteLockField());
      boolean nullable = !key && !version && !field.getType().isPrimitive() && column.isNullable();
      columns.add(expected(owner, column, storedType(field), nullable));
    } else if (mapping instanceof DirectCollectionMapping collection) {
      for (DatabaseField key : collection.getReferenceKeyFields()) {
        columns.add(expected(owner + " (key)", key, String.class, false));
      }
      Class<?> element = ((PluralAttribute<?, ?, ?>) attribute).getElementType().getJavaType();
      DatabaseField column = collection.getDirectField();
      columns.add(expected(owner, column, boxed(element), column.isNullable()));
    } else if (mapping instanceof AggregateCollectionMapping aggregates) {
      for (DatabaseField key : aggregates.getTargetForeignKeyFields()) {
        columns.add(expected(owner + " (key)", key, String.class, false));
      }
      if (aggregates.getListOrderField() != null) {
        columns.add(
            expected(owner + " (order)", aggregates.getListOrderField(), Integer.class, false));
      }
      ClassDescriptor embeddable = aggregates.getReferenceDescriptor();
      for (DatabaseMapping part : embeddable.getMappings()) {
        DirectToFieldMapping direct = (DirectToFieldMapping) part;
        Field field = fieldOf(embeddable.getJavaClass(), part.getAttributeName());
        columns.add(
            expected(
                owner + "." + part.getAttributeName(),
                direct.getField(),
                storedType(field),
                !field.getType().isPrimitive() && direct.getField().isNullable()));
      }
    } else {
      throw new AssertionError(
          owner + " uses a mapping this test cannot read yet: " + mapping.getClass().getName());
    }
    return columns;
  }

  private static Expected expected(
      String owner, DatabaseField field, Class<?> type, boolean nullable) {
    return new Expected(
        owner,
        field.getTableName().toLowerCase(Locale.ROOT),
        field.getName().toLowerCase(Locale.ROOT),
        type,
        nullable,
        field.getLength(),
        field.getPrecision(),
        field.getScale());
  }

  /** The Java type that reaches JDBC: the converter's database side, or the field's own type. */
  private static Class<?> storedType(Field field) {
    Convert convert = field.getAnnotation(Convert.class);
    if (convert == null) {
      return boxed(field.getType());
    }
    for (Type type : convert.converter().getGenericInterfaces()) {
      if (type instanceof ParameterizedType p && p.getRawType() == AttributeConverter.class) {
        return boxed((Class<?>) p.getActualTypeArguments()[1]);
      }
    }
    throw new AssertionError(convert.converter() + " is not an AttributeConverter");
  }

  private static Field fieldOf(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> boxed(Class<?> type) {
    Map<Class<?>, Class<?>> boxes =
        Map.of(boolean.class, Boolean.class, int.class, Integer.class, long.class, Long.class);
    return boxes.getOrDefault(type, type);
  }

  /** Table name to column name to what the schema says, every name in lower case. */
  private Map<String, Map<String, Actual>> schema() throws SQLException {
    Map<String, Map<String, Actual>> tables = new HashMap<>();
    try (Connection connection = db.dataSource().getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet columns = meta.getColumns(null, connection.getSchema(), "%", "%")) {
        while (columns.next()) {
          tables
              .computeIfAbsent(
                  columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT),
                  t -> new LinkedHashMap<>())
              .put(
                  columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                  new Actual(
                      columns.getInt("DATA_TYPE"),
                      columns.getString("TYPE_NAME"),
                      columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                      columns.getInt("COLUMN_SIZE"),
                      columns.getInt("DECIMAL_DIGITS"),
                      columns.getString("COLUMN_DEF") != null));
        }
      }
    }
    return tables;
  }
}
