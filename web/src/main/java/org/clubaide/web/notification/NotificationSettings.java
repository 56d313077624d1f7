package org.clubaide.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.clubaide.core.notification.NotificationDispatcher;
import org.clubaide.core.notification.RetrySchedule;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The notifications' settings, read once at start through MicroProfile Config (Liberty variables of
 * {@code notifications.xml}, system properties or environment variables such as {@code
 * CLUBAIDE_SMTP_HOST}). See docs/notifications.md.
 */
@ApplicationScoped
public class NotificationSettings {

  private Config config;

  private Optional<String> smtpHost;
  private Optional<String> serviceEmail;
  private String publicUrl;
  private RetrySchedule retry;
  private Duration lease;
  private String serverName;

  @PostConstruct
  void readOnce() {
    config = ConfigProvider.getConfig(NotificationSettings.class.getClassLoader());
    smtpHost = text("clubaide.smtp.host");
    serviceEmail = text("clubaide.notifications.service-email");
    publicUrl = text("clubaide.public.url").orElse("http://localhost:9080");
    retry =
        new RetrySchedule(
            Duration.ofSeconds(number("clubaide.notifications.retry.first-seconds", 30)),
            Duration.ofSeconds(number("clubaide.notifications.retry.cap-seconds", 3600)),
            (int) number("clubaide.notifications.retry.attempts", 10));
    lease =
        Duration.ofSeconds(
            number(
                "clubaide.notifications.lease-seconds",
                NotificationDispatcher.DEFAULT_LEASE.toSeconds()));
    serverName =
        text("clubaide.server.name").orElseGet(NotificationSettings::hostName)
            + "#"
            + UUID.randomUUID().toString().substring(0, 8);
  }

  private Optional<String> text(String name) {
    return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
  }

  private long number(String name, long otherwise) {
    return config.getOptionalValue(name, Long.class).orElse(otherwise);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "server";
    }
  }

  /**
   * Whether an SMTP server is configured ({@code clubaide.smtp.host}); without one, e-mails wait in
   * the outbox, pending, where the administrator sees them.
   */
  public boolean smtpConfigured() {
    return smtpHost.isPresent();
  }

  /** The Service inbox's e-mail address, if its notifications go by e-mail too. */
  public Optional<String> serviceEmail() {
    return serviceEmail;
  }

  /** The platform's public address, for the links in e-mails. */
  public String publicUrl() {
    return publicUrl;
  }

  /** When failed e-mails are tried again. */
  public RetrySchedule retry() {
    return retry;
  }

  /** How long a server's claim on an e-mail holds. */
  public Duration lease() {
    return lease;
  }

  /**
   * This server process's name in claims: {@code clubaide.server.name} (the Liberty server's name
   * by default) or the host name, and a random suffix drawn at each start, so that a restarted
   * server never takes its dead predecessor's claims for its own.
   */
  public String serverName() {
    return serverName;
  }
}
