package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walking skeleton on a real Open Liberty with the embedded H2: a visitor registers, raises a
 * request, an agent accepts it and proposes a free solution, the member closes it with their
 * satisfaction and reads the timeline; bad input is answered with problem details and changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalkingSkeletonIT {

  /** Dates are days in the Service\'s time zone (the server\'s clubaide.zone). */
  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");

  private static final String PASSWORD = "correct horse battery staple";

  private final Api api = new Api(System.getProperty("clubaide.it.baseUrl"));

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  @Test
  @DisplayName("R-MEM-1 R-REQ-1 R-REQ-4 R-REQ-6 R-SOL-1 R-REQ-9 R-REQ-10 a request travels from registration to closure")
  void journey() {
    String email = register("Alice");
    LocalDate in10 = LocalDate.now(SERVICE_ZONE).plusDays(10);

    Api.Answer raised =
        api.post(
            "/api/v1/requests",
            "{\"title\":\"Contrat de sous-traitance\",\"description\":\"Relire un contrat.\","
                + "\"kinds\":[\"INFORMATION\",\"DOCUMENT\"],\"neededBy\":\"" + in10 + "\"}",
            email, PASSWORD);
    assertEquals(201, raised.status(), raised.body());
    String id = raised.json().getString("id");
    assertTrue(raised.location().endsWith("/api/v1/requests/" + id));
    assertEquals("SUBMITTED", raised.json().getString("status"));
    assertEquals("WEB", raised.json().getString("channel"));

    String[] admin = adminCredentials();
    Api.Answer queue = api.get("/api/v1/queue", admin[0], admin[1]);
    assertEquals(200, queue.status(), queue.body());
    assertTrue(ids(queue.json().getJsonArray("items")).contains(id), queue.body());

    Api.Answer accepted =
        api.post("/api/v1/requests/" + id + "/acceptance",
            "{\"route\":\"INTERNAL\",\"solutionDueOn\":\"" + in10 + "\"}", admin[0], admin[1]);
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals("ACCEPTED", accepted.json().getString("status"));
    assertEquals(in10.toString(), accepted.json().getString("solutionDueOn"));

    Api.Answer priced =
        api.post("/api/v1/requests/" + id + "/solutions",
            "{\"title\":\"Modèle\",\"content\":\"Le modèle X\","
                + "\"price\":{\"amount\":\"50.00\",\"currency\":\"EUR\"}}",
            admin[0], admin[1]);
    assertProblem(priced, 422);
    assertEquals("R-SOL-1", priced.json().getString("rule"));

    Api.Answer solution =
        api.post("/api/v1/requests/" + id + "/solutions",
            "{\"title\":\"Modèle\",\"content\":\"Le modèle X\"}", admin[0], admin[1]);
    assertEquals(201, solution.status(), solution.body());
    assertEquals(1, solution.json().getJsonArray("solutions").size());
    assertTrue(solution.json().getJsonArray("solutions").getJsonObject(0).getBoolean("free"));

    Api.Answer closed =
        api.post("/api/v1/requests/" + id + "/closure",
            "{\"satisfaction\":\"SOLVED\",\"comment\":\"Merci\"}", email, PASSWORD);
    assertEquals(200, closed.status(), closed.body());
    assertEquals("CLOSED", closed.json().getString("status"));
    assertEquals("SOLVED", closed.json().getString("satisfaction"));

    Api.Answer timeline = api.get("/api/v1/requests/" + id + "/timeline", email, PASSWORD);
    assertEquals(200, timeline.status(), timeline.body());
    List<String> types =
        timeline.jsonStructure().asJsonArray().stream()
            .map(v -> v.asJsonObject().getString("type"))
            .toList();
    assertEquals(List.of("Submitted", "Accepted", "SolutionProposed", "Closed"), types);
  }

  @Test
  @DisplayName("R-MEM-1 registration without accepting the terms is refused and creates no login")
  void registrationWithoutTermsAcceptance() {
    String email = "nobody-" + UUID.randomUUID() + "@example.org";
    Api.Answer refused = api.post("/api/v1/members", registration(email, "Nora", false), null, null);
    assertProblem(refused, 422);
    assertEquals("R-MEM-1", refused.json().getString("rule"));
    assertEquals(401, api.get("/api/v1/members/me", email, PASSWORD).status());
  }

  @Test
  @DisplayName("R-MEM-1 an e-mail address registers once")
  void duplicateRegistration() {
    String email = register("Dora");
    assertProblem(api.post("/api/v1/members", registration(email, "Dora", true), null, null), 409);
  }

  @Test
  @DisplayName("R-REQ-2 a description over the limit or a past date is refused and nothing is saved")
  void conciseAndSituatedInTime() {
    String email = register("Carl");
    String tooLong = "x".repeat(2001);
    assertProblem(
        api.post("/api/v1/requests",
            "{\"title\":\"T\",\"description\":\"" + tooLong + "\",\"kinds\":[\"HELP\"],"
                + "\"neededBy\":\"" + LocalDate.now(SERVICE_ZONE).plusDays(3) + "\"}", email, PASSWORD),
        422);
    Api.Answer past =
        api.post("/api/v1/requests",
            "{\"title\":\"T\",\"description\":\"D\",\"kinds\":[\"HELP\"],"
                + "\"neededBy\":\"" + LocalDate.now(SERVICE_ZONE).minusDays(1) + "\"}", email, PASSWORD);
    assertProblem(past, 422);
    assertEquals("neededBy", past.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    Api.Answer mine = api.get("/api/v1/requests", email, PASSWORD);
    assertEquals(200, mine.status());
    assertEquals(0, mine.json().getJsonArray("items").size());
  }

  @Test
  @DisplayName("R-PRV-3 a member never sees or changes another member's request")
  void anotherMembersRequest() {
    String alice = register("Ann");
    String bob = register("Ben");
    String id = raise(alice);
    assertProblem(api.get("/api/v1/requests/" + id, bob, PASSWORD), 404);
    assertProblem(api.get("/api/v1/requests/" + id + "/timeline", bob, PASSWORD), 404);
    assertProblem(
        api.post("/api/v1/requests/" + id + "/withdrawal", "{\"reason\":\"NO_LONGER_ARISES\"}",
            bob, PASSWORD),
        404);
    assertFalse(
        ids(api.get("/api/v1/requests", bob, PASSWORD).json().getJsonArray("items")).contains(id));
    Api.Answer still = api.get("/api/v1/requests/" + id, alice, PASSWORD);
    assertEquals("SUBMITTED", still.json().getString("status"));
    assertEquals(1, still.json().getJsonArray("timeline").size());
  }

  @Test
  @DisplayName("R-REQ-4 of two agents acting on what they read, the second gets 409 and changes nothing")
  void concurrentUpdateIsAConflict() {
    String email = register("Gus");
    String id = raise(email);
    String[] admin = adminCredentials();
    Api.Answer read = api.get("/api/v1/requests/" + id, admin[0], admin[1]);
    assertEquals(200, read.status());
    assertNotNull(read.etag(), "the request carries its version as an ETag");

    Api.Answer first =
        api.postIfMatch("/api/v1/requests/" + id + "/questions", "{\"text\":\"Pour quand ?\"}",
            read.etag(), admin[0], admin[1]);
    assertEquals(200, first.status(), first.body());
    Api.Answer second =
        api.postIfMatch("/api/v1/requests/" + id + "/acceptance", "{\"route\":\"INTERNAL\"}",
            read.etag(), admin[0], admin[1]);
    assertProblem(second, 409);
    assertEquals("CONCURRENT-UPDATE", second.json().getString("rule"));

    Api.Answer now = api.get("/api/v1/requests/" + id, admin[0], admin[1]);
    assertEquals("SUBMITTED", now.json().getString("status"));
    assertEquals(2, now.json().getJsonArray("timeline").size(), "submitted and the question only");
    assertEquals(first.etag(), now.etag());
    assertProblem(
        api.postIfMatch("/api/v1/requests/" + id + "/acceptance", "{\"route\":\"INTERNAL\"}",
            "\"not-a-version\"", admin[0], admin[1]),
        400);
  }

  @Test
  @DisplayName("R-PRV-3 a member cannot act for the Service")
  void memberCannotAccept() {
    String email = register("Eve");
    String id = raise(email);
    assertProblem(
        api.post("/api/v1/requests/" + id + "/acceptance", "{\"route\":\"INTERNAL\"}", email,
            PASSWORD),
        403);
    assertProblem(api.get("/api/v1/queue", email, PASSWORD), 403);
  }

  @Test
  @DisplayName("unknown ids, malformed JSON, wrong media type and missing login get problem details")
  void badInput() {
    String email = register("Finn");
    assertProblem(api.get("/api/v1/requests/" + UUID.randomUUID(), email, PASSWORD), 404);
    assertProblem(api.get("/api/v1/requests/not-a-uuid", email, PASSWORD), 404);
    assertProblem(api.post("/api/v1/requests", "{\"title\": ", email, PASSWORD), 400);
    assertProblem(api.post("/api/v1/requests", "{\"kinds\":[\"MAGIC\"]}", email, PASSWORD), 400);
    assertProblem(api.postAs("/api/v1/requests", "title=x", "text/plain", email, PASSWORD), 415);
    assertProblem(api.get("/api/v1/requests", null, null), 401);
    assertProblem(api.get("/api/v1/requests", email, "wrong password!"), 401);
  }

  @Test
  @DisplayName("health is ready with the database, OpenAPI is served, the home page is French")
  void platform() {
    Api.Answer ready = api.get("/health/ready", null, null);
    assertEquals(200, ready.status(), ready.body());
    assertEquals("UP", ready.json().getString("status"));
    Api.Answer openapi = api.get("/openapi", null, null);
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/v1/requests/{id}/acceptance"), openapi.body());
    Api.Answer home = api.get("/", null, null);
    assertEquals(200, home.status());
    assertTrue(home.body().contains("Devenir membre"), home.body());
    Api.Answer protectedPage = api.get("/member/requests.xhtml", null, null);
    assertEquals(302, protectedPage.status());
  }

  private String register(String firstName) {
    String email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
    Api.Answer answer = api.post("/api/v1/members", registration(email, firstName, true), null, null);
    assertEquals(201, answer.status(), answer.body());
    assertEquals(email, answer.json().getString("email"));
    return email;
  }

  private String raise(String email) {
    Api.Answer answer =
        api.post("/api/v1/requests",
            "{\"title\":\"Besoin d'un avis\",\"description\":\"Un problème.\",\"kinds\":[\"HELP\"],"
                + "\"neededBy\":\"" + LocalDate.now(SERVICE_ZONE).plusDays(5) + "\"}", email, PASSWORD);
    assertEquals(201, answer.status(), answer.body());
    return answer.json().getString("id");
  }

  private static String registration(String email, String firstName, boolean accepted) {
    return "{\"firstName\":\"" + firstName + "\",\"lastName\":\"Test\",\"email\":\"" + email
        + "\",\"phone\":\"+33 1 23 45 67 89\",\"postalAddress\":\"1 rue Exemple, Lyon\","
        + "\"password\":\"" + PASSWORD + "\",\"termsVersion\":\"" + CurrentTerms.label() + "\",\"termsAccepted\":"
        + accepted + "}";
  }

  private static void assertProblem(Api.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
    JsonObject problem = answer.json();
    assertEquals(status, problem.getInt("status"));
    assertNotNull(problem.getString("title"));
    assertTrue(problem.getString("type").startsWith("urn:clubaide:problem:"));
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertFalse(answer.body().contains("\tat "), answer.body());
  }

  private static List<String> ids(JsonArray items) {
    return items.stream().map(v -> v.asJsonObject().getString("id")).toList();
  }

  /** The first administrator's login and password, from the server log. */
  private static String[] adminCredentials() {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    return new String[] {admin.login(), admin.password()};
  }

}
