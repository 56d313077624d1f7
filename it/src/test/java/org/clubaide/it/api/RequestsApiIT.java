package org.clubaide.it.api;

import static org.clubaide.it.api.ApiClient.ok;
import static org.clubaide.it.api.ApiClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.clubaide.it.api.ApiClient.Login;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lifecycle verbs of a help request over HTTP that the walking skeleton does not drive:
 * raising on a member's behalf, questions, decision date, deadline moves, postponement and
 * resumption, withdrawal and decline, with the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestsApiIT {

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);
  private final Login service = Club.service();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  private static String newRequest(String onBehalfOf, String channel) {
    return "{\"title\":\"Appel reçu\",\"description\":\"Le membre a appelé pour un litige.\","
        + "\"kinds\":[\"LISTENING\"],\"neededBy\":\""
        + Club.inDays(7)
        + "\""
        + (onBehalfOf == null ? "" : ",\"onBehalfOf\":\"" + onBehalfOf + "\"")
        + (channel == null ? "" : ",\"channel\":\"" + channel + "\"")
        + "}";
  }

  @Test
  @DisplayName(
      "R-REQ-1 the Service records a request received by telephone on the member's behalf and"
          + " the channel is kept; a member cannot")
  void raisedOnBehalfKeepsItsChannel() {
    Login member = club.member("Diane");
    String memberId = club.idOf(member);

    JsonObject recorded =
        ok(api.post("/requests", newRequest(memberId, "PHONE"), service), 201).json();
    assertEquals("PHONE", recorded.getString("channel"));
    assertEquals(
        "PHONE",
        ok(api.get("/requests", member), 200).json().getJsonArray("items").getJsonObject(0).getString("channel"));

    problem(api.post("/requests", newRequest(memberId, null), service), 422, "R-REQ-1");
    problem(api.post("/requests", newRequest(memberId, "PHONE"), member), 403, "R-PRV-3");
    problem(api.post("/requests", newRequest("not-a-member", "EMAIL"), service), 404, null);
  }

  @Test
  @DisplayName(
      "R-REQ-3 R-REQ-4 R-REQ-7 the Service asks, the member answers, a decision date is agreed and"
          + " a deadline moves only with a reason")
  void qualification() {
    Login member = club.member("Elise");
    String id = club.raise(member, "Un litige", "Un client ne paie pas.");
    ok(api.post("/requests/" + id + "/questions", "{\"text\":\"Depuis quand ?\"}", service), 200);
    problem(api.post("/requests/" + id + "/questions", "{\"text\":\"Moi ?\"}", member), 403, "R-PRV-3");
    ok(api.post("/requests/" + id + "/answers", "{\"text\":\"Trois mois.\"}", member), 200);
    JsonObject dated =
        ok(api.post("/requests/" + id + "/decision-date", "{\"date\":\"" + Club.inDays(3) + "\"}", service), 200)
            .json();
    assertEquals(Club.inDays(3).toString(), dated.getString("decisionDueOn"));
    problem(
        api.post("/requests/" + id + "/deadline-moves", "{\"newDate\":\"" + Club.inDays(5) + "\",\"reason\":\" \"}", service),
        422,
        "R-REQ-7");
    JsonObject moved =
        ok(api.post(
                "/requests/" + id + "/deadline-moves",
                "{\"newDate\":\"" + Club.inDays(5) + "\",\"reason\":\"Un expert revient lundi.\"}",
                service),
            200)
            .json();
    assertEquals(Club.inDays(5).toString(), moved.getString("decisionDueOn"));
    JsonObject declined =
        ok(api.post("/requests/" + id + "/decline", "{\"text\":\"Hors de nos compétences.\"}", service), 200)
            .json();
    assertEquals("DECLINED", declined.getString("status"));
    problem(
        api.post("/requests/" + id + "/closure", "{\"satisfaction\":\"SOLVED\"}", member), 409, null);
  }

  @Test
  @DisplayName(
      "R-REQ-8 the member postpones a request to a later day; only the Service resumes it, once")
  void postponeAndResume() {
    Login member = club.member("Fabien");
    String id = club.raise(member, "Une formation", "Je cherche une formation.");
    problem(
        api.post("/requests/" + id + "/postponement", "{\"until\":\"" + Club.inDays(-1) + "\"}", member),
        422,
        "R-REQ-8");
    JsonObject postponed =
        ok(api.post("/requests/" + id + "/postponement", "{\"until\":\"" + Club.inDays(30) + "\",\"reason\":\"Plus tard.\"}", member),
            200)
            .json();
    assertEquals("POSTPONED", postponed.getString("status"));
    assertEquals(Club.inDays(30).toString(), postponed.getString("postponedUntil"));
    problem(api.post("/requests/" + id + "/resumption", member), 403, "R-PRV-3");
    JsonObject resumed = ok(api.post("/requests/" + id + "/resumption", service), 200).json();
    assertEquals("SUBMITTED", resumed.getString("status"));
    problem(api.post("/requests/" + id + "/resumption", service), 409, null);
  }

  @Test
  @DisplayName(
      "R-REQ-8 the member withdraws a request solved elsewhere, once; ending the participation is"
          + " not a withdrawal reason to give")
  void withdrawal() {
    Login member = club.member("Gisele");
    String id = club.raise(member, "Un devis", "Un devis à comparer.");
    problem(
        api.post("/requests/" + id + "/withdrawal", "{\"reason\":\"PARTICIPATION_ENDED\"}", member),
        422,
        "R-REQ-8");
    JsonObject withdrawn =
        ok(api.post("/requests/" + id + "/withdrawal", "{\"reason\":\"SOLVED_ELSEWHERE\"}", member), 200)
            .json();
    assertEquals("WITHDRAWN", withdrawn.getString("status"));
    assertTrue(withdrawn.getJsonArray("allowedActions").isEmpty());
    problem(
        api.post("/requests/" + id + "/withdrawal", "{\"reason\":\"NO_LONGER_ARISES\"}", member),
        409,
        null);
  }
}
