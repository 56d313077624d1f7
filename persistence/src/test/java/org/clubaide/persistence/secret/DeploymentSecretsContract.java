package org.clubaide.persistence.secret;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link JpaDeploymentSecrets}: one random secret per name, the same for every later caller. */
abstract class DeploymentSecretsContract extends DatabaseContract {

  private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

  DeploymentSecretsContract(Database target) {
    super(target);
  }

  @Test
  @DisplayName("R-NET-2 the label key is drawn once and read back the same in later transactions")
  void drawnOnceThenReadBack() {
    byte[] first =
        db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).createIfAbsent("label-key", 32, NOW));
    byte[] again =
        db.inTransaction(
            unit ->
                unit.adapter(JpaDeploymentSecrets.class)
                    .createIfAbsent("label-key", 32, NOW.plusSeconds(60)));
    byte[] read = db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).find("label-key"));

    assertEquals(32, first.length);
    assertArrayEquals(first, again);
    assertArrayEquals(first, read);
  }

  @Test
  @DisplayName("different names get different random secrets; an unknown name has none")
  void namesAreIndependent() {
    byte[] a = db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).createIfAbsent("a", 16, NOW));
    byte[] b = db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).createIfAbsent("b", 16, NOW));
    byte[] none = db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).find("c"));

    assertFalse(Arrays.equals(a, b));
    assertEquals(0, none.length);
  }

  @Test
  @DisplayName("a second server's insert of the same name fails and the first secret stays")
  void concurrentInsertLosesToTheFirst() {
    byte[] winner =
        db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).createIfAbsent("race", 16, NOW));

    assertThrows(
        RuntimeException.class,
        () ->
            db.run(
                unit ->
                    unit.entityManager()
                        .createNativeQuery(
                            "INSERT INTO deployment_secret (name, secret, created_at)"
                                + " VALUES ('race', 'AAAAAAAAAAAAAAAAAAAAAA==', CURRENT_TIMESTAMP)")
                        .executeUpdate()));

    assertArrayEquals(
        winner, db.inTransaction(unit -> unit.adapter(JpaDeploymentSecrets.class).find("race")));
  }

  @Test
  @DisplayName("names and sizes outside the allowed ones are refused")
  void badNamesAndSizesRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> db.run(unit -> unit.adapter(JpaDeploymentSecrets.class).find("Not a name")));
    assertThrows(
        IllegalArgumentException.class,
        () -> db.run(unit -> unit.adapter(JpaDeploymentSecrets.class).createIfAbsent("x", 8, NOW)));
  }
}
