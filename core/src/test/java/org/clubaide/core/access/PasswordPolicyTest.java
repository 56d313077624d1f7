package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static char[] ofLength(int length) {
    char[] password = new char[length];
    for (int i = 0; i < length; i++) {
      password[i] = (char) ('a' + i % 26);
    }
    return password;
  }

  @ParameterizedTest
  @ValueSource(ints = {PasswordPolicy.MIN_LENGTH, 40, PasswordPolicy.MAX_LENGTH})
  @DisplayName("R-PRV-1 a password of 12 to 128 characters is accepted")
  void passwordWithinBoundsIsAccepted(int length) {
    assertDoesNotThrow(() -> PasswordPolicy.check(ofLength(length)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, PasswordPolicy.MIN_LENGTH - 1, PasswordPolicy.MAX_LENGTH + 1, 1000})
  @DisplayName("R-PRV-1 a password shorter than 12 or longer than 128 characters is refused")
  void passwordOutOfBoundsIsRefused(int length) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> PasswordPolicy.check(ofLength(length)));

    assertEquals("R-PRV-1", refused.rule());
    assertEquals("password", refused.field());
    assertEquals("The password must have 12 to 128 characters.", refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-1 a missing password is refused like an empty one")
  void missingPasswordIsRefused() {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> PasswordPolicy.check(null));

    assertEquals("password", refused.field());
  }

  @Test
  @DisplayName("R-PRV-1 a password of white space only is refused")
  void whiteSpaceOnlyPasswordIsRefused() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> PasswordPolicy.check(" \t  \n      \t ".toCharArray()));

    assertEquals("The password cannot be only white space.", refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-1 a password with spaces between words is accepted")
  void passphraseWithSpacesIsAccepted() {
    assertDoesNotThrow(() -> PasswordPolicy.check("tea at five o clock".toCharArray()));
  }
}
