package org.clubaide.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResetPasswordPageTest {

  @Test
  @DisplayName("R-PRV-1 the page names the condition of the password policy that was broken")
  void refusals() {
    assertEquals("reset.password.length", ResetPasswordPage.refusalOf(null));
    assertEquals("reset.password.length", ResetPasswordPage.refusalOf("short"));
    assertEquals("reset.password.length", ResetPasswordPage.refusalOf("x".repeat(129)));
    assertEquals("reset.password.blank", ResetPasswordPage.refusalOf(" ".repeat(12)));
    assertEquals("reset.password.common", ResetPasswordPage.refusalOf("password1234"));
  }
}
