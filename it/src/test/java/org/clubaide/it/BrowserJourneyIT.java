package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.clubaide.it.ui.Axe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Faces pages in a real browser, against the real EAR on the test server: a visitor registers
 * and raises a request, the Service accepts it and proposes a solution in another browser, the
 * member closes it; withdrawal, postponement, the language switch and the login redirect. Every
 * journey creates its own member through the pages, so the journeys do not depend on each other.
 * Screenshots of the key pages go to {@code docs/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

  @AfterAll
  static void writeAccessibilityReport() {
    Axe.writeReport(Path.of(System.getProperty("clubaide.it.axeReport")));
  }

  /** The page shows exactly this information message; says what it shows instead when not. */
  private static void assertInfo(Browser browser, String expected) {
    assertEquals(
        List.of(expected),
        browser.messages("msg-info"),
        () -> "on " + browser.path() + ", errors shown: " + browser.messages("msg-error"));
  }

  /** Runs axe-core on the page shown; fails on any serious or critical violation. */
  private static void accessible(Browser browser, String page) {
    List<String> blocking = Axe.check(browser.scripts(), page);
    assertEquals(List.of(), blocking, "axe-core: serious or critical violations on " + page);
  }

  @Test
  @Order(1)
  @DisplayName(
      "R-MEM-1 R-REQ-1 a visitor registers (terms never pre-ticked), logs in and raises a request")
  void visitorRegistersAndRaisesARequest() {
    Browser visitor = browser().open("/");
    assertEquals("fr", visitor.lang());
    assertEquals("Une aide personnalisée et pilotée", visitor.text(By.tagName("h1")));
    visitor.screenshot(screenshots, "home");
    accessible(visitor, "/index.xhtml");

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
    accessible(visitor, "/register.xhtml");

    visitor.submit("register-submit");
    List<String> refusal = visitor.messages("msg-error");
    assertEquals(
        1, refusal.size(), "registering without accepting the terms is refused: " + refusal);
    assertEquals(
        "Cochez la case pour accepter les conditions de la prestation : sans acceptation, aucun"
            + " compte n'est créé. (R-MEM-1)",
        refusal.get(0),
        "the refusal is in French and names the rule, never the core's English sentence");
    assertEquals("/register.xhtml", visitor.path());
    assertFalse(visitor.id("termsAccepted").isSelected());
    accessible(visitor, "/register.xhtml (refused)");
    visitor.open("/login.xhtml");
    accessible(visitor, "/login.xhtml");
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

    accessible(visitor, "/member/requests.xhtml");
    visitor.follow(By.id("new-request"));
    assertEquals("/member/new-request.xhtml", visitor.path());
    accessible(visitor, "/member/new-request.xhtml");
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
    assertInfo(visitor, "Votre demande est enregistrée.");
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
    accessible(visitor, "/member/request.xhtml");
  }

  @Test
  @Order(2)
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
    accessible(agent, "/agent/queue.xhtml");

    agent.follow(By.linkText(title));
    assertEquals("/agent/request.xhtml?id=" + id, agent.path());
    assertEquals(title, agent.text(By.tagName("h1")));
    assertEquals("Déposée, en cours d'étude", agent.text(By.id("status")));
    assertTrue(agent.id("immediate").isSelected(), "immediate solutions are proposed by default");
    assertTrue(agent.element(By.cssSelector("input[name='route'][value='INTERNAL']")).isSelected());
    assertFalse(agent.has(By.id("solution-submit")), "no solution before acceptance");
    agent.screenshot(screenshots, "agent-request");
    accessible(agent, "/agent/request.xhtml");

    agent.submit("accept-submit");
    assertInfo(agent, "Demande acceptée.");
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
    assertInfo(agent, "Échéance déplacée ; le membre en voit la raison.");
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
    assertInfo(agent, "Solution proposée au membre.");
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
  @Order(3)
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
    assertInfo(agent, "Solution proposée au membre.");

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
    assertInfo(member, "Demande clôturée. Merci pour votre avis.");
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
    accessible(member, "/member/request.xhtml (closed)");

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
  @Order(5)
  @DisplayName(
      "R-REQ-8 the member withdraws one request (solved on their side) and postpones another")
  void memberWithdrawsAndPostpones() {
    Browser member = browser();
    registeredAndLoggedIn(member, "Damien");

    String withdrawn = raise(member, "Litige fournisseur");
    member.choose("withdrawalReason", "SOLVED_ELSEWHERE").submit("withdraw-submit");
    assertInfo(member, "Demande retirée ; les intervenants sont prévenus.");
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
    assertInfo(member, "Demande reportée ; les intervenants sont prévenus.");
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
  @Order(6)
  @DisplayName("the FR/EN buttons switch the texts and the lang attribute, for the whole session")
  void languageSwitch() {
    Browser visitor = browser().open("/expired.xhtml");
    accessible(visitor, "/expired.xhtml");
    visitor.open("/");
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
  @Order(7)
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
    accessible(visitor, "/error.xhtml");
  }

  @Test
  @Order(4)
  @DisplayName(
      "R-NET-1 R-NET-2 R-NET-4 R-SOL-3 R-SOL-4 R-SOL-5 R-NET-3 R-REQ-9 the agent calls the network"
          + " (the preview hides the requester), member B answers with a quote, the requester"
          + " compares, accepts after the intermediary notice, both agree to an introduction, and"
          + " the requester closes the request as solved")
  void networkJourney() {
    String skill = "Soudure " + UUID.randomUUID().toString().substring(0, 6);
    Browser requester = browser();
    String requesterEmail = registeredAndLoggedIn(requester, "Amandine");
    String title = raise(requester, "Réparer une cuve inox");
    String id = requester.parameter("id");

    Browser helper = browser();
    String helperEmail = registeredAndLoggedIn(helper, "Bertrand");
    helper.open("/member/profile.xhtml");
    accessible(helper, "/member/profile.xhtml");
    helper.type("skills", skill + "\nChaudronnerie");
    if (!helper.id("offered").isSelected()) {
      helper.id("offered").click();
    }
    helper.submit("skills-submit");
    assertInfo(helper, "Votre profil est enregistré.");

    Browser agent = browser();
    logInAsAdministrator(agent);
    agent.open("/agent/request.xhtml?id=" + id).submit("accept-submit");
    agent
        .type("solutionTitle", "Fiche : l'inox alimentaire")
        .type("solutionContent", "La fiche technique de l'institut de la soudure.")
        .submit("solution-submit");
    agent.type("skills", skill).submit("match-submit");
    assertEquals(
        "/agent/request.xhtml?id=" + id, agent.path(), "a postback keeps the request's address");
    WebElement match =
        agent.element(By.xpath("//label[contains(., 'Bertrand Testeur')]"));
    assertTrue(match.getText().contains(skill.toLowerCase(Locale.ROOT)), match.getText());
    agent.type("summary", "Amandine Testeur cherche un soudeur.").submit("preview-submit");
    List<String> refused = agent.messages("msg-error");
    assertEquals(1, refused.size(), refused.toString());
    assertTrue(refused.get(0).endsWith("(R-NET-2)"), refused.get(0));
    assertFalse(agent.has(By.id("send-submit")), "nothing is sent before a clean preview");
    agent
        .type("summary", "Un atelier doit réparer une cuve en inox alimentaire.")
        .submit("preview-submit");
    String preview = agent.text(By.id("call-preview"));
    assertTrue(preview.contains("Un atelier doit réparer une cuve en inox alimentaire."), preview);
    assertTrue(agent.text(By.className("anon-label")).startsWith("Membre n°"), preview);
    for (String identifying :
        List.of("Amandine", "Testeur", requesterEmail, "Atelier Amandine", "Lyon", title)) {
      assertFalse(preview.contains(identifying), "the preview shows " + identifying);
    }
    agent.screenshot(screenshots, "agent-network-call");
    accessible(agent, "/agent/request.xhtml (network call)");
    agent.submit("send-submit");
    assertInfo(agent, "Appel au réseau envoyé.");
    assertTrue(agent.text(By.cssSelector(".call")).contains("Bertrand Testeur"));

    helper.open("/member/calls.xhtml");
    accessible(helper, "/member/calls.xhtml");
    helper.follow(By.linkText("Un atelier doit réparer une cuve en inox alimentaire."));
    String seen = helper.text(By.tagName("main"));
    for (String identifying : List.of("Amandine", requesterEmail, title)) {
      assertFalse(seen.contains(identifying), "member B sees " + identifying);
    }
    helper
        .type("outline", "Diagnostic puis réparation sur place.")
        .type("quoteTitle", "Réparation de la cuve")
        .type("quoteScope", "Diagnostic, soudure TIG, contrôle d'étanchéité.")
        .type("usualPrice", "800")
        .type("memberPrice", "900")
        .type("durationAmount", "2")
        .date("validUntil", today().plusDays(20))
        .submit("accompaniment-submit");
    List<String> priceRefused = helper.messages("msg-error");
    assertEquals(1, priceRefused.size(), priceRefused.toString());
    assertTrue(
        priceRefused.get(0).contains("inférieur au tarif habituel"), priceRefused.get(0));
    assertEquals("/member/call.xhtml?id=" + helper.parameter("id"), helper.path());
    helper.type("memberPrice", "600").submit("accompaniment-submit");
    assertInfo(helper, "Devis envoyé ; le demandeur le verra.");
    assertEquals("Proposé", helper.text(By.cssSelector("#my-quotes .quote-status")));
    helper.screenshot(screenshots, "member-call");
    accessible(helper, "/member/call.xhtml");

    agent.open("/agent/request.xhtml?id=" + id);
    agent
        .choose("providerKind", "PARTNER")
        .type("partnerReference", "Inox Services Rhône")
        .type("quoteTitle", "Remplacement de la cuve")
        .type("quoteScope", "Cuve neuve posée.")
        .type("usualPrice", "2 500")
        .type("memberPrice", "2 000")
        .type("durationAmount", "1")
        .date("validUntil", today().plusDays(10));
    new Select(agent.id("durationUnit")).selectByValue("MONTHS");
    agent.submit("quote-submit");
    assertInfo(agent, "Devis enregistré ; le membre le voit.");
    agent.follow(By.xpath("//tr[th[contains(., 'Bertrand')]]//input[contains(@class,'introduce')]"));
    assertInfo(agent, "Mise en contact proposée aux deux parties.");

    requester.open("/member/request.xhtml?id=" + id);
    assertEquals(
        List.of("Réparation de la cuve", "Remplacement de la cuve"),
        requester.texts(By.cssSelector("#quotes .quote-title")));
    assertEquals(
        List.of(euros("800.00", Locale.FRENCH), euros("2500.00", Locale.FRENCH)),
        normalised(requester.texts(By.cssSelector("#quotes .usual"))));
    assertEquals(
        List.of(euros("600.00", Locale.FRENCH), euros("2000.00", Locale.FRENCH)),
        normalised(requester.texts(By.cssSelector("#quotes .member-price"))));
    assertEquals(
        List.of(euros("200.00", Locale.FRENCH) + " (25 %)", euros("500.00", Locale.FRENCH) + " (20 %)"),
        normalised(requester.texts(By.cssSelector("#quotes .saving"))));
    assertEquals(
        List.of("2 semaines", "1 mois"), requester.texts(By.cssSelector("#quotes .duration")));
    assertTrue(
        requester.text(By.id("quotes")).contains("Membre du réseau")
            && requester.text(By.id("quotes")).contains("Partenaire du réseau"),
        "the provider's kind, never its name");
    assertFalse(requester.text(By.id("quotes")).contains("Bertrand"));
    new Select(requester.id("sort")).selectByValue("MEMBER_PRICE");
    requester.submit("sort-submit");
    assertEquals(
        List.of("Réparation de la cuve", "Remplacement de la cuve"),
        requester.texts(By.cssSelector("#quotes .quote-title")));
    requester.screenshot(screenshots, "quote-board");
    accessible(requester, "/member/request.xhtml (quotes)");

    requester.follow(By.cssSelector(".quote-decision .accept-quote"));
    List<String> notice = requester.messages("msg-error");
    assertEquals(1, notice.size(), "accepting without the intermediary notice is refused");
    assertTrue(notice.get(0).endsWith("(R-SOL-5)"), notice.get(0));
    requester.element(By.cssSelector(".quote-decision input[type=checkbox]")).click();
    requester.follow(By.cssSelector(".quote-decision .accept-quote"));
    assertInfo(requester, "Devis accepté ; les autres devis ouverts sont déclinés.");
    assertEquals(
        List.of("Accepté", "Refusé"), requester.texts(By.cssSelector("#quotes .quote-status")));

    helper.open("/member/introductions.xhtml");
    assertEquals(
        "En attente de votre accord", helper.text(By.cssSelector(".introduction .intro-outcome")));
    accessible(helper, "/member/introductions.xhtml");
    helper.follow(By.cssSelector(".introduction .consent"));
    requester.open("/member/introductions.xhtml");
    requester.follow(By.cssSelector(".introduction .consent"));
    assertEquals(
        "Mise en contact faite : voici les coordonnées",
        requester.text(By.cssSelector(".introduction .intro-outcome")));
    assertTrue(requester.text(By.cssSelector(".introduction .contact")).contains(helperEmail));
    requester.screenshot(screenshots, "introductions");

    requester.open("/member/request.xhtml?id=" + id);
    requester.choose("satisfaction", "SOLVED").submit("close-submit");
    assertEquals("Clôturée", requester.text(By.id("status")));

    requester.submit("lang-en");
    assertEquals(
        List.of(euros("600.00", Locale.ENGLISH), euros("2000.00", Locale.ENGLISH)),
        normalised(requester.texts(By.cssSelector("#quotes .member-price"))),
        "money in the English format");
    assertEquals(
        List.of("2 weeks", "1 month"), requester.texts(By.cssSelector("#quotes .duration")));
  }

  @Test
  @Order(8)
  @DisplayName(
      "R-REQ-1 R-REQ-4 the agent records a request received by phone (the channel is kept) and"
          + " finds it in the queue filtered by channel; an unknown member is refused")
  void agentRecordsAPhoneRequestAndFiltersTheQueue() {
    Browser member = browser();
    String email = registeredAndLoggedIn(member, "Gaëlle");
    Browser agent = browser();
    logInAsAdministrator(agent);
    agent.open("/agent/new-request.xhtml");
    accessible(agent, "/agent/new-request.xhtml");
    String title = "Appel téléphonique " + UUID.randomUUID().toString().substring(0, 8);
    agent
        .type("memberEmail", "personne-" + UUID.randomUUID() + "@example.org")
        .type("title", title)
        .type("description", "Reçue par téléphone.")
        .choose("kinds", "LISTENING")
        .date("neededBy", today().plusDays(2))
        .submit("record-submit");
    assertEquals(List.of("Aucun membre n'a cette adresse e-mail."), agent.messages("msg-error"));
    agent.type("memberEmail", email).submit("record-submit");
    assertInfo(agent, "Demande enregistrée au nom du membre.");
    assertTrue(agent.text(By.className("meta")).contains("Téléphone"), "the channel is kept");

    agent.open("/agent/queue.xhtml?channel=PHONE&flag=soon");
    accessible(agent, "/agent/queue.xhtml (filtered)");
    WebElement row =
        agent.element(
            By.xpath("//table[@id='queue']//tr[td/a[normalize-space(.)='" + title + "']]"));
    assertTrue(row.getText().contains("Bientôt"), "due within three days: " + row.getText());
    for (String channel : agent.texts(By.cssSelector("#queue tbody td:nth-child(4)"))) {
      assertEquals("Téléphone", channel);
    }
    agent.open("/agent/queue.xhtml?channel=EMAIL");
    assertFalse(agent.has(By.linkText(title)), "filtered out by channel");

    member.open("/member/requests.xhtml");
    assertEquals("Déposée, en cours d'étude", dashboardStatus(member, title));
  }

  @Test
  @Order(9)
  @DisplayName(
      "R-MEM-4 R-MEM-5 R-MEM-7 R-PRV-2 the member changes a visibility (kept in the history),"
          + " sees the participation, downloads their data, reads the terms and their history,"
          + " then has their data erased")
  void profileDataAndTerms() {
    Browser member = browser();
    String email = registeredAndLoggedIn(member, "Hugo");
    member.open("/member/profile.xhtml");
    assertEquals("En cours", member.text(By.id("participation-status")));
    new Select(
            member.element(By.xpath("//label[.='Coordonnées']/following-sibling::select")))
        .selectByValue("MEMBERS");
    member.submit("visibility-submit");
    assertInfo(member, "Vos choix de visibilité sont enregistrés.");
    String history = member.text(By.id("consent-history"));
    assertTrue(history.contains("Coordonnées") && history.contains("Membres connectés"), history);
    assertTrue(history.contains(email), "who made the change: " + history);
    member.screenshot(screenshots, "profile");

    member.open("/member/data.xhtml");
    accessible(member, "/member/data.xhtml");
    @SuppressWarnings("unchecked")
    List<Object> download =
        (List<Object>)
            member
                .scripts()
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "var form = document.getElementById('download-form');"
                        + "var data = new URLSearchParams(new FormData(form));"
                        + "data.append('download-submit', 'x');"
                        + "fetch(form.action, {method: 'POST', body: data}).then(function (r) {"
                        + "  r.text().then(function (t) {"
                        + "    done([r.status, r.headers.get('content-type'),"
                        + "      r.headers.get('content-disposition'), t]); }); });");
    assertEquals(200L, ((Number) download.get(0)).longValue(), String.valueOf(download.get(3)));
    assertTrue(String.valueOf(download.get(1)).startsWith("application/json"), download.toString());
    assertTrue(String.valueOf(download.get(2)).startsWith("attachment"), download.toString());
    String json = String.valueOf(download.get(3));
    assertTrue(json.contains(email) && json.contains("consentHistory"), json);
    member.open("/member/introductions.xhtml");
    assertEquals("Aucune mise en contact.", member.text(By.className("empty")));

    member.open("/terms.xhtml");
    accessible(member, "/terms.xhtml");
    assertTrue(member.text(By.id("terms-history")).contains("V3/2018"));
    assertTrue(
        member.text(By.cssSelector(".terms-text")).contains("La prestation de service assurée"),
        "the French original is shown");
    member.submit("lang-en");
    assertEquals("Terms of the service", member.text(By.tagName("h1")));
    assertEquals("fr", member.element(By.cssSelector(".terms-text")).getDomAttribute("lang"));

    member.open("/member/data.xhtml").submit("erase-submit");
    assertEquals(
        List.of("Tick the box to confirm the erasure."),
        member.messages("msg-error"),
        "nothing is erased without the confirmation");
    member.id("eraseConfirmed").click();
    member.submit("erase-submit");
    assertEquals("/index.xhtml", member.path());
    member.open("/login.xhtml");
    logIn(member, email);
    assertEquals(
        List.of(
            "en".equals(member.lang())
                ? "Wrong login or password."
                : "Identifiant ou mot de passe incorrect."),
        member.messages("msg-error"),
        "an erased member's login is gone");
  }

  @Test
  @Order(10)
  @DisplayName(
      "R-MEM-2 R-PRV-3 an administrator publishes a new terms version; a member must accept it at"
          + " the next login and acts only once accepted; logins, partners and e-mails are listed, an"
          + " agent's login created and disabled, a partner given a login")
  void administratorPublishesNewTerms() {
    Browser member = browser();
    String email = registeredAndLoggedIn(member, "Inès");
    String title = raise(member, "Avant la nouvelle version");
    String id = member.parameter("id");

    Browser admin = browser();
    logInAsAdministrator(admin);
    admin.open("/admin/outbox.xhtml");
    accessible(admin, "/admin/outbox.xhtml");
    assertTrue(admin.text(By.id("smtp")).startsWith("Un serveur SMTP est configuré"),
        admin.text(By.id("smtp")));
    assertEquals("En échec", admin.text(By.id("emails-title")));
    admin.follow(By.partialLinkText("Envoyés"));
    assertEquals("Envoyés", admin.text(By.id("emails-title")));
    assertTrue(admin.has(By.id("emails")) || admin.has(By.id("no-emails")));
    admin.open("/admin/users.xhtml");
    accessible(admin, "/admin/users.xhtml");
    assertTrue(admin.text(By.id("logins")).contains(email));
    admin.open("/admin/partners.xhtml");
    String partner = "Cabinet " + UUID.randomUUID().toString().substring(0, 6);
    admin
        .type("partnerName", partner)
        .type("partnerEmail", "cabinet@example.org")
        .type("partnerPhone", "04 72 00 00 00")
        .type("partnerAddress", "Lyon")
        .type("partnerSkills", "Droit social, Fiscalité")
        .submit("partner-submit");
    assertInfo(admin, "Partenaire ajouté.");
    assertTrue(admin.text(By.id("partners")).contains(partner));
    accessible(admin, "/admin/partners.xhtml");
    // The administrator gives the partner a login (R-PRV-3, R-NET-1).
    new Select(admin.id("loginPartner")).selectByVisibleText(partner);
    String partnerLogin = uniqueEmail("cabinet");
    admin
        .type("partnerLogin", partnerLogin)
        .type("partnerPassword", PASSWORD)
        .type("partnerPasswordConfirm", PASSWORD)
        .submit("partner-login-submit");
    assertInfo(admin, "Identifiant du partenaire créé.");
    assertTrue(admin.text(By.id("partners")).contains(partnerLogin));

    // Creates an agent's login, then offboards it: its open session stops at its next request.
    admin.open("/admin/users.xhtml");
    String agentLogin = uniqueEmail("agent");
    admin
        .type("newLogin", agentLogin)
        .type("newPassword", PASSWORD)
        .type("newPasswordConfirm", PASSWORD + " typo")
        .submit("create-submit");
    assertEquals(List.of("Les deux mots de passe saisis diffèrent."), admin.messages("msg-error"));
    admin
        .type("newLogin", agentLogin)
        .type("newPassword", PASSWORD)
        .type("newPasswordConfirm", PASSWORD)
        .submit("create-submit");
    assertInfo(
        admin, "Compte créé. Sans mot de passe initial, une invitation à en choisir un part par e-mail.");
    Browser agent = browser();
    agent.open("/login.xhtml");
    logIn(agent, agentLogin);
    agent.open("/agent/queue.xhtml");
    assertEquals("/agent/queue.xhtml", agent.path(), "the new agent works in the queue");
    admin.open("/admin/users.xhtml?login=" + agentLogin);
    accessible(admin, "/admin/users.xhtml?login=");
    admin.submit("disable-submit");
    assertEquals(
        List.of("Cochez la case de confirmation pour désactiver le compte."),
        admin.messages("msg-error"));
    admin.id("disableConfirmed").click();
    admin.submit("disable-submit");
    assertInfo(admin, "Compte désactivé.");
    assertTrue(admin.text(By.id("manage-status")).startsWith("Désactivé"));
    agent.open("/agent/queue.xhtml");
    assertTrue(
        agent.path().startsWith("/login.xhtml"),
        "a disabled login's session stops at once: " + agent.path());

    // Another test may have published a version for today or later: publish after it, on a day
    // the server's business clock is moved to, so that the version is in force (R-MEM-2).
    LocalDate validFrom = TermsCalendar.nextPublicationDay();
    TermsCalendar.moveServerTo(validFrom);
    try {
      publishAndAccept(admin, member, email, id, title, validFrom);
    } finally {
      TermsCalendar.serverBackToToday();
    }
  }

  private void publishAndAccept(
      Browser admin, Browser member, String email, String id, String title, LocalDate validFrom) {
    admin.open("/admin/terms.xhtml");
    accessible(admin, "/admin/terms.xhtml");
    String label = "V" + UUID.randomUUID().toString().substring(0, 4);
    admin
        .type("label", label)
        .date("validFrom", validFrom)
        .type("text", "Nouvelle version des conditions.\n\nElle remplace la précédente.")
        .submit("publish-submit");
    assertInfo(admin, "Nouvelle version publiée.");
    assertTrue(admin.text(By.id("versions")).contains(label));

    member.open("/member/request.xhtml?id=" + id);
    assertTrue(member.has(By.className("terms-pending")), "the member is asked to accept");
    member.choose("withdrawalReason", "NO_LONGER_ARISES").submit("withdraw-submit");
    List<String> refused = member.messages("msg-error");
    assertEquals(1, refused.size(), "no action before accepting: " + refused);
    assertTrue(refused.get(0).endsWith("(R-PRV-3)"), refused.get(0));

    member.submit("logout-button");
    member.open("/login.xhtml");
    logIn(member, email);
    assertEquals("/member/terms.xhtml", member.path(), "asked at the next login");
    accessible(member, "/member/terms.xhtml");
    assertTrue(member.text(By.cssSelector(".terms-text")).contains("Elle remplace la précédente."));
    member.submit("accept-terms-submit");
    assertEquals(List.of("Cochez la case pour accepter les conditions."), member.messages("msg-error"));
    member.id("termsAccepted").click();
    member.submit("accept-terms-submit");
    assertInfo(member, "Merci : les nouvelles conditions sont acceptées.");
    member.open("/member/request.xhtml?id=" + id);
    assertFalse(member.has(By.className("terms-pending")));
    member.choose("withdrawalReason", "NO_LONGER_ARISES").submit("withdraw-submit");
    assertEquals("Retirée", member.text(By.id("status")));
    assertEquals(title, member.text(By.tagName("h1")));
  }

  /** An amount in euros as the page writes it in the locale, spaces normalised. */
  private static String euros(String amount, Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    return normalised(format.format(new BigDecimal(amount)));
  }

  private static List<String> normalised(List<String> texts) {
    return texts.stream().map(BrowserJourneyIT::normalised).toList();
  }

  private static String normalised(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
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
    assertInfo(browser, "Inscription enregistrée. Vous pouvez vous connecter.");
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
