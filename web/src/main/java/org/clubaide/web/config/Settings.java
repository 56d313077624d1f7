package org.clubaide.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The deployment's settings, read through MicroProfile Config: server.xml variables, system
 * properties or environment variables (for example {@code CLUBAIDE_ADMIN_PASSWORD}).
 */
@ApplicationScoped
public class Settings {

  private final Config config = ConfigProvider.getConfig(Settings.class.getClassLoader());

  private boolean benchEnabled;
  private boolean clockControlEnabled;

  @PostConstruct
  void readOnce() {
    benchEnabled =
        config.getOptionalValue("clubaide.bench.enabled", Boolean.class).orElse(Boolean.FALSE);
    clockControlEnabled =
        config
            .getOptionalValue("clubaide.clock.control.enabled", Boolean.class)
            .orElse(Boolean.FALSE);
  }

  /**
   * Whether integration tests may move business time forward ({@code
   * clubaide.clock.control.enabled=true}, {@code PUT /api/v1/test/clock}); read once at start. Off
   * by default: a production server answers 404 there.
   */
  public boolean clockControlEnabled() {
    return clockControlEnabled;
  }

  /** The Service's time zone; dates and deadlines are days in this zone. */
  public ZoneId zone() {
    return ZoneId.of(config.getOptionalValue("clubaide.zone", String.class).orElse("Europe/Paris"));
  }

  /** The login of the first administrator, created on first start. */
  public String adminLogin() {
    return config.getOptionalValue("clubaide.admin.login", String.class).orElse("admin");
  }

  /**
   * Whether the benchmark endpoints answer ({@code clubaide.bench.enabled=true}); read once at
   * start. Off by default: a production server answers 404 there.
   */
  public boolean benchEnabled() {
    return benchEnabled;
  }

  /**
   * The key of the anonymous labels of calls for help (Base64, at least 16 bytes), when the
   * operator sets one ({@code CLUBAIDE_ANONYMITY_KEY}); otherwise one is drawn and kept in the
   * database.
   */
  public Optional<String> anonymityKey() {
    return config.getOptionalValue("clubaide.anonymity.key", String.class);
  }

  /** The password of the first administrator, when the operator sets one. */
  public Optional<String> adminPassword() {
    return config.getOptionalValue("clubaide.admin.password", String.class);
  }
}
