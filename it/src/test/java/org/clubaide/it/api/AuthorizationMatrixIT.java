package org.clubaide.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.clubaide.it.api.ApiClient.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-PRV-3 over HTTP: every operation of the OpenAPI document, called by every kind of caller on
 * their own resource and on someone else's, answers what the core policy implies.
 *
 * <p>The operations come from the document the server serves at {@code /openapi}; the test fails
 * when the document holds an operation that {@link #EXPECTED} does not list, so a new endpoint
 * cannot escape the matrix (and when the table lists one the document lost).
 *
 * <p>Callers (columns): {@code anon} no login; {@code owner} the member whose resource it is (the
 * requester of a request or quote, the recipient of a call, a party to an introduction, the holder
 * of a notification or token; for {@code /members/me/…} the caller themself); {@code other} a
 * member with no link to the resource; {@code agent} an agent of the central Service, whose login
 * the administrator created through the admin API: the Service's work (queue, qualification, calls,
 * quotes) but not the administrator's; {@code partner} a partner of the network given a login
 * through the admin API, the recipient of a call of its own but not of the member's call the rows
 * use, so that "only what they were sent" (R-NET-1, R-NET-2) shows as 404; {@code service} the
 * first administrator, who is also an agent.
 *
 * <p>Expected classes: {@code 2xx}; {@code ok} authorised, that is a success or a refusal by the
 * state or the rules of the service ({@code 2xx}, {@code 409}, {@code 422}), never {@code 401},
 * {@code 403} or {@code 404}; {@code 401}; {@code 403}; {@code 404} (a resource the caller may not
 * know of, R-PRV-3: its id is never confirmed). Reads run first; writes run afterwards on resources
 * kept for them, so that a write does not change what a later read sees; destructive operations on
 * one's account run with a throwaway member per cell.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

  private static final List<String> ACTORS =
      List.of("anon", "owner", "other", "agent", "partner", "service");

  /**
   * "METHOD path" (as in the document) → expected class for anon, owner, other, agent, partner,
   * service. Every line is the policy of docs/api.md.
   */
  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    // Public.
    EXPECTED.put("GET /api/v1/terms/current", "2xx 2xx 2xx 2xx 2xx 2xx");
    EXPECTED.put("GET /api/v1/terms", "2xx 2xx 2xx 2xx 2xx 2xx");
    EXPECTED.put("GET /api/v1/terms/text", "2xx 2xx 2xx 2xx 2xx 2xx");
    // Publishing: administrators only (the matrix sends a day in the past: 422, never published).
    EXPECTED.put("POST /api/v1/terms", "401 403 403 403 403 ok");
    EXPECTED.put("POST /api/v1/members", "ok ok ok ok ok ok");
    // Password reset by e-mailed link (R-PRV-1): anyone, the same answer for every address.
    EXPECTED.put("POST /api/v1/password-resets", "2xx 2xx 2xx 2xx 2xx 2xx");
    EXPECTED.put("POST /api/v1/password-resets/completion", "ok ok ok ok ok ok");
    // Members (R-MEM-4, R-NET-1): any login reads a member's open groups; the Service searches.
    EXPECTED.put("GET /api/v1/members/{id}", "401 2xx 2xx 2xx 2xx 2xx");
    EXPECTED.put("GET /api/v1/members", "401 403 403 2xx 403 2xx");
    // My account: a member's own; a login that is not a member's gets 403.
    EXPECTED.put("GET /api/v1/members/me", "401 2xx 2xx 403 403 403");
    EXPECTED.put("POST /api/v1/members/me/terms-acceptances", "401 ok ok 403 403 403");
    EXPECTED.put("PUT /api/v1/members/me/profile", "401 ok ok 403 403 403");
    EXPECTED.put("PUT /api/v1/members/me/details", "401 ok ok 403 403 403");
    EXPECTED.put("PUT /api/v1/members/me/visibility", "401 ok ok 403 403 403");
    EXPECTED.put("GET /api/v1/members/me/consent-history", "401 2xx 2xx 403 403 403");
    EXPECTED.put("GET /api/v1/members/me/participation", "401 2xx 2xx 403 403 403");
    EXPECTED.put("POST /api/v1/members/me/participation/renewal", "401 ok ok 403 403 403");
    EXPECTED.put("POST /api/v1/members/me/participation/ending", "401 ok ok 403 403 403");
    EXPECTED.put("GET /api/v1/members/me/data", "401 2xx 2xx 403 403 403");
    EXPECTED.put("POST /api/v1/members/me/erasure", "401 ok ok 403 403 403");
    // Any login, its own tokens and password (R-PRV-1).
    EXPECTED.put("POST /api/v1/members/me/tokens", "401 ok ok ok ok ok");
    EXPECTED.put("GET /api/v1/members/me/tokens", "401 2xx 2xx 2xx 2xx 2xx");
    EXPECTED.put("DELETE /api/v1/members/me/tokens/{id}", "401 ok 404 404 404 404");
    EXPECTED.put("PUT /api/v1/members/me/password", "401 ok ok ok ok ok");
    // The CSRF token of the caller's own session (a Basic login opens one).
    EXPECTED.put("GET /api/v1/csrf", "401 2xx 2xx 2xx 2xx 2xx");
    // Help requests: the requester or the Service (R-PRV-3, R-REQ-*).
    EXPECTED.put("POST /api/v1/requests", "401 ok ok 403 403 403");
    EXPECTED.put("GET /api/v1/requests", "401 2xx 2xx 403 403 403");
    EXPECTED.put("GET /api/v1/requests/{id}", "401 2xx 404 2xx 404 2xx");
    EXPECTED.put("GET /api/v1/requests/{id}/timeline", "401 2xx 404 2xx 404 2xx");
    EXPECTED.put("POST /api/v1/requests/{id}/questions", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/answers", "401 ok 404 403 404 403");
    EXPECTED.put("POST /api/v1/requests/{id}/decision-date", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/acceptance", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/decline", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/deadline-moves", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/solutions", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/withdrawal", "401 ok 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/postponement", "401 ok 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/resumption", "401 403 404 ok 404 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/closure", "401 ok 404 403 404 403");
    EXPECTED.put("GET /api/v1/queue", "401 403 403 2xx 403 2xx");
    // Calls for help: the Service sends them; only their recipients read them (R-NET-1, R-NET-2).
    EXPECTED.put("GET /api/v1/requests/{id}/calls/candidates", "401 403 403 2xx 403 2xx");
    EXPECTED.put("POST /api/v1/requests/{id}/calls/preview", "401 403 403 ok 403 ok");
    EXPECTED.put("POST /api/v1/requests/{id}/calls", "401 403 403 ok 403 ok");
    EXPECTED.put("GET /api/v1/requests/{id}/calls", "401 403 403 2xx 403 2xx");
    EXPECTED.put("GET /api/v1/calls", "401 2xx 2xx 403 2xx 403");
    EXPECTED.put("GET /api/v1/calls/{id}", "401 2xx 404 404 404 404");
    EXPECTED.put("POST /api/v1/calls/{id}/solutions", "401 ok 404 404 404 404");
    EXPECTED.put("POST /api/v1/calls/{id}/accompaniments", "401 ok 404 404 404 404");
    EXPECTED.put("POST /api/v1/calls/{id}/decline", "401 ok 404 404 404 404");
    EXPECTED.put("GET /api/v1/calls/{id}/answers", "401 403 403 2xx 403 2xx");
    EXPECTED.put("POST /api/v1/calls/{id}/closure", "401 403 403 ok 403 ok");
    EXPECTED.put("POST /api/v1/calls/{id}/introductions", "401 403 403 ok 403 ok");
    // Introductions: the two parties only; the Service records consents received otherwise.
    EXPECTED.put("GET /api/v1/introductions", "401 2xx 2xx 403 2xx 403");
    EXPECTED.put("GET /api/v1/introductions/{id}", "401 2xx 404 404 404 404");
    EXPECTED.put("POST /api/v1/introductions/{id}/consent", "401 ok 404 404 404 404");
    EXPECTED.put("POST /api/v1/introductions/{id}/refusal", "401 ok 404 404 404 404");
    EXPECTED.put("POST /api/v1/introductions/{id}/recorded-consents", "401 403 403 ok 403 ok");
    EXPECTED.put("POST /api/v1/introductions/{id}/recorded-refusals", "401 403 403 ok 403 ok");
    // Quotes: the requester or the Service; only the requester accepts or declines (R-SOL-*).
    // Members and partners quote through the call they received, never on a request's id.
    EXPECTED.put("POST /api/v1/requests/{id}/quotes", "401 403 403 ok 403 ok");
    EXPECTED.put("GET /api/v1/requests/{id}/quotes", "401 2xx 404 2xx 404 2xx");
    EXPECTED.put("GET /api/v1/requests/{id}/quotes/comparison", "401 2xx 404 2xx 404 2xx");
    EXPECTED.put("GET /api/v1/quotes/notice", "401 2xx 2xx 2xx 2xx 2xx");
    EXPECTED.put("GET /api/v1/quotes/{id}", "401 2xx 404 2xx 404 2xx");
    EXPECTED.put("POST /api/v1/quotes/{id}/acceptance", "401 ok 404 403 404 403");
    EXPECTED.put("POST /api/v1/quotes/{id}/decline", "401 ok 404 403 404 403");
    // Notifications: a member's or partner's own list (agents read the Service's, inbox=service);
    // the outbox is the administrator's.
    EXPECTED.put("GET /api/v1/notifications", "401 2xx 2xx 403 2xx 403");
    EXPECTED.put("POST /api/v1/notifications/{id}/read", "401 ok 404 403 404 403");
    EXPECTED.put("GET /api/v1/notifications/preferences", "401 2xx 2xx 403 2xx 403");
    EXPECTED.put("PUT /api/v1/notifications/preferences", "401 ok ok 403 ok 403");
    EXPECTED.put("GET /api/v1/notifications/outbox", "401 403 403 403 403 2xx");
    // A retry of an e-mail that has not failed answers 404 (the outbox here may hold no failed one).
    EXPECTED.put("POST /api/v1/notifications/outbox/{id}/retry", "401 403 403 403 403 ok|404");
    // Administration (R-PRV-3, R-NET-1): the administrator's alone; an agent is refused as well.
    EXPECTED.put("GET /api/v1/admin/logins", "401 403 403 403 403 2xx");
    EXPECTED.put("POST /api/v1/admin/logins", "401 403 403 403 403 ok");
    EXPECTED.put("GET /api/v1/admin/logins/{login}", "401 403 403 403 403 2xx");
    EXPECTED.put("PUT /api/v1/admin/logins/{login}/roles", "401 403 403 403 403 ok");
    EXPECTED.put("POST /api/v1/admin/logins/{login}/disable", "401 403 403 403 403 ok");
    EXPECTED.put("POST /api/v1/admin/logins/{login}/enable", "401 403 403 403 403 ok");
    EXPECTED.put("GET /api/v1/admin/partners", "401 403 403 403 403 2xx");
    EXPECTED.put("POST /api/v1/admin/partners", "401 403 403 403 403 ok");
    EXPECTED.put("GET /api/v1/admin/partners/{id}", "401 403 403 403 403 2xx");
    EXPECTED.put("PUT /api/v1/admin/partners/{id}/active", "401 403 403 403 403 ok");
    EXPECTED.put("POST /api/v1/admin/partners/{id}/login", "401 403 403 403 403 ok");
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);
  private final String base = System.getProperty("clubaide.it.baseUrl");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  /** The resources, made once: who owns what. */
  private Login service;
  private Login alice;
  private Login bruno;
  private Login carol;
  private Login agent;
  private Club.PartnerLogin partner;
  private String partnerCall;
  private String spareLogin;
  private String sparePartner;
  private String aliceId;
  private String brunoId;
  private String readRequest;
  private String writeRequest;
  private String callRequest;
  private String call;
  private String writeCall;
  private String introduction;
  private String quote;
  private String token;
  private String notification;
  private String outboxEmail;

  @Test
  @DisplayName(
      "R-PRV-3 every operation of the OpenAPI document × anonymous, owner, other member, agent,"
          + " partner, administrator answers what the policy implies")
  void everyOperationAnswersWhatThePolicyImplies() {
    ApiClient.Answer doc = api.get("/openapi", null);
    assertEquals(200, doc.status(), doc.body());
    List<String> operations =
        new OpenApiAudit(doc.json(), OpenApiCompletenessIT.PUBLIC, Map.of())
            .operations().stream().map(OpenApiAudit.Op::name).toList();
    TreeSet<String> unlisted = new TreeSet<>(operations);
    unlisted.removeAll(EXPECTED.keySet());
    TreeSet<String> gone = new TreeSet<>(EXPECTED.keySet());
    gone.removeAll(operations);
    assertTrue(
        unlisted.isEmpty(),
        "operations of the OpenAPI document missing from the authorisation matrix: " + unlisted);
    assertTrue(gone.isEmpty(), "operations of the matrix the document no longer has: " + gone);

    setUp();
    List<String> mismatches = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    summary.append(String.format(
            "%-52s %-5s %-5s %-5s %-5s %-7s %-5s%n",
            "operation", "anon", "owner", "other", "agent", "partner", "service"));
    List<String> ordered = new ArrayList<>();
    EXPECTED.keySet().stream().filter(k -> k.startsWith("GET ")).forEach(ordered::add);
    EXPECTED.keySet().stream().filter(k -> !k.startsWith("GET ")).forEach(ordered::add);
    int calls = 0;
    for (String operation : ordered) {
      String[] expected = EXPECTED.get(operation).split(" ");
      StringBuilder row = new StringBuilder(String.format("%-52s", operation.replace("/api/v1", "")));
      for (int i = 0; i < ACTORS.size(); i++) {
        String actor = ACTORS.get(i);
        Call c = call(operation, actor);
        ApiClient.Answer answer = send(c);
        calls++;
        boolean match = matches(expected[i], answer.status());
        row.append(
            String.format(actor.equals("partner") ? " %-7s" : " %-5s", answer.status() + (match ? "" : "!")));
        if (!match) {
          mismatches.add(
              operation + " as " + actor + ": expected " + expected[i] + ", got "
                  + answer.status() + " " + abbreviate(answer.body()));
        }
        assertFalse(answer.body().contains("\tat "), answer.body());
      }
      summary.append(row).append('\n');
    }
    summary.append(calls).append(" calls; ! marks a cell that differs from the policy\n");
    System.out.println("Authorisation matrix (R-PRV-3)\n" + summary);
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " cells differ from the policy:\n" + String.join("\n", mismatches));
    }
  }

  private static boolean matches(String expected, int status) {
    if (expected.contains("|")) {
      return java.util.Arrays.stream(expected.split("\\|")).anyMatch(e -> matches(e, status));
    }
    return switch (expected) {
      case "2xx" -> status >= 200 && status < 300;
      case "ok" -> (status >= 200 && status < 300) || status == 409 || status == 422;
      default -> status == Integer.parseInt(expected);
    };
  }

  private static String abbreviate(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  /** One HTTP call of a cell. */
  private record Call(String method, String path, String body, Login login) {}

  private void setUp() {
    service = Club.service();
    alice = club.member("Alice");
    bruno = club.helper("Bruno", "droit des contrats");
    carol = club.helper("Carol", "jardinage");
    aliceId = club.idOf(alice);
    brunoId = club.idOf(bruno);
    // An agent and a partner with a login, both made through the admin API; a staff login and a
    // partner without login for the administrator's writes.
    agent = club.agent();
    partner = club.partner("Cabinet Matrice", "droit des contrats");
    spareLogin = club.agent().user();
    sparePartner = club.partnerRecord("Cabinet Réserve", "jardinage");
    // A request Alice raised, read by every cell, and one for the writes.
    readRequest = club.raise(alice, "Lecture", "Une demande lue par la matrice.");
    writeRequest = club.accepted(alice);
    // A request with a call sent to Bruno, his accompaniment, an introduction and a quote.
    callRequest = club.accepted(alice);
    call = sendCall(callRequest);
    writeCall = sendCall(club.accepted(alice));
    // The partner is sent a call of its own: it reads that one, and only that one (R-NET-1).
    partnerCall = sendCall(club.accepted(alice), "PARTNER", partner.id());
    List<String> partnerCalls =
        ApiClient.ok(api.get("/calls", partner.login()), 200).json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("id"))
            .toList();
    assertEquals(List.of(partnerCall), partnerCalls, "the partner lists the call sent to it only");
    assertEquals(200, api.get("/calls/" + partnerCall, partner.login()).status());
    assertEquals(404, api.get("/calls/" + call, partner.login()).status());
    assertEquals(404, api.get("/calls/" + partnerCall, bruno).status());
    ApiClient.ok(
        api.post(
            "/calls/" + call + "/accompaniments",
            "{\"outline\":\"Deux séances pour relire le contrat.\"}",
            bruno),
        201);
    introduction =
        ApiClient.ok(
                api.post(
                    "/calls/" + call + "/introductions",
                    "{\"helper\":{\"kind\":\"MEMBER\",\"id\":\"" + brunoId + "\"}}",
                    service),
                201)
            .json()
            .getString("id");
    quote =
        ApiClient.ok(api.post("/requests/" + callRequest + "/quotes", quoteBody(), service), 201)
            .json()
            .getString("id");
    token =
        ApiClient.ok(
                api.post("/members/me/tokens", "{\"name\":\"matrix\",\"validityDays\":1}", alice),
                201)
            .json()
            .getString("id");
    JsonObject list = ApiClient.ok(api.get("/notifications", alice), 200).json();
    assertFalse(
        list.getJsonArray("items").isEmpty(), "Alice has notifications about her requests");
    notification = list.getJsonArray("items").getJsonObject(0).getString("id");
    for (String status : List.of("FAILED", "PENDING", "SENT")) {
      JsonObject outbox =
          ApiClient.ok(api.get("/notifications/outbox?status=" + status, service), 200).json();
      if (outboxEmail == null && !outbox.getJsonArray("items").isEmpty()) {
        outboxEmail = outbox.getJsonArray("items").getJsonObject(0).getString("id");
      }
    }
    assertTrue(outboxEmail != null, "the outbox holds the e-mails of the notifications");
  }

  private String sendCall(String request) {
    return sendCall(request, "MEMBER", brunoId);
  }

  private String sendCall(String request, String kind, String recipient) {
    return ApiClient.ok(
            api.post(
                "/requests/" + request + "/calls",
                "{\"summary\":\"Relire un contrat de sous-traitance.\",\"wantedSkills\":"
                    + "[\"droit des contrats\"],\"recipients\":[{\"kind\":\""
                    + kind
                    + "\",\"id\":\""
                    + recipient
                    + "\"}]}",
                service),
            201)
        .json()
        .getString("id");
  }

  private static String quoteBody() {
    return "{\"title\":\"Relecture\",\"scope\":\"Relecture et deux séances.\","
        + "\"usualPrice\":{\"amount\":\"1200.00\",\"currency\":\"EUR\"},"
        + "\"memberPrice\":{\"amount\":\"900.00\",\"currency\":\"EUR\"},"
        + "\"duration\":{\"amount\":3,\"unit\":\"MONTHS\"},\"validUntil\":\""
        + Club.inDays(30)
        + "\"}";
  }

  /** The HTTP call of one cell: the resource, the caller and a minimal valid body. */
  private Call call(String operation, String actor) {
    String method = operation.substring(0, operation.indexOf(' '));
    String template = operation.substring(operation.indexOf(' ') + "/api/v1".length() + 1);
    boolean reading = method.equals("GET");
    // Whose resource it is: the member who owns it, for the owner column.
    Login owner = alice;
    String id;
    if (template.startsWith("/requests/{id}/calls") || template.startsWith("/requests/{id}/quotes")) {
      id = reading ? callRequest : writeRequest;
    } else if (template.startsWith("/requests/{id}")) {
      id = reading ? readRequest : writeRequest;
    } else if (template.startsWith("/calls/{id}")) {
      owner = bruno;
      id = reading || template.endsWith("/introductions") ? call : writeCall;
    } else if (template.startsWith("/introductions/{id}")) {
      id = introduction;
    } else if (template.startsWith("/quotes/{id}")) {
      id = quote;
    } else if (template.startsWith("/members/me/tokens/{id}")) {
      id = token;
    } else if (template.startsWith("/notifications/outbox/{id}")) {
      id = outboxEmail;
    } else if (template.startsWith("/notifications/{id}")) {
      id = notification;
    } else if (template.startsWith("/members/{id}")) {
      id = aliceId;
    } else if (template.startsWith("/admin/partners/{id}")) {
      id = sparePartner;
    } else {
      id = null;
    }
    Login other = owner == bruno ? alice : carol;
    if (template.startsWith("/calls/{id}") || template.startsWith("/introductions/{id}")
        || template.startsWith("/notifications/{id}") || template.startsWith("/members/me/tokens/")) {
      other = carol;
    }
    Login login =
        switch (actor) {
          case "anon" -> null;
          case "owner" -> owner;
          case "other" -> other;
          case "agent" -> agent;
          case "partner" -> partner.login();
          default -> service;
        };
    // Operations that end or change an account's access use a member of their own.
    if (login != null
        && (actor.equals("owner") || actor.equals("other"))
        && (template.equals("/members/me/participation/ending")
            || template.equals("/members/me/erasure")
            || template.equals("/members/me/password"))) {
      login = club.member("Jetable");
    }
    String path = id == null ? template : template.replace("{id}", id);
    path = path.replace("{login}", spareLogin);
    path += query(template);
    return new Call(method, path, body(method, template, login), login);
  }

  private static String query(String template) {
    return switch (template) {
      case "/members", "/requests/{id}/calls/candidates" ->
          "?skill=" + URLEncoder.encode("droit des contrats", StandardCharsets.UTF_8);
      case "/notifications/outbox" -> "?status=PENDING";
      case "/terms/text" ->
          "?label=" + URLEncoder.encode(org.clubaide.it.CurrentTerms.label(), StandardCharsets.UTF_8);
      default -> "";
    };
  }

  private String body(String method, String template, Login login) {
    if (method.equals("GET") || method.equals("DELETE")) {
      return null;
    }
    Function<Integer, String> day = d -> "\"" + Club.inDays(d) + "\"";
    return switch (template) {
      case "/members" -> "{\"firstName\":\"Jean\",\"lastName\":\"Matrice\",\"email\":\"matrix-"
          + UUID.randomUUID()
          + "@example.org\",\"phone\":\"+33 6 00 00 00 00\",\"postalAddress\":\"1 rue X, Lyon\","
          + "\"password\":\""
          + Club.PASSWORD
          + "\",\"termsVersion\":\"V3/2018\",\"termsAccepted\":true}";
      case "/members/me/terms-acceptances" -> "{\"termsVersion\":\"V3/2018\"}";
      case "/members/me/profile" -> "{\"skills\":[\"cuisine\"],\"offeredToNetwork\":false}";
      case "/members/me/details" -> "{\"firstName\":\"Jean\",\"lastName\":\"Matrice\","
          + "\"phone\":\"+33 6 00 00 00 01\",\"postalAddress\":\"2 rue X, Lyon\"}";
      case "/members/me/visibility" -> "{\"visibility\":{\"SKILLS\":\"MEMBERS\"}}";
      case "/members/me/tokens" -> "{\"name\":\"matrix\",\"validityDays\":1}";
      case "/members/me/password" -> "{\"currentPassword\":\""
          + (login == service || login == agent || login == partner.login()
              ? "not the password at all"
              : Club.PASSWORD)
          + "\",\"newPassword\":\"another long passphrase for the matrix\"}";
      case "/requests" -> "{\"title\":\"Matrice\",\"description\":\"Une demande.\","
          + "\"kinds\":[\"HELP\"],\"neededBy\":" + day.apply(10) + "}";
      case "/requests/{id}/questions", "/requests/{id}/answers", "/requests/{id}/decline" ->
          "{\"text\":\"Une précision.\"}";
      case "/requests/{id}/decision-date" -> "{\"date\":" + day.apply(3) + "}";
      case "/requests/{id}/acceptance" -> "{\"route\":\"NETWORK\",\"solutionDueOn\":"
          + day.apply(8) + "}";
      case "/requests/{id}/deadline-moves" -> "{\"newDate\":" + day.apply(9)
          + ",\"reason\":\"Un délai.\"}";
      case "/requests/{id}/solutions", "/calls/{id}/solutions" ->
          "{\"title\":\"Un modèle\",\"content\":\"Voir le modèle.\"}";
      case "/requests/{id}/withdrawal" -> "{\"reason\":\"NO_LONGER_ARISES\"}";
      case "/requests/{id}/postponement" -> "{\"until\":" + day.apply(5)
          + ",\"reason\":\"Plus tard.\"}";
      case "/requests/{id}/closure" -> "{\"satisfaction\":\"SOLVED\",\"comment\":\"Merci.\"}";
      case "/requests/{id}/calls/preview" -> "{\"summary\":\"Relire un contrat.\","
          + "\"wantedSkills\":[\"droit des contrats\"]}";
      case "/requests/{id}/calls" -> "{\"summary\":\"Relire un contrat.\",\"wantedSkills\":"
          + "[\"droit des contrats\"],\"recipients\":[{\"kind\":\"MEMBER\",\"id\":\""
          + brunoId + "\"}]}";
      case "/calls/{id}/accompaniments" -> "{\"outline\":\"Deux séances.\"}";
      case "/calls/{id}/introductions" -> "{\"helper\":{\"kind\":\"MEMBER\",\"id\":\""
          + brunoId + "\"}}";
      case "/introductions/{id}/recorded-consents" -> "{\"side\":\"HELPER\"}";
      case "/introductions/{id}/recorded-refusals" -> "{\"side\":\"HELPER\",\"channel\":\"PHONE\"}";
      case "/requests/{id}/quotes" -> quoteBody();
      case "/quotes/{id}/acceptance" -> "{\"confirmed\":true,\"noticeVersion\":\"QUOTE-NOTICE-1\"}";
      case "/quotes/{id}/decline" -> "{\"note\":\"Trop cher.\"}";
      case "/notifications/preferences" -> "{\"language\":\"fr\"}";
      case "/terms" -> "{\"label\":\"Matrice\",\"validFrom\":" + day.apply(-1)
          + ",\"text\":\"Jamais publiée.\"}";
      case "/password-resets" -> "{\"email\":\"nobody-matrix@example.org\"}";
      case "/password-resets/completion" -> "{\"token\":\"" + "A".repeat(43)
          + "\",\"newPassword\":\"another long passphrase for the matrix\"}";
      case "/admin/logins" -> "{\"login\":\"matrix-" + UUID.randomUUID()
          + "@example.org\",\"roles\":[\"AGENT\"],\"password\":\"" + Club.PASSWORD + "\"}";
      case "/admin/logins/{login}/roles" -> "{\"roles\":[\"AGENT\"]}";
      case "/admin/partners" -> "{\"name\":\"Cabinet " + UUID.randomUUID() + "\","
          + "\"email\":\"cabinet@example.org\",\"phone\":\"+33 4 72 00 00 01\","
          + "\"postalAddress\":\"1 rue X, Lyon\",\"skills\":[\"conseil\"]}";
      case "/admin/partners/{id}/active" -> "{\"active\":true}";
      case "/admin/partners/{id}/login" -> "{\"login\":\"matrix-partner-" + UUID.randomUUID()
          + "@example.org\",\"password\":\"" + Club.PASSWORD + "\"}";
      default -> "";
    };
  }

  private ApiClient.Answer send(Call c) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + "/api/v1" + c.path()))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json");
    if (c.body() == null) {
      builder.method(c.method(), HttpRequest.BodyPublishers.noBody());
    } else if (c.body().isEmpty()) {
      builder.method(c.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder
          .header("Content-Type", "application/json")
          .method(c.method(), HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
    }
    if (c.login() != null) {
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (c.login().user() + ":" + c.login().password())
                          .getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new ApiClient.Answer(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
