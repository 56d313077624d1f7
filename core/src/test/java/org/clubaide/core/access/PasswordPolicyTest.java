package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clubaide.core.shared.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = PasswordPolicy.standard();

  private static char[] ofLength(int length) {
    char[] password = new char[length];
    for (int i = 0; i < length; i++) {
      password[i] = "k7#Qm2!vR9$w".charAt(i % 12);
    }
    return password;
  }

  @ParameterizedTest
  @ValueSource(ints = {PasswordPolicy.MIN_LENGTH, 40, PasswordPolicy.MAX_LENGTH})
  @DisplayName("R-PRV-1 a password of 12 to 128 characters is accepted")
  void passwordWithinBoundsIsAccepted(int length) {
    assertDoesNotThrow(() -> policy.check(ofLength(length)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, PasswordPolicy.MIN_LENGTH - 1, PasswordPolicy.MAX_LENGTH + 1, 1000})
  @DisplayName("R-PRV-1 a password shorter than 12 or longer than 128 characters is refused")
  void passwordOutOfBoundsIsRefused(int length) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> policy.check(ofLength(length)));

    assertEquals("R-PRV-1", refused.rule());
    assertEquals("password", refused.field());
    assertEquals("The password must have 12 to 128 characters.", refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-1 a missing password is refused like an empty one")
  void missingPasswordIsRefused() {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> policy.check(null));

    assertEquals("password", refused.field());
  }

  @Test
  @DisplayName("R-PRV-1 a password of white space only is refused")
  void whiteSpaceOnlyPasswordIsRefused() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class, () -> policy.check(" \t  \n      \t ".toCharArray()));

    assertEquals("The password cannot be only white space.", refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-1 a password with spaces between words is accepted")
  void passphraseWithSpacesIsAccepted() {
    assertDoesNotThrow(() -> policy.check("tea at five o clock".toCharArray()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1qaz2wsx3edc", "qwertyqwerty", "QwertyQwerty", " 123456654321 "})
  @DisplayName("R-PRV-1 ASVS V2.1.7 a common password is refused whatever its case")
  void commonPasswordIsRefused(String common) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> policy.check(common.toCharArray()));

    assertEquals("R-PRV-1", refused.rule());
    assertEquals("password", refused.field());
    assertTrue(refused.getMessage().contains("most common"), refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-1 ASVS V2.1.7 the refusal names the field that held the password")
  void commonPasswordRefusalNamesTheField() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> policy.check("qwertyqwerty".toCharArray(), "newPassword"));

    assertEquals("newPassword", refused.field());
  }

  @Test
  @DisplayName("R-PRV-1 a policy built with its own list refuses exactly that list")
  void ownList() {
    PasswordPolicy own = new PasswordPolicy(CommonPasswords.of(List.of("Club Aide 2026!")));

    assertThrows(RuleViolationException.class, () -> own.check("club aide 2026!".toCharArray()));
    assertDoesNotThrow(() -> own.check("qwertyqwerty".toCharArray()));
  }
}
