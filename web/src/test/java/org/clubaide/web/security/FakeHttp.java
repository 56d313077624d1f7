package org.clubaide.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** Servlet requests and sessions for unit tests: what they hold is in plain maps. */
final class FakeHttp {

  private FakeHttp() {}

  /** A session whose attributes live in a map. */
  static HttpSession session() {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpSession)
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "getId" -> "session-id";
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /**
   * A request.
   *
   * @param method the HTTP method
   * @param uri the request URI
   * @param address the client's address
   * @param headers the request headers
   * @param session its session, or {@code null}
   */
  static HttpServletRequest request(
      String method, String uri, String address, Map<String, String> headers, HttpSession session) {
    Map<String, Object> attributes = new HashMap<>();
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            FakeHttp.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  case "getRemoteAddr" -> address;
                  case "getHeader" -> headers.get((String) args[0]);
                  case "getSession" -> session;
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
