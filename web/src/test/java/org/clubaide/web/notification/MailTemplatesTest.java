package org.clubaide.web.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationKind;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.RenderedNotification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The notifications' texts in French and English. */
class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates("https://clubaide.example/");

  private static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MailTemplates.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** A notification of the kind with every parameter any template names. */
  private static Notification sample(NotificationKind kind, Recipient to) {
    Map<String, String> p = new LinkedHashMap<>();
    for (String name :
        new String[] {
          "request",
          "title",
          "neededBy",
          "channel",
          "question",
          "answer",
          "decisionDueOn",
          "route",
          "solutionDueOn",
          "immediate",
          "reason",
          "deadline",
          "from",
          "to",
          "solution",
          "dueOn",
          "withdrawal",
          "until",
          "quote",
          "quoteTitle",
          "stop",
          "call",
          "label",
          "kinds",
          "skills",
          "summary",
          "introduction",
          "usualPrice",
          "memberPrice",
          "validUntil",
          "cause",
          "terms",
          "validFrom",
          "endsOn"
        }) {
      p.put(name, "x");
    }
    p.put("title", "Plan de trésorerie");
    p.put("to", "2026-03-19");
    p.put("deadline", "SOLUTION");
    p.put("kinds", "INFORMATION,HELP");
    return Notification.create(to, kind, "k", p, true, Instant.parse("2026-03-12T08:00:00Z"));
  }

  @Test
  @DisplayName("the English texts have exactly the French keys")
  void bundlesInSync() throws IOException {
    Set<String> fr = new TreeSet<>(bundle("mail.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(bundle("mail_en.properties").stringPropertyNames());
    assertEquals(fr, en);
  }

  @Test
  @DisplayName(
      "every kind has a subject and a body in each language, with every placeholder filled")
  void everyKindRenders() {
    Recipient member = Recipient.member(MemberId.newId());
    for (NotificationKind kind : NotificationKind.values()) {
      for (Language language : Language.values()) {
        RenderedNotification text = templates.render(sample(kind, member), language);
        assertFalse(text.subject().isBlank(), kind + " " + language);
        assertFalse(text.subject().contains("\n"), kind + " " + language);
        assertFalse(
            text.subject().contains("{") || text.body().contains("{"), kind + " " + language);
        assertTrue(text.body().contains("https://clubaide.example"), kind + " " + language);
      }
    }
  }

  @Test
  @DisplayName(
      "R-REQ-7 the delay notice names the deadline, the new day and the reason, in the member's"
          + " language")
  void delayNoticeInBothLanguages() {
    Notification moved =
        sample(NotificationKind.DEADLINE_MOVED, Recipient.member(MemberId.newId()));
    RenderedNotification fr = templates.render(moved, Language.FR);
    RenderedNotification en = templates.render(moved, Language.EN);

    assertEquals("Nouveau délai pour votre demande : Plan de trésorerie", fr.subject());
    assertTrue(fr.body().contains("délai de solution"), fr.body());
    assertTrue(fr.body().contains("19 mars 2026"), fr.body());
    assertTrue(en.body().contains("solution deadline"), en.body());
    assertTrue(en.body().contains("19 March 2026"), en.body());
    assertTrue(
        fr.body().contains("https://clubaide.example/member/request.xhtml?id=x"),
        "link to the page");
  }

  @Test
  @DisplayName("R-REQ-5 the refusal says it gives no right to compensation")
  void declinedSaysNoCompensation() {
    Notification declined =
        sample(NotificationKind.REQUEST_DECLINED, Recipient.member(MemberId.newId()));
    assertTrue(templates.render(declined, Language.FR).body().contains("aucune indemnit"));
    assertTrue(
        templates.render(declined, Language.EN).body().contains("no right to any compensation"));
  }

  @Test
  @DisplayName("line breaks typed in a title never reach the subject header")
  void subjectIsOneLine() {
    Map<String, String> p = Map.of("title", "a\r\nBcc: x@example.org", "neededBy", "2026-03-19");
    Notification n =
        Notification.create(
            Recipient.SERVICE, NotificationKind.NEW_REQUEST, "k", p, false, Instant.now());
    String subject = templates.render(n, Language.FR).subject();
    assertFalse(subject.contains("\n") || subject.contains("\r"), subject);
  }

  @Test
  @DisplayName(
      "R-PRV-1 a password link e-mail leads to the reset page with its token, in either language")
  void passwordLinks() {
    String token = "q3X0m2b9Yh8Zr1tVw4e6Kp5Ls7Jd0Fg2Nc8Ba1Mx3Qz";
    for (NotificationKind kind :
        new NotificationKind[] {NotificationKind.PASSWORD_RESET, NotificationKind.ACCOUNT_INVITATION}) {
      Notification link =
          Notification.create(
              Recipient.login("ada@example.org"),
              kind,
              "password-reset:x",
              Map.of("token", token),
              true,
              Instant.parse("2026-03-12T08:00:00Z"));
      for (Language language : Language.values()) {
        String body = templates.render(link, language).body();
        assertTrue(
            body.contains("https://clubaide.example/reset-password.xhtml?token=" + token),
            kind + " " + language + ": " + body);
      }
    }
    assertEquals(
        "Choose a new password",
        templates
            .render(
                Notification.create(
                    Recipient.login("ada@example.org"),
                    NotificationKind.PASSWORD_RESET,
                    "k",
                    Map.of("token", token),
                    true,
                    Instant.EPOCH),
                Language.EN)
            .subject());
  }
}
