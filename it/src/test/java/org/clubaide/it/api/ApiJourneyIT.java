package org.clubaide.it.api;

import static org.clubaide.it.api.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clubaide.it.api.ApiClient.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole service over the API, end to end: a member raises a request; an agent accepts it,
 * finds the members with the skill, previews and sends a call for help that says nothing of who
 * asked; one member answers with a free tip, which the agent passes on as a simple solution, the
 * other with an offer of accompaniment; the agent records that member's quote; the requester
 * compares and accepts it, then closes the request as solved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiJourneyIT {

  private static final String SUMMARY =
      "A small workshop must renegotiate a supply contract whose prices rose sharply.";

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  @Test
  @DisplayName(
      "R-REQ-1 R-REQ-4 R-NET-1 R-NET-2 R-NET-4 R-SOL-1 R-SOL-3 R-SOL-4 R-SOL-5 R-REQ-9 a request"
          + " travels from the member through the network to an accepted quote and a solved"
          + " closure")
  void requestThroughTheNetworkToASolvedClosure() {
    Login service = Club.service();
    String skill = "Négociation fournisseurs " + UUID.randomUUID().toString().substring(0, 8);
    Club.Person alice = club.person("Alice");
    Club.Person bruno = club.person("Bruno");
    ok(
        api.put(
            "/members/me/profile",
            "{\"skills\":[\"" + skill + "\"],\"offeredToNetwork\":true}",
            bruno.login()),
        200);
    String brunoId = club.idOf(bruno.login());
    Login chloe = club.helper("Chloe", skill);
    String chloeId = club.idOf(chloe);

    // The member raises a request; what she types names her workshop.
    String title = "Contrat fournisseur " + alice.organisation();
    String description =
        "Notre atelier " + alice.organisation() + " doit renégocier un contrat d'achat.";
    ApiClient.Answer raised =
        ok(
            api.post(
                "/requests",
                "{\"title\":\""
                    + title
                    + "\",\"description\":\""
                    + description
                    + "\",\"kinds\":[\"HELP\",\"INFORMATION\"],\"neededBy\":\""
                    + Club.inDays(20)
                    + "\"}",
                alice.login()),
            201);
    String request = raised.json().getString("id");
    List<String> secrets = new ArrayList<>(alice.identifyingDetails());
    secrets.addAll(List.of(title, description, request, club.idOf(alice.login())));

    // The agent finds it in the queue and accepts it for the network.
    assertTrue(pages(api, "/queue?limit=100", service).contains(request));
    ok(
        api.post(
            "/requests/" + request + "/acceptance",
            "{\"route\":\"NETWORK\",\"solutionDueOn\":\"" + Club.inDays(15) + "\"}",
            service),
        200);

    // Candidates by skill, the preview, then the call: nothing identifies the requester.
    JsonObject candidates =
        ok(api.get(
                "/requests/" + request + "/calls/candidates?skill=" + skill.replace(" ", "%20"),
                service),
            200)
            .json();
    assertEquals(
        List.of(brunoId, chloeId).stream().sorted().toList(),
        candidates.getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getJsonObject("participant").getString("id"))
            .sorted()
            .toList());
    String callBody =
        "{\"summary\":\""
            + SUMMARY
            + "\",\"wantedSkills\":[\""
            + skill
            + "\"],\"recipients\":[{\"kind\":\"MEMBER\",\"id\":\""
            + brunoId
            + "\"},{\"kind\":\"MEMBER\",\"id\":\""
            + chloeId
            + "\"}]}";
    ApiClient.Answer preview = ok(api.post("/requests/" + request + "/calls/preview", callBody, service), 200);
    assertRevealsNothing(preview.body(), secrets);
    String call = ok(api.post("/requests/" + request + "/calls", callBody, service), 201).json().getString("id");

    // The helpers see the call exactly as previewed; one offers an accompaniment, one a tip.
    for (Login helper : List.of(bruno.login(), chloe)) {
      ApiClient.Answer received = ok(api.get("/calls/" + call, helper), 200);
      assertRevealsNothing(received.body(), secrets);
      assertEquals(preview.json(), received.json().getJsonObject("request"));
      assertRevealsNothing(ok(api.get("/calls", helper), 200).body(), secrets);
    }
    ok(
        api.post(
            "/calls/" + call + "/accompaniments",
            "{\"outline\":\"Three sessions to prepare and lead the renegotiation.\"}",
            bruno.login()),
        201);
    ok(
        api.post(
            "/calls/" + call + "/solutions",
            "{\"title\":\"Index clause\",\"content\":\"Ask for a price index clause, as in the"
                + " federation's model contract.\"}",
            chloe),
        201);

    // The agent reads the answers, passes the tip on, free, and records the helper's quote.
    JsonObject answers = ok(api.get("/calls/" + call + "/answers", service), 200).json();
    JsonObject answer = answers.getJsonArray("answers").getJsonObject(0);
    assertEquals("ACCOMPANIMENT", answer.getString("type"));
    assertEquals(brunoId, answer.getJsonObject("recipient").getString("id"));
    JsonObject tip = answers.getJsonArray("answers").getJsonObject(1);
    assertEquals("SIMPLE_SOLUTION", tip.getString("type"));
    JsonObject relayed =
        ok(
                api.post(
                    "/requests/" + request + "/solutions",
                    "{\"title\":\"" + tip.getString("title") + "\",\"content\":\""
                        + tip.getString("content") + "\"}",
                    service),
                201)
            .json();
    assertTrue(relayed.getJsonArray("solutions").getJsonObject(0).getBoolean("free"));
    String quote =
        ok(
                api.post(
                    "/requests/" + request + "/quotes",
                    "{\"title\":\"Renegotiation support\",\"scope\":\"Three working sessions and"
                        + " support during the meeting with the supplier.\",\"usualPrice\":"
                        + "{\"amount\":\"1500.00\",\"currency\":\"EUR\"},\"memberPrice\":"
                        + "{\"amount\":\"1050.00\",\"currency\":\"EUR\"},\"duration\":"
                        + "{\"amount\":6,\"unit\":\"WEEKS\"},\"validUntil\":\""
                        + Club.inDays(14)
                        + "\",\"onBehalfOf\":{\"kind\":\"MEMBER\",\"member\":\""
                        + brunoId
                        + "\"}}",
                    service),
                201)
            .json()
            .getString("id");

    // The requester compares, reads the notice, accepts; the contract is hers and the helper's.
    JsonObject comparison =
        ok(api.get("/requests/" + request + "/quotes/comparison", alice.login()), 200).json();
    JsonObject row = comparison.getJsonArray("rows").getJsonObject(0);
    assertEquals(quote, row.getString("quoteId"));
    assertEquals("MEMBER", row.getString("providerKind"));
    assertEquals("450.00", row.getJsonObject("saving").getString("amount"));
    assertFalse(comparison.toString().contains(brunoId), "the provider is shown by kind only");
    String notice = comparison.getJsonObject("notice").getString("version");
    JsonObject accepted =
        ok(
                api.post(
                    "/quotes/" + quote + "/acceptance",
                    "{\"confirmed\":true,\"noticeVersion\":\"" + notice + "\"}",
                    alice.login()),
                200)
            .json();
    assertEquals("ACCEPTED", accepted.getString("status"));

    // Solved: she closes the request with her satisfaction, and reads the timeline.
    JsonObject closed =
        ok(
                api.post(
                    "/requests/" + request + "/closure",
                    "{\"satisfaction\":\"SOLVED\",\"comment\":\"Merci, contrat renégocié.\"}",
                    alice.login()),
                200)
            .json();
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals("SOLVED", closed.getString("satisfaction"));
    List<String> events =
        ok(api.get("/requests/" + request + "/timeline", alice.login()), 200).array().stream()
            .map(v -> v.asJsonObject().getString("type"))
            .toList();
    assertEquals(List.of("Submitted", "Accepted", "SolutionProposed", "Closed"), events);
  }

  private static void assertRevealsNothing(String body, List<String> secrets) {
    for (String secret : secrets) {
      assertFalse(body.contains(secret), "\"" + secret + "\" revealed in " + body);
    }
  }

  /** The identifiers of every page of a list. */
  private static List<String> pages(ApiClient api, String path, Login login) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonObject page =
          ok(api.get(path + (cursor == null ? "" : "&after=" + cursor), login), 200).json();
      page.getJsonArray("items").forEach(v -> ids.add(v.asJsonObject().getString("id")));
      JsonValue next = page.get("nextCursor");
      cursor = next instanceof JsonString s ? s.getString() : null;
    } while (cursor != null);
    return ids;
  }
}
