package org.clubaide.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

  private static SessionCookieConfig config(Map<String, Object> set) {
    return (SessionCookieConfig)
        Proxy.newProxyInstance(
            SessionCookiesTest.class.getClassLoader(),
            new Class<?>[] {SessionCookieConfig.class},
            (proxy, m, args) -> {
              if (m.getName().startsWith("set")) {
                set.put(m.getName(), args[0]);
                return null;
              }
              throw new UnsupportedOperationException(m.getName());
            });
  }

  @Test
  @DisplayName("ASVS V3.4.1 V3.4.2 the session cookie is HttpOnly, and Secure when the deployment says so")
  void secureWhenConfigured() {
    Map<String, Object> production = new HashMap<>();
    SessionCookies.configure(config(production), true);
    assertEquals(Map.of("setHttpOnly", true, "setSecure", true), production);

    Map<String, Object> developer = new HashMap<>();
    SessionCookies.configure(config(developer), false);
    assertEquals(Map.of("setHttpOnly", true, "setSecure", false), developer);
  }
}
