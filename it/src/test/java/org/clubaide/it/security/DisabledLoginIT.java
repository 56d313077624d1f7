package org.clubaide.it.security;

import static org.clubaide.it.security.Problems.assertProblem;
import static org.clubaide.it.security.Web.basic;
import static org.clubaide.it.security.Web.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.UUID;
import org.clubaide.it.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administering logins over HTTP (R-PRV-3): a disabled login is refused by password, token and
 * session from its next request; the administrators' rules answer with problem documents. The last
 * enabled administrator is proved in the core ({@code UserAdministrationTest}): the test server is
 * shared, so no test here may leave it without its first administrator.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisabledLoginIT {

  private static final String LOGINS = "/api/v1/admin/logins";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  private static String[] admin() {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    return basic(admin.login(), admin.password());
  }

  private static String newAgent() {
    String login = "agent-" + UUID.randomUUID() + "@example.org";
    Web.Answer created =
        Web.http()
            .postJson(
                LOGINS,
                "{\"login\":\"" + login + "\",\"roles\":[\"AGENT\"],\"password\":\""
                    + Members.PASSWORD + "\"}",
                admin());
    assertEquals(201, created.status(), created.body());
    assertTrue(created.header("Location").endsWith(LOGINS + "/" + login), created.header("Location"));
    return login;
  }

  @Test
  @DisplayName(
      "R-PRV-3 a disabled login is refused by password, token and open session from its next"
          + " request, and works again once enabled")
  void disabledLoginStopsEverywhere() {
    String agent = newAgent();
    Web tokens = Web.http();
    Web.Answer token =
        tokens.postJson(
            "/api/v1/members/me/tokens",
            "{\"name\":\"offboarding\",\"validityDays\":1}",
            basic(agent, Members.PASSWORD));
    assertEquals(201, token.status(), token.body());
    String secret = token.json().getString("token");
    Web session = Web.http();
    assertEquals(302, session.formLogin(agent, Members.PASSWORD).status());
    assertEquals(200, session.get("/api/v1/queue").status());
    assertEquals(200, Web.http().get("/api/v1/queue", bearer(secret)).status());

    Web.Answer disabled = Web.http().postJson(LOGINS + "/" + agent + "/disable", "", admin());
    assertEquals(200, disabled.status(), disabled.body());
    assertEquals(false, disabled.json().getBoolean("enabled"));

    assertProblem(Web.http().get("/api/v1/queue", basic(agent, Members.PASSWORD)), 401, "unauthenticated");
    assertProblem(Web.http().get("/api/v1/queue", bearer(secret)), 401, "unauthenticated");
    assertProblem(session.get("/api/v1/queue"), 401, "unauthenticated");
    assertEquals(200, session.formLogin(agent, Members.PASSWORD).status(), "the form refuses it");
    assertTrue(
        ServerLog.text().contains("type=SESSION_REFUSED"), "the refused session is a security event");

    assertEquals(200, Web.http().postJson(LOGINS + "/" + agent + "/enable", "", admin()).status());
    assertEquals(200, Web.http().get("/api/v1/queue", basic(agent, Members.PASSWORD)).status());
  }

  @Test
  @DisplayName(
      "R-PRV-3 the administrators' rules over HTTP: not one's own login, staff roles only, a login"
          + " once, problem documents throughout")
  void invariants() {
    ServerLog.Credentials first = ServerLog.firstAdministrator();
    assertProblem(
        Web.http().postJson(LOGINS + "/" + first.login() + "/disable", "", admin()),
        422,
        "rule-violation");
    String agent = newAgent();
    assertProblem(
        Web.http().putJson(LOGINS + "/" + agent + "/roles", "{\"roles\":[\"MEMBER\"]}", admin()),
        422,
        "rule-violation");
    Web.Answer unknownRole =
        Web.http().putJson(LOGINS + "/" + agent + "/roles", "{\"roles\":[\"NOBODY\"]}", admin());
    assertEquals(400, unknownRole.status(), unknownRole.body());
    assertProblem(
        Web.http()
            .postJson(
                LOGINS,
                "{\"login\":\"" + agent.toUpperCase() + "\",\"roles\":[\"ADMIN\"],\"password\":\""
                    + Members.PASSWORD + "\"}",
                admin()),
        409,
        "conflict");
    assertProblem(
        Web.http().postJson(LOGINS + "/nobody@example.org/disable", "", admin()), 404, "not-found");
    Web.Answer promoted =
        Web.http()
            .putJson(LOGINS + "/" + agent + "/roles", "{\"roles\":[\"AGENT\",\"ADMIN\"]}", admin());
    assertEquals(200, promoted.status(), promoted.body());
    assertEquals(2, promoted.json().getJsonArray("roles").size());
    assertEquals(
        200,
        Web.http().putJson(LOGINS + "/" + agent + "/roles", "{\"roles\":[\"AGENT\"]}", admin()).status(),
        "an administrator's role is withdrawn while another administrator remains");
    assertProblem(
        Web.http().postJson(LOGINS, "{\"login\":\"x@example.org\"}", basic(agent, Members.PASSWORD)),
        400,
        "validation");
  }

  @Test
  @DisplayName("R-PRV-3 roles an administrator changes apply to an open session from its next request")
  void changedRolesApplyToOpenSessions() {
    String agent = newAgent();
    Web session = Web.http();
    assertEquals(302, session.formLogin(agent, Members.PASSWORD).status());
    assertEquals(200, session.get("/agent/queue.xhtml").status());
    assertEquals(403, session.get("/admin/users.xhtml").status());

    Web.Answer promoted =
        Web.http()
            .putJson(LOGINS + "/" + agent + "/roles", "{\"roles\":[\"AGENT\",\"ADMIN\"]}", admin());
    assertEquals(200, promoted.status(), promoted.body());
    assertEquals(200, session.get("/admin/users.xhtml").status(), "the open session is an administrator's");

    Web.Answer demoted =
        Web.http().putJson(LOGINS + "/" + agent + "/roles", "{\"roles\":[\"AGENT\"]}", admin());
    assertEquals(200, demoted.status(), demoted.body());
    assertEquals(403, session.get("/admin/users.xhtml").status(), "and no longer");
    assertEquals(200, session.get("/agent/queue.xhtml").status());
  }
}
