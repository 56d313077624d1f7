package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Faces pages in a real browser, against the real EAR on the test server: a visitor registers
 * and raises a request, the Service accepts it and proposes a solution in another browser, the
 * member closes it; withdrawal, postponement, the language switch and the login redirect. Every
 * journey creates its own member through the pages, so the journeys do not depend on each other.
 * Screenshots of the key pages go to {@code docs/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

  private static final String PASSWORD = "correct horse battery staple";
  private static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");
  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH);

  private final String baseUrl = System.getProperty("clubaide.it.baseUrl");
  private final Path screenshots = Path.of(System.getProperty("clubaide.it.screenshots"));
  private final List<Browser> browsers = new ArrayList<>();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Browser::close);
  }

  @Test
  @DisplayName(
      "R-MEM-1 R-REQ-1 a visitor registers (terms never pre-ticked), logs in and raises a request")
  void visitorRegistersAndRaisesARequest() {
    Browser visitor = browser().open("/");
    assertEquals("fr", visitor.lang());
    assertEquals("Une aide personnalisée et pilotée", visitor.text(By.tagName("h1")));
    visitor.screenshot(screenshots, "home");

    visitor.follow(By.linkText("Devenir membre"));
    assertEquals("/register.xhtml", visitor.path());
    assertFalse(visitor.id("termsAccepted").isSelected(), "the terms checkbox is not pre-ticked");
    assertEquals(
        "J'ai lu et j'accepte les conditions de la prestation Club Aide, version V3/2018"
            + " (valables à dater du 16 septembre 2018).",
        visitor.text(By.cssSelector("label[for='termsAccepted']")));
    String email = uniqueEmail("alice");
    fillRegistration(visitor, "Alice", email);
    visitor.screenshot(screenshots, "register");

    visitor.submit("register-submit");
    List<String> refusal = visitor.messages("msg-error");
    assertEquals(
        1, refusal.size(), "registering without accepting the terms is refused: " + refusal);
    assertTrue(
        refusal.get(0).startsWith("Une règle du service n'est pas respectée."), refusal.get(0));
    assertTrue(refusal.get(0).endsWith("(R-MEM-1)"), refusal.get(0));
    assertEquals("/register.xhtml", visitor.path());
    assertFalse(visitor.id("termsAccepted").isSelected());
    visitor.open("/login.xhtml");
    logIn(visitor, email);
    assertEquals(
        List.of("Identifiant ou mot de passe incorrect."),
        visitor.messages("msg-error"),
        "the refused registration created no login");

    visitor.open("/register.xhtml");
    register(visitor, "Alice", email);
    logIn(visitor, email);
    assertEquals("/member/requests.xhtml", visitor.path());
    assertEquals(email, visitor.text(By.className("who")));
    assertEquals("Vous n'avez pas encore de demande.", visitor.text(By.className("empty")));

    visitor.follow(By.id("new-request"));
    assertEquals("/member/new-request.xhtml", visitor.path());
    LocalDate neededBy = today().plusDays(10);
    String title = "Relire un contrat " + UUID.randomUUID().toString().substring(0, 8);
    visitor
        .type("title", title)
        .type("description", "Un client m'envoie un contrat de sous-traitance à relire.")
        .choose("kinds", "DOCUMENT")
        .choose("kinds", "INFORMATION")
        .date("neededBy", neededBy)
        .submit("raise-submit");

    assertEquals("/member/request.xhtml", visitor.path().replaceFirst("\\?.*", ""));
    assertEquals(List.of("Votre demande est enregistrée."), visitor.messages("msg-info"));
    assertEquals(title, visitor.text(By.tagName("h1")));
    assertEquals("Déposée, en cours d'étude", visitor.text(By.id("status")));
    assertEquals(
        "Un renseignement, une information, Un document",
        visitor.text(By.xpath("//dt[.='Aide souhaitée']/following-sibling::dd[1]")));
    assertEquals(
        FRENCH_DATE.format(neededBy),
        visitor.text(By.xpath("//dt[.='Besoin pour le']/following-sibling::dd[1]")));
    assertEquals(List.of("Demande déposée"), timeline(visitor));
    assertTrue(visitor.has(By.id("withdraw-submit")), "an open request can be withdrawn");
    assertTrue(visitor.has(By.id("postpone-submit")), "an open request can be postponed");
    assertFalse(visitor.has(By.id("close-submit")), "nothing to close before a solution");
    visitor.screenshot(screenshots, "member-request");
  }

  @Test
  @DisplayName(
      "R-REQ-4 R-REQ-6 R-REQ-7 R-SOL-1 the Service sees the request in its queue, accepts it at"
          + " once, moves the deadline with a reason and proposes a free solution")
  void serviceAcceptsAndProposesASolution() {
    Browser member = browser();
    String email = registeredAndLoggedIn(member, "Bruno");
    String title = raise(member, "Trouver un expert-comptable");
    String id = member.parameter("id");

    Browser agent = browser();
    logInAsAdministrator(agent);
    assertEquals("/agent/queue.xhtml", agent.path());
    assertEquals("File des demandes ouvertes", agent.text(By.tagName("h1")));
    WebElement row =
        agent.element(
            By.xpath("//table[@id='queue']//tr[td/a[normalize-space(.)='" + title + "']]"));
    assertTrue(row.getText().contains("Déposée, en cours d'étude"), row.getText());
    assertTrue(row.getText().contains("Site"), "the channel is shown: " + row.getText());
    agent.screenshot(screenshots, "agent-queue");

    agent.follow(By.linkText(title));
    assertEquals("/agent/request.xhtml?id=" + id, agent.path());
    assertEquals(title, agent.text(By.tagName("h1")));
    assertEquals("Déposée, en cours d'étude", agent.text(By.id("status")));
    assertTrue(agent.id("immediate").isSelected(), "immediate solutions are proposed by default");
    assertTrue(agent.element(By.cssSelector("input[name='route'][value='INTERNAL']")).isSelected());
    assertFalse(agent.has(By.id("solution-submit")), "no solution before acceptance");
    agent.screenshot(screenshots, "agent-request");

    agent.submit("accept-submit");
    assertEquals(List.of("Demande acceptée."), agent.messages("msg-info"));
    assertEquals("Acceptée, solutions en recherche", agent.text(By.id("status")));
    assertEquals(
        FRENCH_DATE.format(today()) + " (immédiatement)",
        agent.text(By.xpath("//dt[.='Solutions promises pour le']/following-sibling::dd[1]")));
    assertFalse(agent.has(By.id("accept-submit")), "an accepted request is not accepted twice");

    LocalDate today = today();
    agent
        .date("newDate", today.plusDays(3))
        .type("moveReason", "Expert en congés")
        .submit("move-submit");
    assertEquals(
        List.of("Échéance déplacée ; le membre en voit la raison."), agent.messages("msg-info"));
    assertEquals(
        "Date des solutions : "
            + FRENCH_DATE.format(today)
            + " → "
            + FRENCH_DATE.format(today.plusDays(3))
            + ". Raison : Expert en congés",
        agent.text(By.cssSelector("#timeline li.event-DeadlineMoved p")));

    agent
        .type("solutionTitle", "Annuaire de l'ordre")
        .type("solutionContent", "L'annuaire de l'ordre des experts-comptables, par région.")
        .submit("solution-submit");
    assertEquals(List.of("Solution proposée au membre."), agent.messages("msg-info"));
    assertEquals(
        List.of("Annuaire de l'ordre Gratuit"), agent.texts(By.cssSelector(".solution h3")));
    assertEquals(
        List.of("Solution proposée", "Échéance déplacée", "Demande acceptée", "Demande déposée"),
        timeline(agent));

    member.open("/member/request.xhtml?id=" + id);
    assertEquals("Acceptée, solutions en recherche", member.text(By.id("status")));
    assertEquals(email, member.text(By.className("who")));
  }

  @Test
  @DisplayName(
      "R-REQ-9 R-REQ-10 the member reads the free solution, closes with a satisfaction and reads"
          + " the whole timeline")
  void memberClosesWithSatisfaction() {
    Browser member = browser();
    registeredAndLoggedIn(member, "Chloé");
    String title = raise(member, "Modèle de devis");
    String id = member.parameter("id");

    Browser agent = browser();
    logInAsAdministrator(agent);
    agent.open("/agent/request.xhtml?id=" + id).submit("accept-submit");
    agent
        .type("solutionTitle", "Modèle de devis type")
        .type("solutionContent", "Le modèle de la fédération, à adapter.")
        .submit("solution-submit");
    assertEquals(List.of("Solution proposée au membre."), agent.messages("msg-info"));

    member.open("/member/request.xhtml?id=" + id);
    assertEquals(title, member.text(By.tagName("h1")));
    assertEquals(
        List.of("Modèle de devis type Gratuit"), member.texts(By.cssSelector(".solution h3")));
    assertEquals("Gratuit", member.text(By.cssSelector(".solution .badge")));
    assertEquals(
        List.of("Le modèle de la fédération, à adapter."),
        member.texts(By.cssSelector(".solution p.prewrap")));

    member
        .choose("satisfaction", "SOLVED")
        .type("comment", "Merci, c'est exactement ce qu'il me fallait.")
        .submit("close-submit");
    assertEquals(List.of("Demande clôturée. Merci pour votre avis."), member.messages("msg-info"));
    assertEquals("Clôturée", member.text(By.id("status")));
    assertEquals(
        List.of("Demande clôturée", "Solution proposée", "Demande acceptée", "Demande déposée"),
        timeline(member),
        "the timeline, newest first");
    assertEquals(
        "Résolu · Merci, c'est exactement ce qu'il me fallait.",
        member.text(By.cssSelector("#timeline li.event-Closed p")),
        "the closing event shows the satisfaction and the comment");
    assertFalse(member.has(By.id("close-submit")), "a closed request cannot be closed again");
    assertFalse(member.has(By.id("withdraw-submit")), "nor withdrawn");
    assertFalse(member.has(By.id("postpone-submit")), "nor postponed");
    member.screenshot(screenshots, "closed-request");

    member.submit("lang-en");
    assertEquals("en", member.lang());
    assertEquals("/member/request.xhtml?id=" + id, member.path(), "the address still names it");
    assertEquals(title, member.text(By.tagName("h1")), "the same request, in English");
    assertEquals("Closed", member.text(By.id("status")));
    assertEquals(
        List.of("Request closed", "Solution proposed", "Request accepted", "Request submitted"),
        timeline(member));
    assertEquals("Free", member.text(By.cssSelector(".solution .badge")));
  }

  @Test
  @DisplayName(
      "R-REQ-8 the member withdraws one request (solved on their side) and postpones another")
  void memberWithdrawsAndPostpones() {
    Browser member = browser();
    registeredAndLoggedIn(member, "Damien");

    String withdrawn = raise(member, "Litige fournisseur");
    member.choose("withdrawalReason", "SOLVED_ELSEWHERE").submit("withdraw-submit");
    assertEquals(
        List.of("Demande retirée ; les intervenants sont prévenus."), member.messages("msg-info"));
    assertEquals("Retirée", member.text(By.id("status")));
    assertEquals(List.of("Demande retirée", "Demande déposée"), timeline(member));
    assertEquals(
        "J'ai résolu le problème de mon côté",
        member.text(By.cssSelector("#timeline li.event-Withdrawn p")));
    assertFalse(member.has(By.id("withdraw-submit")), "a withdrawn request is final");
    assertFalse(member.has(By.id("postpone-submit")));

    String postponed = raise(member, "Recrutement d'un apprenti");
    LocalDate until = today().plusDays(45);
    member
        .date("postponeUntil", until)
        .type("postponeReason", "Reprise après l'été")
        .submit("postpone-submit");
    assertEquals(
        List.of("Demande reportée ; les intervenants sont prévenus."), member.messages("msg-info"));
    assertEquals("Reportée", member.text(By.id("status")));
    assertEquals(
        FRENCH_DATE.format(until),
        member.text(By.xpath("//dt[.=\"Reportée jusqu'au\"]/following-sibling::dd[1]")));
    assertEquals(List.of("Demande reportée", "Demande déposée"), timeline(member));
    assertEquals(
        "Reportée jusqu'au " + FRENCH_DATE.format(until) + " · Reprise après l'été",
        member.text(By.cssSelector("#timeline li.event-Postponed p")));
    assertFalse(member.has(By.id("postpone-submit")), "a postponed request is not postponed again");
    assertTrue(member.has(By.id("withdraw-submit")), "a postponed request can still be withdrawn");

    member.open("/member/requests.xhtml");
    assertEquals(
        "Retirée", dashboardStatus(member, withdrawn), "the dashboard shows the new status");
    assertEquals("Reportée", dashboardStatus(member, postponed));
  }

  @Test
  @DisplayName("the FR/EN buttons switch the texts and the lang attribute, for the whole session")
  void languageSwitch() {
    Browser visitor = browser().open("/");
    assertEquals("fr", visitor.lang());
    assertFalse(visitor.id("lang-fr").isEnabled(), "the current language's button is disabled");

    visitor.submit("lang-en");
    assertEquals("en", visitor.lang());
    assertEquals("Personal, steered help", visitor.text(By.tagName("h1")));
    assertEquals("Become a member", visitor.text(By.cssSelector(".hero .button.primary")));
    assertFalse(visitor.id("lang-en").isEnabled());
    assertTrue(visitor.id("lang-fr").isEnabled());

    visitor.open("/login.xhtml");
    assertEquals("en", visitor.lang(), "the choice holds for the next pages");
    assertEquals("Log in", visitor.text(By.tagName("h1")));
    assertEquals("Log in", visitor.id("login-submit").getDomAttribute("value"));

    visitor.submit("lang-fr");
    assertEquals("fr", visitor.lang());
    assertEquals("Connexion", visitor.text(By.tagName("h1")));
    assertEquals("/login.xhtml", visitor.path());

    visitor.open("/member/requests.xhtml").submit("lang-en");
    assertEquals("Log in", visitor.text(By.tagName("h1")));
    assertEquals(
        "/login.xhtml?continue=%2Fmember%2Frequests.xhtml",
        visitor.path(), "switching language keeps where the visitor was going");
  }

  @Test
  @DisplayName(
      "R-PRV-1 a members' page visited logged out leads to the login, then back to that page")
  void protectedPageComesBackAfterLogin() {
    Browser visitor = browser();
    String email = uniqueEmail("emile");
    visitor.open("/register.xhtml");
    register(visitor, "Émile", email);

    visitor.open("/member/new-request.xhtml");
    assertEquals("/login.xhtml?continue=%2Fmember%2Fnew-request.xhtml", visitor.path());
    assertEquals("Connexion", visitor.text(By.tagName("h1")));
    visitor.submit("login-submit");
    assertEquals(
        List.of("Indiquez votre identifiant.", "Indiquez votre mot de passe."),
        visitor.messages("msg-error"),
        "an empty login form says which field is missing");

    logIn(visitor, email);
    assertEquals("/member/new-request.xhtml", visitor.path());
    assertEquals("Nouvelle demande", visitor.text(By.tagName("h1")));

    visitor.open("/agent/queue.xhtml");
    assertEquals("Page indisponible", visitor.text(By.tagName("h1")), "a member has no queue");
  }

  /** Today for the Service, whose days are in its own time zone (clubaide.zone). */
  private static LocalDate today() {
    return LocalDate.now(SERVICE_ZONE);
  }

  private Browser browser() {
    Browser browser = Browser.start(baseUrl);
    browsers.add(browser);
    return browser;
  }

  /** A new address; ASCII only, as the browser's own check of {@code type=email} demands. */
  private static String uniqueEmail(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return ascii + "-" + UUID.randomUUID() + "@example.org";
  }

  private static void fillRegistration(Browser browser, String firstName, String email) {
    browser
        .type("firstName", firstName)
        .type("lastName", "Testeur")
        .type("organisation", "Atelier " + firstName)
        .type("email", email)
        .type("phone", "+33 1 23 45 67 89")
        .type("postalAddress", "1 rue Exemple\n69001 Lyon")
        .type("password", PASSWORD);
  }

  /** Registers through the form, terms accepted; ends on the login page. */
  private static void register(Browser browser, String firstName, String email) {
    fillRegistration(browser, firstName, email);
    browser.id("termsAccepted").click();
    assertTrue(browser.id("termsAccepted").isSelected());
    browser.submit("register-submit");
    assertEquals("/login.xhtml", browser.path());
    assertEquals(
        List.of("Inscription enregistrée. Vous pouvez vous connecter."),
        browser.messages("msg-info"));
  }

  private static void logIn(Browser browser, String login) {
    logIn(browser, login, PASSWORD);
  }

  private static void logIn(Browser browser, String login, String password) {
    browser.type("username", login).type("password", password).submit("login-submit");
  }

  private String registeredAndLoggedIn(Browser browser, String firstName) {
    String email = uniqueEmail(firstName);
    browser.open("/register.xhtml");
    register(browser, firstName, email);
    logIn(browser, email);
    assertEquals("/member/requests.xhtml", browser.path());
    return email;
  }

  private static void logInAsAdministrator(Browser browser) {
    ServerLog.Credentials admin = ServerLog.firstAdministrator();
    browser.open("/login.xhtml");
    logIn(browser, admin.login(), admin.password());
    assertEquals(admin.login(), browser.text(By.className("who")));
  }

  /** Raises a request through the form; ends on its page. Returns its (unique) title. */
  private static String raise(Browser browser, String subject) {
    String title = subject + " " + UUID.randomUUID().toString().substring(0, 8);
    browser
        .open("/member/new-request.xhtml")
        .type("title", title)
        .type("description", "Description de « " + subject + " ».")
        .choose("kinds", "HELP")
        .date("neededBy", today().plusDays(7))
        .submit("raise-submit");
    assertEquals("Déposée, en cours d'étude", browser.text(By.id("status")));
    assertEquals(title, browser.text(By.tagName("h1")));
    return title;
  }

  /** The status shown on the member's dashboard for the request with this title. */
  private static String dashboardStatus(Browser browser, String title) {
    return browser.text(
        By.xpath(
            "//table[@id='my-requests']//tr[td/a[normalize-space(.)=\""
                + title
                + "\"]]"
                + "//span[contains(@class,'status')]"));
  }

  /** The events of the request page's timeline, as their titles, newest first. */
  private static List<String> timeline(Browser browser) {
    browser.id("timeline");
    return browser.texts(By.cssSelector("#timeline > li > strong"));
  }
}
