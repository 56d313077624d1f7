package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clubaide.core.access.Actor;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.DeliveryStatus;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationCursor;
import org.clubaide.core.notification.NotificationId;
import org.clubaide.core.notification.NotificationService;
import org.clubaide.core.notification.NotificationService.Inbox;
import org.clubaide.core.notification.NotificationTemplates;
import org.clubaide.core.notification.RenderedNotification;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.notification.NotificationJobs;
import org.clubaide.web.notification.NotificationSettings;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Notifications: each user's in-app list, in their language, marked read one by one; the language
 * of one's notifications, e-mails included; and, for the administrator, the e-mails waiting in the
 * outbox or failed for good, with the scheduler's last runs.
 */
@Path("/notifications")
@Tag(name = "Notifications", description = "In-app notifications and the e-mail outbox")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class NotificationsResource {

  private static final String LIST_EXAMPLE =
      "{\"items\":[{\"id\":\"0b7c2f4e-3a7d-4a57-9b61-2f0b1c3d4e5f\",\"kind\":\"DEADLINE_MOVED\","
          + "\"subject\":\"Nouveau délai pour votre demande : Plan de trésorerie\","
          + "\"body\":\"Le délai de solution de votre demande « Plan de trésorerie » passe du"
          + " 12 mars 2026 au 19 mars 2026.\\nRaison : l'expert est absent.\","
          + "\"params\":{\"request\":\"5d2c…\",\"title\":\"Plan de trésorerie\"},"
          + "\"createdAt\":\"2026-03-12T08:00:00Z\",\"read\":false}],"
          + "\"unread\":1,\"nextCursor\":null}";

  @Inject NotificationService notifications;
  @Inject NotificationTemplates templates;
  @Inject NotificationSettings settings;
  @Inject NotificationJobs jobs;
  @Inject CurrentActor currentActor;

  /**
   * One notification as the list shows it.
   *
   * @param id identifier
   * @param kind what it says (see the core's NotificationKind)
   * @param subject one line, in the reader's language
   * @param body the text, in the reader's language
   * @param params the values it carries, by name
   * @param createdAt when it was written
   * @param read whether it was marked read
   */
  @Schema(name = "Notification")
  public record NotificationView(
      String id,
      String kind,
      String subject,
      String body,
      Map<String, String> params,
      Instant createdAt,
      boolean read) {}

  /**
   * A page of notifications, newest first.
   *
   * @param items the notifications
   * @param unread how many of the list are unread
   * @param nextCursor pass as {@code after} for the next page; null on the last page
   */
  @Schema(name = "NotificationPage")
  public record NotificationPage(List<NotificationView> items, long unread, String nextCursor) {}

  /**
   * The language of one's notifications.
   *
   * @param language {@code fr} or {@code en}
   */
  @Schema(name = "NotificationLanguage")
  public record LanguageChoice(
      @NotNull
          @Pattern(regexp = "(?i)fr|en", message = "Choose fr or en.")
          @Schema(
              enumeration = {"fr", "en"},
              example = "en")
          String language) {}

  /**
   * An e-mail of the outbox, for the administrator.
   *
   * @param id the notification's identifier
   * @param recipient who it is for ({@code member:<id>}, {@code partner:<id>}, {@code service})
   * @param kind what it says
   * @param status pending, sent or failed
   * @param attempts how many attempts were made
   * @param nextAttemptAt when a pending e-mail is tried next
   * @param lastError what the last failed attempt said
   * @param createdAt when the notification was written
   * @param sentAt when the SMTP server accepted it
   */
  @Schema(name = "OutboxEmail")
  public record DeliveryView(
      String id,
      String recipient,
      String kind,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError,
      Instant createdAt,
      Instant sentAt) {}

  /**
   * A page of the outbox's e-mails, with the totals and the scheduler's last runs.
   *
   * @param items the e-mails in the status asked, newest first
   * @param counts how many e-mails are pending, sent, failed
   * @param smtpConfigured whether an SMTP server is configured; without one, e-mails wait
   * @param lastDispatch which server last ran the sending, and when ({@code server|time})
   * @param lastChecks which server last ran the checks on dates, and when
   * @param nextCursor pass as {@code after} for the next page; null on the last page
   */
  @Schema(name = "Outbox")
  public record OutboxView(
      List<DeliveryView> items,
      Map<String, Long> counts,
      boolean smtpConfigured,
      String lastDispatch,
      String lastChecks,
      String nextCursor) {}

  /** The caller's notifications, newest first; pass {@code nextCursor} as {@code after}. */
  @GET
  @Operation(
      summary = "My notifications, newest first, a page at a time (R-REQ-7, R-REQ-8)",
      description =
          "A member or a partner reads their own list (inbox=personal, the default); an agent"
              + " reads the central Service's shared list (inbox=service). Texts are in the"
              + " reader's chosen language (French unless they chose English); the Service's list"
              + " is in French unless lang=en. Asking for a list that is not the caller's is"
              + " answered 403; an unknown list or a malformed cursor, 422.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NotificationPage.class),
              examples = @ExampleObject(name = "a delay notice", value = LIST_EXAMPLE)))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public NotificationPage list(
      @Parameter(
              description = "personal (default) or service",
              schema = @Schema(enumeration = {"personal", "service"}))
          @QueryParam("inbox")
          @DefaultValue("personal")
          String inbox,
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit,
      @Parameter(description = "fr or en, for the Service's list") @QueryParam("lang")
          String lang) {
    Actor actor = currentActor.require();
    Inbox which = inbox(inbox);
    Language language = languageFor(actor, which, lang);
    List<Notification> page = notifications.list(actor, which, cursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, NotificationService.MAX_PAGE))
            ? null
            : cursor(NotificationCursor.after(page.get(page.size() - 1)));
    return new NotificationPage(
        page.stream().map(n -> view(n, language)).toList(),
        notifications.unread(actor, which),
        next);
  }

  /** Marks one notification of the caller's list read. */
  @POST
  @Path("/{id}/read")
  @Transactional
  @Operation(
      summary = "Mark a notification read",
      description = "A notification that is not in the caller's list is not found (404).")
  @APIResponse(responseCode = "204", description = "Marked read (again: unchanged)")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response markRead(
      @PathParam("id") String id,
      @Parameter(description = "personal (default) or service")
          @QueryParam("inbox")
          @DefaultValue("personal")
          String inbox) {
    notifications.markRead(currentActor.require(), inbox(inbox), notificationId(id));
    return Response.noContent().build();
  }

  /** The language of the caller's notifications. */
  @GET
  @Path("/preferences")
  @Operation(
      summary = "The language of my notifications, e-mails included (French by default)",
      description = "Agents have no list of their own (403).")
  @APIResponse(
      responseCode = "200",
      description = "The language",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LanguageChoice.class),
              examples = @ExampleObject(name = "French", value = "{\"language\":\"fr\"}")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public LanguageChoice preferences() {
    return new LanguageChoice(notifications.language(currentActor.require()).tag());
  }

  /** Chooses the language of the caller's notifications. */
  @PUT
  @Path("/preferences")
  @Transactional
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the language of my notifications: fr or en",
      description =
          "Anything but fr or en is refused (400). Agents have no list of their own (403).")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LanguageChoice.class),
              examples = @ExampleObject(name = "English", value = "{\"language\":\"en\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The language now",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = LanguageChoice.class),
              examples = @ExampleObject(name = "English", value = "{\"language\":\"en\"}")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public LanguageChoice choose(@Valid @NotNull LanguageChoice choice) {
    Actor actor = currentActor.require();
    notifications.chooseLanguage(actor, Language.ofTag(choice.language()).orElseThrow());
    return new LanguageChoice(notifications.language(actor).tag());
  }

  /** For the administrator: the outbox's e-mails in a status, and the totals. */
  @GET
  @Path("/outbox")
  @Operation(
      summary = "For the administrator: e-mails pending, sent or failed for good",
      description =
          "Without an SMTP server configured, e-mails wait here, pending: nothing is lost. Failed"
              + " e-mails (address refused, or still failing after the last attempt) wait for a"
              + " retry by the administrator.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the outbox",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OutboxView.class),
              examples =
                  @ExampleObject(
                      name = "one failure",
                      value =
                          "{\"items\":[{\"id\":\"0b7c…\",\"recipient\":\"member:5d2c…\","
                              + "\"kind\":\"REQUEST_RECEIVED\",\"status\":\"FAILED\",\"attempts\":1,\"lastError\":\"550"
                              + " mailbox unavailable\"}],"
                              + "\"counts\":{\"PENDING\":0,\"SENT\":41,\"FAILED\":1},"
                              + "\"smtpConfigured\":true,"
                              + "\"lastDispatch\":\"clubaide-a#3f2a9c1b|2026-03-12T08:00:05Z\","
                              + "\"lastChecks\":\"clubaide-a#3f2a9c1b|2026-03-12T08:00:00Z\","
                              + "\"nextCursor\":null}")))
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public OutboxView outbox(
      @Parameter(
              description = "PENDING, SENT or FAILED (default)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"PENDING", "SENT", "FAILED"}))
          @QueryParam("status")
          @DefaultValue("FAILED")
          String status,
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    Actor actor = currentActor.require();
    Map<String, Long> counts = new TreeMap<>();
    notifications.deliveryCounts(actor).forEach((s, n) -> counts.put(s.name(), n));
    List<Delivery> page =
        notifications.deliveries(actor, deliveryStatus(status), cursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, NotificationService.MAX_PAGE))
            ? null
            : cursor(NotificationCursor.after(page.get(page.size() - 1).notification()));
    return new OutboxView(
        page.stream().map(NotificationsResource::view).toList(),
        counts,
        settings.smtpConfigured(),
        jobs.lastRun(NotificationJobs.DISPATCH).orElse(null),
        jobs.lastRun(NotificationJobs.CHECKS).orElse(null),
        next);
  }

  /** For the administrator: sends a failed e-mail again. */
  @POST
  @Path("/outbox/{id}/retry")
  @Transactional
  @Operation(
      summary = "For the administrator: send a failed e-mail again, from now",
      description =
          "Only a failed e-mail can be sent again: any other identifier is not found (404).")
  @APIResponse(responseCode = "204", description = "Pending again")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response retry(@PathParam("id") String id) {
    notifications.retry(currentActor.require(), notificationId(id));
    return Response.noContent().build();
  }

  private NotificationView view(Notification n, Language language) {
    RenderedNotification text = templates.render(n, language);
    return new NotificationView(
        n.id().toString(),
        n.kind().name(),
        text.subject(),
        text.body(),
        n.params(),
        n.createdAt(),
        n.isRead());
  }

  private static DeliveryView view(Delivery d) {
    return new DeliveryView(
        d.id().toString(),
        d.notification().recipient().key(),
        d.notification().kind().name(),
        d.status().name(),
        d.attempts(),
        d.nextAttemptAt(),
        d.lastError().orElse(null),
        d.notification().createdAt(),
        d.sentAt().orElse(null));
  }

  private Language languageFor(Actor actor, Inbox inbox, String lang) {
    Optional<Language> asked = Language.ofTag(lang);
    if (asked.isPresent()) {
      return asked.get();
    }
    return inbox == Inbox.PERSONAL ? notifications.language(actor) : Language.DEFAULT;
  }

  private static Inbox inbox(String text) {
    try {
      return Inbox.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException("INBOX", "inbox", "The list is personal or service.");
    }
  }

  private static DeliveryStatus deliveryStatus(String text) {
    try {
      return DeliveryStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          "STATUS", "status", "The status is PENDING, SENT or FAILED.");
    }
  }

  private static NotificationId notificationId(String text) {
    try {
      return NotificationId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Notification", text);
    }
  }

  private static String cursor(NotificationCursor cursor) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((cursor.createdAt() + "|" + cursor.id()).getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<NotificationCursor> cursor(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      return Optional.of(
          new NotificationCursor(
              Instant.parse(raw.substring(0, bar)), NotificationId.of(raw.substring(bar + 1))));
    } catch (RuntimeException e) {
      throw new RuleViolationException("PAGING", "after", "The cursor is not valid.");
    }
  }
}
