package org.clubaide.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} attribute (ASVS V3.4.1). Open Liberty marks its session
 * cookie {@code Secure} on every response or on none, whatever the request's scheme, and a
 * browser does not send a {@code Secure} cookie back over plain HTTP: so it is off by default,
 * for the developer run on http://localhost:9080, and on when the Liberty variable {@code
 * clubaide.cookie.secure} is {@code true}, which every deployment served over HTTPS (directly or
 * behind a TLS proxy) sets. {@code HttpOnly} and {@code SameSite=Lax} are always on ({@code
 * web.xml}).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  /** The variable that turns {@code Secure} on. */
  static final String SECURE = "clubaide.cookie.secure";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig(SessionCookies.class.getClassLoader())
            .getOptionalValue(SECURE, Boolean.class)
            .orElse(Boolean.FALSE);
    configure(event.getServletContext().getSessionCookieConfig(), secure);
  }

  /**
   * Sets the session cookie's attributes.
   *
   * @param cookie the application's session cookie configuration
   * @param secure whether the cookie is {@code Secure}
   */
  static void configure(SessionCookieConfig cookie, boolean secure) {
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
  }
}
