package org.clubaide.it.api;

import static org.clubaide.it.api.ApiClient.ok;
import static org.clubaide.it.api.ApiClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.clubaide.it.api.ApiClient.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quotes over HTTP: the Service records them, the requester lists and compares them side by side
 * and accepts one after confirming the intermediary notice, or declines; with the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuotesApiIT {

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);
  private final Login service = Club.service();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  private static String quote(String title, String usual, String member, String duration, int validDays) {
    return "{\"title\":\""
        + title
        + "\",\"scope\":\"Review of the contract and support during the negotiation.\","
        + "\"usualPrice\":{\"amount\":\""
        + usual
        + "\",\"currency\":\"EUR\"},\"memberPrice\":{\"amount\":\""
        + member
        + "\",\"currency\":\"EUR\"},\"duration\":"
        + duration
        + ",\"validUntil\":\""
        + Club.inDays(validDays)
        + "\"}";
  }

  private String recorded(String request, String body) {
    ApiClient.Answer made = ok(api.post("/requests/" + request + "/quotes", body, service), 201);
    String id = made.json().getString("id");
    assertTrue(made.header("Location").endsWith("/api/v1/quotes/" + id), made.header("Location"));
    return id;
  }

  @Test
  @DisplayName(
      "R-SOL-3 R-SOL-4 the requester pages through the quotes and compares them side by side:"
          + " prices, saving, duration, validity, provider kind and the intermediary notice")
  void compareSideBySide() {
    Login requester = club.member("Yann");
    String request = club.accepted(requester);
    String dear =
        recorded(request, quote("Legal accompaniment", "2000.00", "1500.00", "{\"amount\":6,\"unit\":\"WEEKS\"}", 20));
    String cheap =
        recorded(request, quote("Contract review", "1200.00", "900.00", "{\"amount\":3,\"unit\":\"MONTHS\"}", 30));

    ApiClient.Answer first = ok(api.get("/requests/" + request + "/quotes?limit=1", requester), 200);
    assertEquals(List.of(dear), first.itemIds());
    ApiClient.Answer second =
        ok(api.get(
                "/requests/" + request + "/quotes?limit=1&after=" + first.json().getString("nextCursor"),
                requester),
            200);
    assertEquals(List.of(cheap), second.itemIds());
    assertTrue(ApiClient.absent(second.json(), "nextCursor"));

    JsonObject comparison =
        ok(api.get("/requests/" + request + "/quotes/comparison", requester), 200).json();
    assertEquals("MEMBER_PRICE", comparison.getString("sortedBy"));
    List<JsonObject> rows = comparison.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals(cheap, rows.get(0).getString("quoteId"));
    assertEquals("900.00", rows.get(0).getJsonObject("memberPrice").getString("amount"));
    assertEquals("1200.00", rows.get(0).getJsonObject("usualPrice").getString("amount"));
    assertEquals("300.00", rows.get(0).getJsonObject("saving").getString("amount"));
    assertEquals("25.00", rows.get(0).getJsonNumber("savingPercent").bigDecimalValue().toPlainString());
    assertEquals("3 months", rows.get(0).getJsonObject("duration").getString("text"));
    assertEquals(Club.inDays(30).toString(), rows.get(0).getString("validUntil"));
    assertEquals("SERVICE", rows.get(0).getString("providerKind"));
    assertFalse(rows.get(0).getBoolean("expired"));
    assertTrue(comparison.getJsonObject("notice").getString("text").contains("intermediary"));

    JsonObject byDuration =
        ok(api.get("/requests/" + request + "/quotes/comparison?sort=DURATION", requester), 200).json();
    assertEquals(dear, byDuration.getJsonArray("rows").getJsonObject(0).getString("quoteId"));
    problem(
        api.get("/requests/" + request + "/quotes/comparison?sort=COLOUR", requester), 422, "R-SOL-4");
    assertEquals(
        2, ok(api.get("/requests/" + request + "/quotes/comparison", service), 200).json().getJsonArray("rows").size());
  }

  @Test
  @DisplayName(
      "R-SOL-3 R-SOL-6 R-PRV-3 a quote needs a member price below the usual one and a validity"
          + " date to come; another member's request has no quotes to read (404)")
  void recordingRefusals() {
    Login requester = club.member("Zoe");
    Login other = club.member("Adam");
    String request = club.accepted(requester);
    String months = "{\"amount\":2,\"unit\":\"MONTHS\"}";

    problem(
        api.post("/requests/" + request + "/quotes", quote("Too dear", "900.00", "900.00", months, 10), service),
        422,
        "R-SOL-3");
    problem(
        api.post("/requests/" + request + "/quotes", quote("Expired", "900.00", "800.00", months, -1), service),
        422,
        "R-SOL-6");
    problem(
        api.post(
            "/requests/" + request + "/quotes",
            quote("Bad amount", "nine hundred", "800.00", months, 10),
            service),
        422,
        "R-SOL-3");
    problem(
        api.post("/requests/" + request + "/quotes", quote("Own", "900.00", "800.00", months, 10), requester),
        403,
        "R-PRV-3");
    problem(
        api.post("/requests/" + request + "/quotes", "{\"title\":\"Incomplete\"}", service), 400, null);

    String id = recorded(request, quote("Fine", "900.00", "800.00", months, 10));
    problem(api.get("/requests/" + request + "/quotes", other), 404, null);
    problem(api.get("/requests/" + request + "/quotes/comparison", other), 404, null);
    problem(api.get("/quotes/" + id, other), 404, null);
    problem(api.post("/quotes/" + id + "/decline", "{}", other), 404, null);
  }

  @Test
  @DisplayName(
      "R-SOL-5 R-SOL-4 R-REQ-9 the requester accepts a quote only after confirming the notice; the"
          + " other open quotes are declined, the Service cannot decide for the member, and the"
          + " offer taken lets the member close the request")
  void acceptance() {
    Login requester = club.member("Berthe");
    String request = club.accepted(requester);
    String months = "{\"amount\":1,\"unit\":\"MONTHS\"}";
    String taken = recorded(request, quote("Taken", "500.00", "400.00", months, 10));
    String other = recorded(request, quote("Other", "600.00", "450.00", months, 10));
    String notice = ok(api.get("/quotes/notice", requester), 200).json().getString("version");
    String closure = "{\"satisfaction\":\"SOLVED\",\"comment\":\"Merci.\"}";
    problem(api.post("/requests/" + request + "/closure", closure, requester), 422, "R-REQ-9");

    problem(
        api.post("/quotes/" + taken + "/acceptance", "{\"confirmed\":false,\"noticeVersion\":\"" + notice + "\"}", requester),
        422,
        "R-SOL-5");
    problem(
        api.post("/quotes/" + taken + "/acceptance", "{\"confirmed\":true,\"noticeVersion\":\"" + notice + "\"}", service),
        403,
        "R-PRV-3");

    JsonObject accepted =
        ok(api.post(
                "/quotes/" + taken + "/acceptance",
                "{\"confirmed\":true,\"noticeVersion\":\"" + notice + "\"}",
                requester),
            200)
            .json();
    assertEquals("ACCEPTED", accepted.getString("status"));
    assertFalse(ApiClient.absent(accepted, "acceptedAt"));
    assertEquals("DECLINED", ok(api.get("/quotes/" + other, requester), 200).json().getString("status"));
    problem(
        api.post("/quotes/" + other + "/acceptance", "{\"confirmed\":true,\"noticeVersion\":\"" + notice + "\"}", requester),
        409,
        null);
    problem(
        api.post("/requests/" + request + "/quotes", quote("Late", "500.00", "400.00", months, 10), service),
        409,
        "R-SOL-4");

    // R-REQ-9: an offer taken is a solution; the member closes with their satisfaction.
    JsonObject closed =
        ok(api.post("/requests/" + request + "/closure", closure, requester), 200).json();
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals("SOLVED", closed.getString("satisfaction"));
  }

  @Test
  @DisplayName("R-SOL-4 the requester declines a quote with a note for the provider")
  void decline() {
    Login requester = club.member("Cyril");
    String request = club.accepted(requester);
    String id = recorded(request, quote("Declined", "500.00", "400.00", "{\"amount\":10,\"unit\":\"DAYS\"}", 10));
    JsonObject declined =
        ok(api.post("/quotes/" + id + "/decline", "{\"note\":\"Found help nearer.\"}", requester), 200)
            .json();
    assertEquals("DECLINED", declined.getString("status"));
    problem(api.post("/quotes/" + id + "/decline", "{}", requester), 409, null);
    problem(api.post("/quotes/" + id + "/decline", "{}", service), 403, "R-PRV-3");
  }
}
