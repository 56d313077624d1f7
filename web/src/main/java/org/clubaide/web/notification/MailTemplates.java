package org.clubaide.web.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationTemplates;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.RenderedNotification;

/**
 * The notifications' texts, from the resource bundles {@code org/clubaide/web/notification/mail}
 * (French, the default) and {@code mail_en} (English): a subject and a body per kind, with the
 * notification's parameters in place of {@code {name}}, days written out in the language, the
 * values of enumerations translated ({@code value.<parameter>.<VALUE>}), and a link to the page
 * where the recipient acts (for a password link, the page that sets the password, with the link's
 * secret). Plain text: nothing is interpreted as markup by a mail reader, and line
 * breaks are taken out of the subject.
 */
public final class MailTemplates implements NotificationTemplates {

  static final String BUNDLE = "org.clubaide.web.notification.mail";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final String base;
  private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

  /**
   * @param base the platform's public address, such as {@code https://clubaide.example}, without a
   *     trailing slash
   */
  public MailTemplates(String base) {
    this.base = Objects.requireNonNull(base, "base").replaceAll("/+$", "");
    for (Language language : Language.values()) {
      bundles.put(
          language,
          ResourceBundle.getBundle(
              BUNDLE,
              localeOf(language),
              MailTemplates.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  /** The locale of a language, for days and bundles. */
  static Locale localeOf(Language language) {
    return language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
  }

  @Override
  public RenderedNotification render(Notification notification, Language language) {
    ResourceBundle texts = bundles.get(language);
    String kind = notification.kind().name();
    String subject =
        fill(texts.getString(kind + ".subject"), notification, texts, language)
            .replaceAll("[\\r\\n]+", " ")
            .strip();
    String body =
        fill(texts.getString(kind + ".body"), notification, texts, language)
            + fill(texts.getString("footer"), notification, texts, language);
    return new RenderedNotification(subject, body);
  }

  private String fill(
      String template, Notification notification, ResourceBundle texts, Language language) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value =
          switch (name) {
            case "base" -> base;
            case "link" -> linkOf(notification);
            default -> valueOf(name, notification.params().getOrDefault(name, ""), texts, language);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String valueOf(String name, String raw, ResourceBundle texts, Language language) {
    if (name.equals("kinds")) {
      return Stream.of(raw.split(","))
          .filter(k -> !k.isBlank())
          .map(k -> translated(name, k, texts))
          .collect(Collectors.joining(", "));
    }
    if (ISO_DAY.matcher(raw).matches()) {
      try {
        return LocalDate.parse(raw)
            .format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(language == Language.EN ? Locale.UK : Locale.FRANCE));
      } catch (DateTimeParseException e) {
        return raw;
      }
    }
    return translated(name, raw, texts);
  }

  private static String translated(String name, String raw, ResourceBundle texts) {
    String key = "value." + name + "." + raw;
    return texts.containsKey(key) ? texts.getString(key) : raw;
  }

  /** The page where the recipient acts on what the notification tells. */
  private String linkOf(Notification notification) {
    if (notification.kind().carriesSecret()) {
      return base
          + "/reset-password.xhtml?token="
          + URLEncoder.encode(notification.params().getOrDefault("token", ""), StandardCharsets.UTF_8);
    }
    String request = notification.params().get("request");
    if (request != null && notification.recipient() instanceof Recipient.OfMember) {
      return base + "/member/request.xhtml?id=" + request;
    }
    if (request != null && notification.recipient() instanceof Recipient.ServiceInbox) {
      return base + "/agent/request.xhtml?id=" + request;
    }
    return base + "/";
  }
}
