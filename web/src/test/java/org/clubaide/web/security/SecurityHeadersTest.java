package org.clubaide.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private static Map<String, String> headersOf(String uri) {
    Map<String, String> headers = new HashMap<>();
    HttpServletResponse response =
        (HttpServletResponse)
            Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "isCommitted" -> false;
                      case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                      default -> null;
                    });
    Map<String, Object> attributes = new HashMap<>();
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getRequestURI" -> uri;
                      case "getMethod" -> "GET";
                      case "getContextPath" -> "";
                      case "getAttribute" -> attributes.get((String) args[0]);
                      case "setAttribute" -> attributes.put((String) args[0], args[1]);
                      case "isSecure" -> false;
                      default -> null;
                    });
    SecurityHeaders.apply(request, response);
    return headers;
  }

  @Test
  @DisplayName("R-PRV-1 the page of a password link sends no referrer; other pages the origin only")
  void referrerPolicy() {
    assertEquals("no-referrer", headersOf("/reset-password.xhtml").get("Referrer-Policy"));
    assertEquals("same-origin", headersOf("/login.xhtml").get("Referrer-Policy"));
  }
}
