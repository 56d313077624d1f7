package org.clubaide.it.api;

import static org.clubaide.it.api.ApiClient.ok;
import static org.clubaide.it.api.ApiClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * Calls for help and introductions over HTTP: the Service finds candidates, previews and sends;
 * recipients list and answer; the parties of an introduction agree or refuse, and contact details
 * pass only once both agreed. With the refusals: wrong role 403, someone else's call or
 * introduction 404, wrong state 409, broken rule 422.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkApiIT {

  private static final String SUMMARY =
      "A craftsman must review a subcontracting contract before signing it.";

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);
  private final Login service = Club.service();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  /** A skill no other test offers, so that candidates are only this test's. */
  private static String uniqueSkill() {
    return "Droit des contrats " + UUID.randomUUID().toString().substring(0, 8);
  }

  private String send(String request, String skill, Login... recipients) {
    StringBuilder list = new StringBuilder();
    for (Login recipient : recipients) {
      list.append(list.length() == 0 ? "" : ",")
          .append("{\"kind\":\"MEMBER\",\"id\":\"")
          .append(club.idOf(recipient))
          .append("\"}");
    }
    ApiClient.Answer sent =
        ok(
            api.post(
                "/requests/" + request + "/calls",
                "{\"summary\":\""
                    + SUMMARY
                    + "\",\"wantedSkills\":[\""
                    + skill
                    + "\"],\"recipients\":["
                    + list
                    + "]}",
                service),
            201);
    String id = sent.json().getString("id");
    assertTrue(sent.header("Location").endsWith("/api/v1/calls/" + id), sent.header("Location"));
    return id;
  }

  @Test
  @DisplayName(
      "R-NET-1 R-NET-2 the Service finds the members offering a skill, previews the anonymous"
          + " view and refuses a summary that names the requester")
  void candidatesAndPreview() {
    String skill = uniqueSkill();
    Club.Person requester = club.person("Irene");
    Login helper = club.helper("Jules", skill);
    club.member("Karim");
    String request = club.accepted(requester.login());

    JsonObject candidates =
        ok(api.get(
                "/requests/" + request + "/calls/candidates?skill="
                    + skill.replace(" ", "%20").toUpperCase(),
                service),
            200)
            .json();
    List<JsonObject> items = candidates.getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(1, items.size(), candidates.toString());
    assertEquals(club.idOf(helper), items.get(0).getJsonObject("participant").getString("id"));

    ApiClient.Answer preview =
        ok(api.post(
                "/requests/" + request + "/calls/preview",
                "{\"summary\":\"" + SUMMARY + "\",\"wantedSkills\":[\"" + skill + "\"]}",
                service),
            200);
    assertTrue(preview.json().getString("label").startsWith("Member #"), preview.body());
    assertEquals(SUMMARY, preview.json().getString("summary"));
    for (String detail : requester.identifyingDetails()) {
      assertFalse(preview.body().contains(detail), detail + " in " + preview.body());
    }
    assertFalse(preview.body().contains(request));

    problem(
        api.post(
            "/requests/" + request + "/calls/preview",
            "{\"summary\":\"Call " + requester.lastName() + " first.\"}",
            service),
        422,
        "R-NET-2");
  }

  @Test
  @DisplayName("R-PRV-3 only the Service searches, previews, sends and reads answers (403)")
  void onlyTheService() {
    Login member = club.member("Lea");
    String request = club.accepted(member);
    problem(api.get("/requests/" + request + "/calls/candidates?skill=x", member), 403, "R-PRV-3");
    problem(
        api.post("/requests/" + request + "/calls/preview", "{\"summary\":\"x\"}", member),
        403,
        "R-PRV-3");
    problem(
        api.post(
            "/requests/" + request + "/calls",
            "{\"summary\":\"x\",\"recipients\":[{\"kind\":\"MEMBER\",\"id\":\""
                + club.idOf(member)
                + "\"}]}",
            member),
        403,
        "R-PRV-3");
    problem(api.get("/requests/" + request + "/calls", member), 403, "R-PRV-3");
    problem(api.get("/calls", service), 403, "R-PRV-3");
  }

  @Test
  @DisplayName(
      "R-NET-1 a call is sent only about an accepted request (409), to members who offered their"
          + " skills (422)")
  void sendingRefusals() {
    String skill = uniqueSkill();
    Login requester = club.member("Marc");
    Login helper = club.helper("Nina", skill);
    Login notOffered = club.member("Oscar");
    String submitted = club.raise(requester, "Un contrat", "Un contrat à relire.");
    String body =
        "{\"summary\":\""
            + SUMMARY
            + "\",\"recipients\":[{\"kind\":\"MEMBER\",\"id\":\""
            + club.idOf(helper)
            + "\"}]}";
    problem(api.post("/requests/" + submitted + "/calls", body, service), 409, "R-NET-1");

    String accepted = club.accepted(requester);
    problem(
        api.post(
            "/requests/" + accepted + "/calls",
            "{\"summary\":\""
                + SUMMARY
                + "\",\"recipients\":[{\"kind\":\"MEMBER\",\"id\":\""
                + club.idOf(notOffered)
                + "\"}]}",
            service),
        422,
        "R-NET-1");
    problem(
        api.post(
            "/requests/" + accepted + "/calls",
            "{\"summary\":\"" + SUMMARY + "\",\"recipients\":[{\"kind\":\"MEMBER\",\"id\":\"x\"}]}",
            service),
        422,
        "R-NET-1");
    problem(
        api.post("/requests/" + accepted + "/calls", "{\"summary\":\"x\",\"recipients\":[]}", service),
        400,
        null);
    problem(api.post("/requests/" + UUID.randomUUID() + "/calls", body, service), 404, null);
  }

  @Test
  @DisplayName(
      "R-NET-2 R-NET-4 a recipient pages through the calls sent to them and answers each once;"
          + " nobody else sees them")
  void recipientsListAndAnswer() {
    String skill = uniqueSkill();
    Login requester = club.member("Paul");
    Login helper = club.helper("Rose", skill);
    Login other = club.helper("Sami", skill);
    String first = send(club.accepted(requester), skill, helper);
    String second = send(club.accepted(requester), skill, helper, other);

    ApiClient.Answer page = ok(api.get("/calls?limit=1", helper), 200);
    assertEquals(List.of(second), page.itemIds());
    ApiClient.Answer next =
        ok(api.get("/calls?limit=1&after=" + page.json().getString("nextCursor"), helper), 200);
    assertEquals(List.of(first), next.itemIds());
    assertEquals(List.of(second), ok(api.get("/calls", other), 200).itemIds());

    problem(api.get("/calls/" + first, other), 404, null);
    problem(api.get("/calls/" + first, requester), 404, null);
    problem(api.get("/calls/" + first, service), 404, null);
    problem(api.get("/calls/not-an-id", helper), 404, null);

    problem(
        api.post(
            "/calls/" + first + "/solutions",
            "{\"title\":\"Modèle\",\"content\":\"Le modèle X\","
                + "\"price\":{\"amount\":\"20.00\",\"currency\":\"EUR\"}}",
            helper),
        422,
        "R-SOL-1");
    JsonObject answered =
        ok(api.post(
                "/calls/" + first + "/solutions",
                "{\"title\":\"Modèle\",\"content\":\"Le modèle X de la fédération.\"}",
                helper),
            201)
            .json();
    assertEquals("SIMPLE_SOLUTION", answered.getJsonObject("yourAnswer").getString("type"));
    problem(api.post("/calls/" + first + "/decline", helper), 409, "R-NET-4");

    JsonObject declined = ok(api.post("/calls/" + second + "/decline", other), 200).json();
    assertEquals("DECLINED", declined.getJsonObject("yourAnswer").getString("type"));

    JsonObject forService = ok(api.get("/calls/" + second + "/answers", service), 200).json();
    assertEquals(2, forService.getJsonArray("recipients").size());
    assertEquals(1, forService.getJsonArray("answers").size());
    problem(api.get("/calls/" + second + "/answers", helper), 403, "R-PRV-3");

    JsonObject closed = ok(api.post("/calls/" + second + "/closure", service), 200).json();
    assertEquals("CLOSED", closed.getString("status"));
    assertEquals("CLOSED", ok(api.get("/calls/" + second, helper), 200).json().getString("status"));
    problem(
        api.post("/calls/" + second + "/accompaniments", "{\"outline\":\"Too late\"}", helper),
        409,
        "R-NET-1");
    problem(api.post("/calls/" + second + "/closure", service), 409, "R-NET-1");
  }

  @Test
  @DisplayName(
      "R-NET-3 both parties agree before contact details pass; nobody else, the Service included,"
          + " reads the introduction")
  void introductionsNeedBothConsents() {
    String skill = uniqueSkill();
    Club.Person requester = club.person("Tess");
    Club.Person helper = club.person("Ugo");
    ok(
        api.put(
            "/members/me/profile",
            "{\"skills\":[\"" + skill + "\"],\"offeredToNetwork\":true}",
            helper.login()),
        200);
    Login outsider = club.member("Vera");
    String call = send(club.accepted(requester.login()), skill, helper.login());
    String helperRef = "{\"helper\":{\"kind\":\"MEMBER\",\"id\":\"" + club.idOf(helper.login()) + "\"}}";

    problem(api.post("/calls/" + call + "/introductions", helperRef, service), 422, "R-NET-3");
    ok(
        api.post(
            "/calls/" + call + "/accompaniments",
            "{\"outline\":\"Two sessions on the contract.\"}",
            helper.login()),
        201);
    problem(api.post("/calls/" + call + "/introductions", helperRef, requester.login()), 403, "R-PRV-3");
    ApiClient.Answer proposed = ok(api.post("/calls/" + call + "/introductions", helperRef, service), 201);
    String id = proposed.json().getString("id");
    assertTrue(proposed.header("Location").endsWith("/api/v1/introductions/" + id));
    problem(api.post("/calls/" + call + "/introductions", helperRef, service), 409, "R-NET-3");

    JsonObject helpers = ok(api.get("/introductions", helper.login()), 200).json();
    JsonObject awaiting = helpers.getJsonArray("items").getJsonObject(0);
    assertEquals(id, awaiting.getString("id"));
    assertEquals("AWAITING_YOUR_ANSWER", awaiting.getString("outcome"));
    assertEquals("HELPER", awaiting.getString("yourSide"));
    for (Login stranger : List.of(outsider, service)) {
      problem(api.get("/introductions/" + id, stranger), 404, null);
      problem(api.post("/introductions/" + id + "/consent", stranger), 404, null);
    }

    JsonObject half = ok(api.post("/introductions/" + id + "/consent", requester.login()), 200).json();
    assertEquals("AWAITING_THE_OTHER_SIDE", half.getString("outcome"));
    assertTrue(ApiClient.absent(half, "otherSideContact"), "no contact before both agreed: " + half);
    assertEquals("WEB", half.getJsonObject("yourConsent").getString("channel"));

    JsonObject agreed = ok(api.post("/introductions/" + id + "/consent", helper.login()), 200).json();
    assertEquals("AGREED", agreed.getString("outcome"));
    assertEquals(requester.email(), agreed.getJsonObject("otherSideContact").getString("email"));
    JsonObject requesters = ok(api.get("/introductions/" + id, requester.login()), 200).json();
    assertEquals(helper.phone(), requesters.getJsonObject("otherSideContact").getString("phone"));
    assertFalse(
        ok(api.get("/introductions", requester.login()), 200).body().contains(helper.phone()),
        "lists never carry contact details");
    problem(api.post("/introductions/" + id + "/refusal", helper.login()), 409, "R-NET-3");
  }

  @Test
  @DisplayName(
      "R-NET-3 after a refusal the other party learns only that it is not possible; the Service"
          + " records an e-mailed agreement")
  void refusalRevealsNothing() {
    String skill = uniqueSkill();
    Login requester = club.member("Wanda");
    Login helper = club.helper("Xavier", skill);
    String call = send(club.accepted(requester), skill, helper);
    ok(api.post("/calls/" + call + "/accompaniments", "{\"outline\":\"Coaching.\"}", helper), 201);
    String id =
        ok(api.post(
                "/calls/" + call + "/introductions",
                "{\"helper\":{\"kind\":\"MEMBER\",\"id\":\"" + club.idOf(helper) + "\"}}",
                service),
            201)
            .json()
            .getString("id");

    JsonObject recorded =
        ok(api.post("/introductions/" + id + "/recorded-consents", "{\"side\":\"REQUESTER\"}", service),
            200)
            .json();
    assertEquals("CONSENT_RECORDED", recorded.getString("action"));
    assertEquals(
        "EMAIL",
        ok(api.get("/introductions/" + id, requester), 200)
            .json()
            .getJsonObject("yourConsent")
            .getString("channel"));
    problem(
        api.post("/introductions/" + id + "/recorded-consents", "{\"side\":\"REQUESTER\"}", requester),
        403,
        "R-PRV-3");

    JsonObject refused = ok(api.post("/introductions/" + id + "/refusal", helper), 200).json();
    assertEquals("NOT_POSSIBLE", refused.getString("outcome"));
    JsonObject seen = ok(api.get("/introductions/" + id, requester), 200).json();
    assertEquals("NOT_POSSIBLE", seen.getString("outcome"));
    assertTrue(ApiClient.absent(seen, "otherSideContact"));
    assertFalse(seen.toString().contains(club.idOf(helper)));
  }
}
