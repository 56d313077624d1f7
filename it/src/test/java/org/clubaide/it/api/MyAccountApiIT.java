package org.clubaide.it.api;

import org.clubaide.it.CurrentTerms;
import static org.clubaide.it.api.ApiClient.ok;
import static org.clubaide.it.api.ApiClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
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
 * The member's own account over HTTP ({@code /api/v1/members/me}): profile, visibility and
 * consent history, terms acceptance, participation, export and erasure, with the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyAccountApiIT {

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  @Test
  @DisplayName(
      "R-MEM-3 R-MEM-4 R-MEM-5 the member describes their profile, opens groups to members, and"
          + " reads every choice in their consent history a page at a time")
  void profileVisibilityAndConsentHistory() {
    Club.Person alice = club.person("Alice");
    Login me = alice.login();

    JsonObject profile = ok(api.get("/members/me", me), 200).json();
    assertEquals("ACTIVE", profile.getJsonObject("participation").getString("status"));
    assertTrue(ApiClient.absent(profile, "termsToAccept"), profile.toString());
    assertEquals("SERVICE_ONLY", profile.getJsonObject("visibility").getString("IDENTITY"));

    JsonObject described =
        ok(api.put(
                "/members/me/profile",
                "{\"skills\":[\"Comptabilité\",\" comptabilité \",\"Négociation\"],"
                    + "\"hobbies\":[\"Voile\"],\"offeredToNetwork\":true}",
                me),
            200)
            .json();
    assertEquals(
        List.of("Comptabilité", "Négociation"),
        described.getJsonObject("profile").getJsonArray("skills").getValuesAs(
            JsonString::getString));
    assertTrue(described.getJsonObject("profile").getBoolean("offeredToNetwork"));

    JsonObject opened =
        ok(api.put(
                "/members/me/visibility",
                "{\"visibility\":{\"IDENTITY\":\"MEMBERS\",\"SKILLS\":\"MEMBERS\"}}",
                me),
            200)
            .json();
    assertEquals("MEMBERS", opened.getJsonObject("visibility").getString("SKILLS"));
    problem(
        api.put("/members/me/visibility", "{\"visibility\":{\"IDENTITY\":\"PUBLIC\"}}", me),
        422,
        "R-MEM-4");

    ApiClient.Answer first = ok(api.get("/members/me/consent-history?limit=4", me), 200);
    assertEquals(4, first.json().getJsonArray("items").size());
    String cursor = first.json().getString("nextCursor");
    ApiClient.Answer second =
        ok(api.get("/members/me/consent-history?limit=4&after=" + cursor, me), 200);
    List<JsonObject> last = second.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(2, last.size(), "four initial choices, then two changes: " + second.body());
    assertTrue(ApiClient.absent(second.json(), "nextCursor"));
    assertEquals("IDENTITY", last.get(0).getString("group"));
    assertEquals("MEMBERS", last.get(0).getString("visibility"));
    assertEquals(alice.email(), last.get(1).getString("changedBy"));
    problem(api.get("/members/me/consent-history?after=not-a-cursor!", me), 422, "PAGING");

    Login bob = club.member("Bob");
    JsonObject seen = ok(api.get("/members/" + club.idOf(me), bob), 200).json();
    assertEquals(
        List.of("IDENTITY", "SKILLS"),
        seen.getJsonArray("visibleGroups").getValuesAs(JsonString::getString));
    assertEquals(alice.lastName(), seen.getString("lastName"));
    assertTrue(ApiClient.absent(seen, "email"), "contact details stay service-only: " + seen);
    assertFalse(seen.toString().contains(alice.phone()));
    problem(api.get("/members/" + club.idOf(me), null), 401, null);
  }

  @Test
  @DisplayName("R-PRV-2 the member corrects their details; the e-mail address stays the login")
  void correctsDetails() {
    Login me = club.member("Chloe");
    JsonObject corrected =
        ok(api.put(
                "/members/me/details",
                "{\"firstName\":\"Chloé\",\"lastName\":\"Martin-Roux\",\"phone\":\"+33 4 00 00 00"
                    + " 00\",\"postalAddress\":\"5 place Bellecour, 69002 Lyon\"}",
                me),
            200)
            .json();
    assertEquals("Martin-Roux", corrected.getString("lastName"));
    assertTrue(ApiClient.absent(corrected, "organisation"));
    assertEquals(me.user(), corrected.getString("email"));
    problem(
        api.put(
            "/members/me/details",
            "{\"firstName\":\"C\",\"lastName\":\"M\",\"phone\":\"not a phone\","
                + "\"postalAddress\":\"x\"}",
            me),
        422,
        "R-MEM-1");
    problem(api.put("/members/me/details", "{\"firstName\":\"C\"}", me), 400, null);
  }

  @Test
  @DisplayName(
      "R-MEM-2 the member accepts the terms version in force, and only that one, by its label")
  void acceptsTheCurrentTerms() {
    Login me = club.member("Denis");
    JsonObject accepted =
        ok(api.post("/members/me/terms-acceptances", "{\"termsVersion\":\"" + CurrentTerms.label() + "\"}", me), 200)
            .json();
    assertEquals(1, accepted.getJsonArray("termsAccepted").size(), "accepting again adds nothing");
    problem(
        api.post("/members/me/terms-acceptances", "{\"termsVersion\":\"V1/2000\"}", me),
        422,
        "R-MEM-2");
  }

  @Test
  @DisplayName(
      "R-MEM-7 the member renews for one more period, free, and cannot buy a second one ahead")
  void renewsOnce() {
    Login me = club.member("Emma");
    JsonObject before = ok(api.get("/members/me/participation", me), 200).json();
    LocalDate endsOn = LocalDate.parse(before.getString("endsOn"));

    JsonObject renewed = ok(api.post("/members/me/participation/renewal", me), 200).json();
    assertEquals(endsOn.plusMonths(12).toString(), renewed.getString("endsOn"));
    assertEquals("ACTIVE", renewed.getString("status"));

    problem(api.post("/members/me/participation/renewal", me), 422, "R-MEM-7");
  }

  @Test
  @DisplayName(
      "R-PRV-2 the member downloads everything held on them as a JSON file, their request with"
          + " its timeline included")
  void downloadsTheirData() {
    Club.Person fanny = club.person("Fanny");
    String request = club.raise(fanny.login(), "Un devis à relire", "Je dois relire un devis.");

    ApiClient.Answer export = ok(api.get("/members/me/data", fanny.login()), 200);
    assertTrue(
        export.header("Content-Disposition").startsWith("attachment; filename=\"clubaide-data-"),
        export.header("Content-Disposition"));
    assertTrue(export.contentType().startsWith("application/json"), export.contentType());
    JsonObject data = export.json();
    assertEquals(fanny.email(), data.getString("email"));
    assertEquals(fanny.postalAddress(), data.getString("postalAddress"));
    assertEquals(4, data.getJsonArray("consentHistory").size());
    JsonObject raised = data.getJsonArray("requests").getJsonObject(0);
    assertEquals(request, raised.getString("id"));
    assertEquals("Submitted", raised.getJsonArray("timeline").getJsonObject(0).getString("type"));
    assertEquals(CurrentTerms.label(), data.getJsonArray("termsAcceptances").getJsonObject(0).getString("version"));
  }

  @Test
  @DisplayName(
      "R-MEM-6 the member ends their participation without a reason: open requests are withdrawn"
          + " and the login works no more")
  void endsParticipation() {
    Login me = club.member("Gael");
    String request = club.raise(me, "Une question", "Une question de fiscalité.");

    JsonObject ended = ok(api.post("/members/me/participation/ending", me), 200).json();
    assertEquals(List.of(request), ended.getJsonArray("withdrawnRequests").getValuesAs(
        JsonString::getString));

    problem(api.get("/members/me", me), 401, null);
    JsonObject seenByService = ok(api.get("/requests/" + request, Club.service()), 200).json();
    assertEquals("WITHDRAWN", seenByService.getString("status"));
  }

  @Test
  @DisplayName(
      "R-PRV-2 the member has their data erased: the request stays, anonymised, the login is gone")
  void erasesTheirData() {
    Club.Person hugo = club.person("Hugo");
    String request = club.raise(hugo.login(), "Besoin d'aide", "Mon fournisseur ne livre pas.");

    JsonObject erased = ok(api.post("/members/me/erasure", hugo.login()), 200).json();
    assertTrue(erased.getBoolean("erasedNow"));
    assertEquals(request, erased.getJsonArray("anonymisedRequests").getString(0));

    problem(api.get("/members/me", hugo.login()), 401, null);
    ApiClient.Answer kept = ok(api.get("/requests/" + request, Club.service()), 200);
    for (String detail : hugo.identifyingDetails()) {
      assertFalse(kept.body().contains(detail), detail + " left in " + kept.body());
    }
  }

  @Test
  @DisplayName("R-PRV-3 a login that is not a member's has no member account (403)")
  void serviceHasNoMemberAccount() {
    problem(api.get("/members/me", Club.service()), 403, "R-PRV-3");
    problem(api.post("/members/me/erasure", Club.service()), 403, "R-PRV-3");
  }
}
