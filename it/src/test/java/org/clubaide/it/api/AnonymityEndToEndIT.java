package org.clubaide.it.api;

import static org.clubaide.it.api.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * R-NET-2 and R-NET-3 end to end over HTTP: a requester writes her name, organisation, e-mail,
 * telephone and address into every field of her request and of her profile; nothing a helper can
 * read about the call for help (the calls, the call, his notifications, her member page, the
 * introduction) holds any of them, and the contact details of each side appear only once both
 * sides agreed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymityEndToEndIT {

  private final ApiClient api = ApiClient.ofTestServer();
  private final Club club = new Club(api);

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Club.ear();
  }

  @Test
  @DisplayName(
      "R-NET-2 R-NET-3 no answer a helper can read about the call names the requester, and"
          + " contact details pass only once both sides agreed")
  void nothingIdentifiesTheRequesterUntilBothAgreed() {
    Login service = Club.service();
    String skill = "Anonymat " + UUID.randomUUID().toString().substring(0, 8);
    Club.Person alice = club.person("Alice");
    Club.Person bruno = club.person("Bruno");
    String aliceId = club.idOf(alice.login());
    String brunoId = club.idOf(bruno.login());
    ok(
        api.put(
            "/members/me/profile",
            "{\"skills\":[\"" + skill + "\"],\"offeredToNetwork\":true}",
            bruno.login()),
        200);
    String all = String.join(" ", alice.identifyingDetails());
    // Her profile names her in every free field; she opens nothing to members (R-MEM-4).
    ok(
        api.put(
            "/members/me/profile",
            "{\"skills\":[\"" + alice.lastName() + "\"],\"hobbies\":[\"" + alice.organisation()
                + "\"],\"particularities\":[\"" + String.join("\",\"", alice.identifyingDetails())
                + "\"],\"offeredToNetwork\":false}",
            alice.login()),
        200);
    ok(
        api.put(
            "/members/me/visibility",
            "{\"visibility\":{\"IDENTITY\":\"SERVICE_ONLY\",\"CONTACT_DETAILS\":\"SERVICE_ONLY\","
                + "\"SKILLS\":\"SERVICE_ONLY\",\"PHOTO\":\"SERVICE_ONLY\"}}",
            alice.login()),
        200);

    // The request names her in its title, description and in her answer to the Service.
    String title = alice.firstName() + " " + alice.lastName() + " " + alice.organisation();
    String request =
        ok(
                api.post(
                    "/requests",
                    "{\"title\":\"" + title + "\",\"description\":\"" + all
                        + "\",\"kinds\":[\"HELP\",\"INFORMATION\"],\"neededBy\":\""
                        + Club.inDays(20) + "\"}",
                    alice.login()),
                201)
            .json()
            .getString("id");
    ok(api.post("/requests/" + request + "/questions", "{\"text\":\"Quel contrat ?\"}", service), 200);
    ok(
        api.post("/requests/" + request + "/answers", "{\"text\":\"Écrivez-moi : " + all + "\"}",
            alice.login()),
        200);
    ok(
        api.post(
            "/requests/" + request + "/acceptance",
            "{\"route\":\"NETWORK\",\"solutionDueOn\":\"" + Club.inDays(15) + "\"}",
            service),
        200);
    List<String> secrets = new ArrayList<>(alice.identifyingDetails());
    secrets.addAll(List.of(title, request, aliceId));

    String call =
        ok(
                api.post(
                    "/requests/" + request + "/calls",
                    "{\"summary\":\"Un artisan doit relire un contrat de sous-traitance.\","
                        + "\"wantedSkills\":[\"" + skill + "\"],\"recipients\":[{\"kind\":"
                        + "\"MEMBER\",\"id\":\"" + brunoId + "\"}]}",
                    service),
                201)
            .json()
            .getString("id");

    // Everything the helper can read about the call.
    for (String path : List.of("/calls", "/calls/" + call, "/notifications")) {
      assertRevealsNothing(path, ok(api.get(path, bruno.login()), 200).body(), secrets);
    }
    // Her member page, had he her id, shows nothing she kept to the Service (R-MEM-4).
    assertRevealsNothing(
        "/members/" + aliceId,
        ok(api.get("/members/" + aliceId, bruno.login()), 200).body(),
        alice.identifyingDetails());
    ok(
        api.post("/calls/" + call + "/accompaniments", "{\"outline\":\"Deux séances.\"}",
            bruno.login()),
        201);
    String introduction =
        ok(
                api.post(
                    "/calls/" + call + "/introductions",
                    "{\"helper\":{\"kind\":\"MEMBER\",\"id\":\"" + brunoId + "\"}}",
                    service),
                201)
            .json()
            .getString("id");

    // Proposed: neither side sees the other's details.
    List<String> brunoSecrets = new ArrayList<>(bruno.identifyingDetails());
    brunoSecrets.add(brunoId);
    for (String path :
        List.of("/calls", "/calls/" + call, "/notifications", "/introductions",
            "/introductions/" + introduction)) {
      assertRevealsNothing(path, ok(api.get(path, bruno.login()), 200).body(), secrets);
    }
    for (String path : List.of("/introductions", "/introductions/" + introduction, "/notifications",
        "/requests/" + request, "/requests/" + request + "/timeline")) {
      assertRevealsNothing(path, ok(api.get(path, alice.login()), 200).body(), brunoSecrets);
    }

    // One side agreed: still nothing, on either side.
    ok(api.post("/introductions/" + introduction + "/consent", bruno.login()), 200);
    JsonObject brunoView = ok(api.get("/introductions/" + introduction, bruno.login()), 200).json();
    assertTrue(ApiClient.absent(brunoView, "otherSideContact"), brunoView.toString());
    assertRevealsNothing("introduction, helper agreed", brunoView.toString(), secrets);
    assertRevealsNothing(
        "notifications, helper agreed", ok(api.get("/notifications", bruno.login()), 200).body(),
        secrets);
    JsonObject aliceView = ok(api.get("/introductions/" + introduction, alice.login()), 200).json();
    assertTrue(ApiClient.absent(aliceView, "otherSideContact"), aliceView.toString());
    assertRevealsNothing("introduction, helper agreed", aliceView.toString(), brunoSecrets);
    assertRevealsNothing(
        "notifications, helper agreed", ok(api.get("/notifications", alice.login()), 200).body(),
        brunoSecrets);

    // Both agreed: each sees the other's contact details (R-NET-3).
    ok(api.post("/introductions/" + introduction + "/consent", alice.login()), 200);
    JsonObject helperSees =
        ok(api.get("/introductions/" + introduction, bruno.login()), 200)
            .json()
            .getJsonObject("otherSideContact");
    assertEquals(alice.email(), helperSees.getString("email"));
    assertEquals(alice.phone(), helperSees.getString("phone"));
    JsonObject requesterSees =
        ok(api.get("/introductions/" + introduction, alice.login()), 200)
            .json()
            .getJsonObject("otherSideContact");
    assertEquals(bruno.email(), requesterSees.getString("email"));
    assertEquals(bruno.phone(), requesterSees.getString("phone"));
    // The call itself stays anonymous: the introduction, not the call, passes the details.
    assertRevealsNothing(
        "/calls/" + call, ok(api.get("/calls/" + call, bruno.login()), 200).body(), secrets);
  }

  private static void assertRevealsNothing(String what, String body, List<String> secrets) {
    for (String secret : secrets) {
      assertFalse(body.contains(secret), what + ": \"" + secret + "\" revealed in " + body);
    }
  }
}
