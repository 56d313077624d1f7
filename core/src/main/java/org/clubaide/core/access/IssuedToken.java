package org.clubaide.core.access;

import java.util.Objects;

/**
 * A token just created, with its secret: the only time the secret exists outside its owner's hands.
 *
 * @param token the token as kept
 * @param secret the value to send as {@code Authorization: Bearer}
 */
public record IssuedToken(ApiToken token, String secret) {

  /** Checks the arguments. */
  public IssuedToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "IssuedToken[" + token.id() + "]";
  }
}
