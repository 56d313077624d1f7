package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clubaide.it.ui.Axe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The French demo dataset (clubaide.demo, here CLUBAIDE_DEMO in the server's environment) on a
 * Liberty server of the test's own (port 9380, empty H2): a newcomer logs in as a demo member and
 * as the administrator and sees a living platform. Screenshots go to {@code docs/screenshots/}.
 */
class DemoDataIT {

  private static final int PORT = 9380;
  private static final String ADMIN_PASSWORD = "demo-administrator-2026";
  private static final String MEMBER_PASSWORD = "demo-club-aide-2026";

  @Test
  @DisplayName(
      "the demo dataset loads on an empty database: members, requests in every state, a call for"
          + " help, quotes and an introduction")
  void demoDataset() throws IOException {
    Path wlp = Path.of(System.getProperty("clubaide.it.wlp"));
    String name = "clubaide-demo";
    LibertyProcess server = new LibertyProcess(wlp, name, PORT);
    server.create(
        Path.of(System.getProperty("clubaide.it.config")),
        Path.of(System.getProperty("clubaide.it.ear")),
        Map.of("clubaide.db", "h2"));
    Files.writeString(
        wlp.resolve("usr/servers").resolve(name).resolve("server.env"),
        "CLUBAIDE_DEMO=true\nCLUBAIDE_ADMIN_PASSWORD=" + ADMIN_PASSWORD + "\n");
    server.start();
    Path screenshots = Path.of(System.getProperty("clubaide.it.screenshots"));
    try (Browser claire = Browser.start("http://localhost:" + PORT)) {
      claire.open("/login.xhtml");
      claire
          .type("username", "claire.martin@demo.clubaide.fr")
          .type("password", MEMBER_PASSWORD)
          .submit("login-submit");
      assertEquals("/member/requests.xhtml", claire.path());
      List<String> statuses =
          claire.texts(By.cssSelector("#my-requests span.status"));
      assertEquals(List.of("Reportée", "Acceptée, solutions en recherche"), statuses);
      assertTrue(
          claire.text(By.cssSelector(".moved-reason")).contains("en déplacement"),
          "the moved date shows its reason");
      claire.screenshot(screenshots, "demo-dashboard");
      assertEquals(List.of(), Axe.check(claire.scripts(), "/member/requests.xhtml (demo)"));

      claire.follow(By.linkText("Relire un contrat de sous-traitance"));
      assertEquals(2, claire.texts(By.cssSelector("#quotes .quote-title")).size());
      claire.screenshot(screenshots, "demo-request");
      assertEquals(List.of(), Axe.check(claire.scripts(), "/member/request.xhtml (demo, quotes)"));

      claire.submit("logout-button");
      claire.open("/login.xhtml");
      claire.type("username", "admin").type("password", ADMIN_PASSWORD).submit("login-submit");
      assertEquals("/agent/queue.xhtml", claire.path());
      Set<String> open = new TreeSet<>(claire.texts(By.cssSelector("#queue span.status")));
      assertEquals(
          Set.of("Déposée, en cours d'étude", "Acceptée, solutions en recherche", "Reportée"),
          open,
          "open requests in every open state");
      assertTrue(claire.has(By.cssSelector("#queue .flag.overdue")), "an overdue request");
      claire.screenshot(screenshots, "demo-queue");
      assertEquals(List.of(), Axe.check(claire.scripts(), "/agent/queue.xhtml (demo)"));
    } finally {
      server.stop();
      Axe.writeReport(Path.of(System.getProperty("clubaide.it.axeReport")));
    }
  }
}
