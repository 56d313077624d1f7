package org.clubaide.it.security;

import org.clubaide.it.CurrentTerms;
import static org.clubaide.it.security.Problems.assertProblem;
import static org.clubaide.it.security.Web.basic;
import static org.clubaide.it.security.Web.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Personal access tokens and password changes, over HTTP against the real EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensIT {

  private static final String TOKENS = "/api/v1/members/me/tokens";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  private static JsonObject create(String login, String name) {
    Web.Answer created =
        Web.http()
            .postJson(
                TOKENS,
                "{\"name\":\"" + name + "\",\"validityDays\":30}",
                basic(login, Members.PASSWORD));
    assertEquals(201, created.status(), created.body());
    return created.json();
  }

  @Test
  @DisplayName("R-PRV-1 a member creates a token, calls the API with it, lists it without its secret and revokes it")
  void lifecycle() {
    String ada = Members.register("Ada");
    Web.Answer created =
        Web.http()
            .postJson(TOKENS, "{\"name\":\"backup script\",\"validityDays\":30}",
                basic(ada, Members.PASSWORD));
    assertEquals(201, created.status(), created.body());
    JsonObject token = created.json();
    String secret = token.getString("token");
    String id = token.getString("id");
    assertTrue(secret.matches("cat_[A-Za-z0-9_-]{43}"), secret);
    assertEquals("ACTIVE", token.getString("status"));
    assertTrue(created.header("Location").endsWith(TOKENS + "/" + id), created.header("Location"));

    Web client = Web.http();
    Web.Answer me = client.get("/api/v1/members/me", bearer(secret));
    assertEquals(200, me.status(), me.body());
    assertEquals(ada, me.json().getString("email"));
    assertTrue(me.headers("Set-Cookie").isEmpty(), "a bearer call opens no session");

    Web.Answer listed = client.get(TOKENS, bearer(secret));
    assertEquals(200, listed.status(), listed.body());
    JsonArray tokens = listed.jsonStructure().asJsonArray();
    assertEquals(1, tokens.size());
    assertEquals("backup script", tokens.getJsonObject(0).getString("name"));
    assertFalse(listed.body().contains(secret), "the secret is shown once only");
    assertFalse(listed.body().contains("token\""), listed.body());

    assertProblem(
        client.postJson(TOKENS, "{\"name\":\"from a token\"}", bearer(secret)), 403, "forbidden");

    assertEquals(204, client.delete(TOKENS + "/" + id, bearer(secret)).status());
    Web.Answer refused = client.get("/api/v1/members/me", bearer(secret));
    assertProblem(refused, 401, "unauthenticated");
    assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.header("WWW-Authenticate"));

    Web.Answer after = Web.http().get(TOKENS, basic(ada, Members.PASSWORD));
    assertEquals("REVOKED", after.jsonStructure().asJsonArray().getJsonObject(0).getString("status"));
    assertEquals(
        204, Web.http().delete(TOKENS + "/" + id, basic(ada, Members.PASSWORD)).status(),
        "revoking twice changes nothing");
  }

  @Test
  @DisplayName("R-PRV-3 another member neither sees nor revokes a token, which keeps working")
  void othersTokens() {
    String ada = Members.register("Ada");
    String ben = Members.register("Ben");
    JsonObject token = create(ada, "laptop");

    Web.Answer bens = Web.http().get(TOKENS, basic(ben, Members.PASSWORD));
    assertEquals(0, bens.jsonStructure().asJsonArray().size());
    assertProblem(
        Web.http().delete(TOKENS + "/" + token.getString("id"), basic(ben, Members.PASSWORD)),
        404, "not-found");
    assertProblem(
        Web.http().delete(TOKENS + "/not-an-id", basic(ben, Members.PASSWORD)), 404, "not-found");
    assertEquals(200, Web.http().get("/api/v1/members/me", bearer(token.getString("token"))).status());
  }

  @Test
  @DisplayName("R-PRV-1 an unknown or malformed token is refused, and a token opens no page")
  void refusedTokens() {
    String ada = Members.register("Ada");
    String secret = create(ada, "ci").getString("token");

    assertProblem(
        Web.http().get("/api/v1/members/me", bearer("cat_" + "A".repeat(43))), 401,
        "unauthenticated");
    assertProblem(Web.http().get("/api/v1/members/me", bearer("not a token")), 401, "unauthenticated");
    Web.Answer page = Web.http().get("/member/requests.xhtml", bearer(secret));
    assertEquals(302, page.status());
    assertTrue(page.header("Location").contains("/login.xhtml"), page.header("Location"));
  }

  @Test
  @DisplayName("R-PRV-1 a token needs a name; its validity is 1 to 365 days")
  void invalidTokens() {
    String ada = Members.register("Ada");
    assertProblem(
        Web.http().postJson(TOKENS, "{}", basic(ada, Members.PASSWORD)), 400, "validation");
    JsonObject tooLong =
        assertProblem(
            Web.http()
                .postJson(TOKENS, "{\"name\":\"x\",\"validityDays\":366}",
                    basic(ada, Members.PASSWORD)),
            422, "rule-violation");
    assertEquals("R-PRV-1", tooLong.getString("rule"));
    assertEquals("validityDays", tooLong.getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  @DisplayName("R-PRV-1 ASVS V2.1.7 a common password is refused at registration and at password change")
  void commonPasswords() {
    String ada = Members.register("Ada");
    String path = "/api/v1/members/me/password";

    JsonObject common =
        assertProblem(
            Web.http()
                .putJson(path,
                    "{\"currentPassword\":\"" + Members.PASSWORD + "\",\"newPassword\":\"1qaz2wsx3edc\"}",
                    basic(ada, Members.PASSWORD)),
            422, "rule-violation");
    assertEquals("newPassword", common.getJsonArray("errors").getJsonObject(0).getString("field"));
    JsonObject wrong =
        assertProblem(
            Web.http()
                .putJson(path,
                    "{\"currentPassword\":\"not my password\",\"newPassword\":\"a new passphrase here\"}",
                    basic(ada, Members.PASSWORD)),
            422, "rule-violation");
    assertEquals("currentPassword", wrong.getJsonArray("errors").getJsonObject(0).getString("field"));

    Web.Answer changed =
        Web.http()
            .putJson(path,
                "{\"currentPassword\":\"" + Members.PASSWORD + "\",\"newPassword\":\"a new passphrase here\"}",
                basic(ada, Members.PASSWORD));
    assertEquals(204, changed.status(), changed.body());
    assertEquals(401, Web.http().get("/api/v1/members/me", basic(ada, Members.PASSWORD)).status());
    assertEquals(200, Web.http().get("/api/v1/members/me", basic(ada, "a new passphrase here")).status());

    Web.Answer registration =
        Web.http()
            .postJson("/api/v1/members",
                "{\"firstName\":\"Cy\",\"lastName\":\"Test\",\"email\":\"cy-" + System.nanoTime()
                    + "@example.org\",\"phone\":\"+33 1 23 45 67 89\",\"postalAddress\":\"1 rue"
                    + " Exemple, Lyon\",\"password\":\"qwertyqwerty\",\"termsVersion\":\"" + CurrentTerms.label() + "\","
                    + "\"termsAccepted\":true}");
    JsonObject refused = assertProblem(registration, 422, "rule-violation");
    assertEquals("R-PRV-1", refused.getString("rule"));
  }

  @Test
  @DisplayName("the OpenAPI document describes the token operations, their errors and the bearer scheme")
  void openApi() {
    Web.Answer document = Web.http().get("/openapi", "Accept", "application/json");
    assertEquals(200, document.status());
    JsonObject paths = document.json().getJsonObject("paths");
    JsonObject tokens = paths.getJsonObject(TOKENS);
    JsonObject create = tokens.getJsonObject("post");
    assertTrue(create.getString("summary").contains("personal access token"), create.toString());
    for (String status : new String[] {"201", "400", "401", "403", "415", "422", "429"}) {
      assertTrue(create.getJsonObject("responses").containsKey(status), status + " in " + create);
    }
    assertTrue(
        create.getJsonObject("requestBody").toString().contains("backup script"),
        "an example body");
    assertTrue(paths.getJsonObject(TOKENS + "/{id}").containsKey("delete"));
    JsonObject schemes = document.json().getJsonObject("components").getJsonObject("securitySchemes");
    assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
  }
}
