package org.clubaide.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

  private final HttpSession session = FakeHttp.session();

  @Test
  @DisplayName("ASVS V13.2.3 a session keeps one token until the next login draws another")
  void onePerSession() {
    String token = CsrfTokens.of(session);

    assertEquals(token, CsrfTokens.of(session));
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    assertNotEquals(token, CsrfTokens.renew(session));
  }

  @Test
  @DisplayName("ASVS V13.2.3 only the session's own token in X-CSRF-Token is accepted")
  void carried() {
    String token = CsrfTokens.of(session);

    assertTrue(CsrfTokens.carried(post(Map.of("X-CSRF-Token", token), session)));
    assertFalse(CsrfTokens.carried(post(Map.of("X-CSRF-Token", token + "x"), session)));
    assertFalse(CsrfTokens.carried(post(Map.of(), session)));
    assertFalse(CsrfTokens.carried(post(Map.of("X-CSRF-Token", token), null)));
    assertFalse(
        CsrfTokens.carried(post(Map.of("X-CSRF-Token", token), FakeHttp.session())),
        "another session's token");
  }

  @Test
  @DisplayName("ASVS V13.2.3 reading needs no token; anything that may change state does")
  void methods() {
    for (String safe : new String[] {"GET", "HEAD", "OPTIONS", "TRACE"}) {
      assertFalse(CsrfTokens.changesState(safe), safe);
    }
    for (String unsafe : new String[] {"POST", "PUT", "PATCH", "DELETE", "PROPFIND"}) {
      assertTrue(CsrfTokens.changesState(unsafe), unsafe);
    }
  }

  private static jakarta.servlet.http.HttpServletRequest post(
      Map<String, String> headers, HttpSession session) {
    return FakeHttp.request("POST", "/api/v1/requests", "192.0.2.7", headers, session);
  }
}
