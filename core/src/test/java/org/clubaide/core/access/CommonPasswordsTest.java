package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

  @Test
  @DisplayName("ASVS V2.1.7 the bundled list holds the common passwords of 12 characters or more")
  void bundledList() {
    CommonPasswords bundled = CommonPasswords.bundled();

    assertEquals(43_940, bundled.size());
    assertTrue(bundled.contains("123456789012".toCharArray()));
    assertTrue(bundled.contains("iloveyou1234".toCharArray()));
    assertFalse(bundled.contains("correct horse battery staple".toCharArray()));
    assertFalse(bundled.contains(null));
  }

  @Test
  @DisplayName("ASVS V2.1.7 passwords are compared ignoring case and surrounding spaces")
  void normalised() {
    CommonPasswords list = CommonPasswords.of(List.of("  Sunshine2026 "));

    assertTrue(list.contains("sunshine2026".toCharArray()));
    assertTrue(list.contains("SUNSHINE2026 ".toCharArray()));
    assertFalse(list.contains("sunshine 2026".toCharArray()));
    assertEquals(1, list.size());
  }
}
