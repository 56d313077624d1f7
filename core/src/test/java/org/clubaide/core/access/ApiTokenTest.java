package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

  @Test
  @DisplayName("R-PRV-1 a token's login is kept in lower case and it expires after its creation")
  void checksItsArguments() {
    ApiToken token =
        new ApiToken(
            ApiTokenId.newId(), " Ada@Example.org ", "n", TokenDigest.of("s"), T0,
            T0.plusSeconds(1), Optional.empty());
    assertEquals("ada@example.org", token.login());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ApiToken(
                ApiTokenId.newId(), "ada", "n", TokenDigest.of("s"), T0, T0, Optional.empty()));
  }

  @Test
  @DisplayName("R-PRV-1 a token's status: active, then expired; revoked wins over both")
  void status() {
    ApiToken token =
        new ApiToken(
            ApiTokenId.newId(), "ada", "n", TokenDigest.of("s"), T0, T0.plusSeconds(60),
            Optional.empty());
    assertEquals(ApiToken.Status.ACTIVE, token.statusAt(T0));
    assertEquals(ApiToken.Status.EXPIRED, token.statusAt(T0.plusSeconds(60)));
    assertEquals(ApiToken.Status.REVOKED, token.revoke(T0).statusAt(T0));
  }

  @Test
  @DisplayName("token identifiers read back from their text form")
  void ids() {
    UUID uuid = UUID.randomUUID();
    assertEquals(new ApiTokenId(uuid), ApiTokenId.of(uuid.toString()));
    assertEquals(uuid.toString(), new ApiTokenId(uuid).toString());
    assertThrows(IllegalArgumentException.class, () -> ApiTokenId.of("nope"));
  }

  @Test
  @DisplayName("a digest is the SHA-256 of the secret in lower-case hexadecimal")
  void digest() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        TokenDigest.of("abc").hex());
    assertThrows(IllegalArgumentException.class, () -> new TokenDigest("ABC"));
    assertTrue(TokenDigest.of("abc").toString().startsWith("TokenDigest[ba7816bf"));
  }
}
