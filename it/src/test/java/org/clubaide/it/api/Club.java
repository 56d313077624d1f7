package org.clubaide.it.api;

import org.clubaide.it.CurrentTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clubaide.it.api.ApiClient.Login;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** What the API tests share: the EAR under test, the Service's day, members and the Service. */
final class Club {

  /** Dates are days in the Service's time zone (the server's clubaide.zone). */
  static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/Paris");

  static final String PASSWORD = "correct horse battery staple";

  private static final Pattern ADMIN_PASSWORD =
      Pattern.compile("Login: (\\S+)\\s+Password \\(shown once, change it\\): (\\S+)");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiClient api;

  Club(ApiClient api) {
    this.api = api;
  }

  /** The EAR the build made, deployed as it is. */
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  /** Today, plus some days, in the Service's time zone. */
  static LocalDate inDays(int days) {
    return LocalDate.now(SERVICE_ZONE).plusDays(days);
  }

  /** The first administrator, who acts for the Service; their password is in the server log. */
  static Login service() {
    try {
      String log = Files.readString(Path.of(System.getProperty("clubaide.it.log")));
      Matcher m = ADMIN_PASSWORD.matcher(log);
      assertTrue(m.find(), "the server log shows the first administrator's password once");
      return new Login(m.group(1), m.group(2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Someone registered through the API, with details unique to them so that a test can look for
   * any of them where they must not appear.
   *
   * @param login their login
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation
   * @param phone telephone
   * @param postalAddress postal address
   */
  record Person(
      Login login,
      String firstName,
      String lastName,
      String organisation,
      String phone,
      String postalAddress) {

    /** Their e-mail address, which is also the login. */
    String email() {
      return login.user();
    }

    /** Every detail that identifies them. */
    List<String> identifyingDetails() {
      return List.of(
          firstName,
          lastName,
          organisation,
          email(),
          email().substring(0, email().indexOf('@')),
          phone,
          phone.replace(" ", "").substring(3),
          postalAddress);
    }
  }

  /** Registers a new member with unique details and returns their login. */
  Login member(String firstName) {
    return person(firstName).login();
  }

  /** Registers a new member with unique details. */
  Person person(String firstName) {
    String tag = letters(6);
    String lastName = "Lambert" + tag.substring(0, 1) + tag.substring(1).toLowerCase();
    String email = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
    String phone = "+33 6 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
    Person person =
        new Person(
            new Login(email, PASSWORD),
            firstName,
            lastName,
            "Atelier " + tag,
            phone,
            "12 rue des Tilleuls " + tag + ", 69003 Lyon");
    ApiClient.Answer answer = api.post("/members", registration(person), null);
    assertEquals(201, answer.status(), answer.body());
    return person;
  }

  /** A member who offered the given skills to the network (R-MEM-3), so calls can reach them. */
  Login helper(String firstName, String... skills) {
    Login login = member(firstName);
    StringBuilder list = new StringBuilder();
    for (String skill : skills) {
      list.append(list.length() == 0 ? "" : ",").append('"').append(skill).append('"');
    }
    ApiClient.ok(
        api.put(
            "/members/me/profile",
            "{\"skills\":[" + list + "],\"offeredToNetwork\":true}",
            login),
        200);
    return login;
  }

  /** The member's identifier. */
  String idOf(Login member) {
    return ApiClient.ok(api.get("/members/me", member), 200).json().getString("id");
  }

  /** A request the member raised, needed in ten days. */
  String raise(Login member, String title, String description) {
    ApiClient.Answer answer =
        api.post(
            "/requests",
            "{\"title\":\""
                + title
                + "\",\"description\":\""
                + description
                + "\",\"kinds\":[\"HELP\",\"INFORMATION\"],\"neededBy\":\""
                + inDays(10)
                + "\"}",
            member);
    assertEquals(201, answer.status(), answer.body());
    return answer.json().getString("id");
  }

  /** A request the member raised and the Service accepted, for the network. */
  String accepted(Login member) {
    String id = raise(member, "Besoin d'un avis", "Un problème de contrat.");
    ApiClient.ok(
        api.post(
            "/requests/" + id + "/acceptance",
            "{\"route\":\"NETWORK\",\"solutionDueOn\":\"" + inDays(8) + "\"}",
            service()),
        200);
    return id;
  }

  /**
   * A partner of the network recorded by the administrator, with a login given through the admin
   * API (R-PRV-3, R-NET-1).
   *
   * @param id the partner's identifier
   * @param login its login
   */
  record PartnerLogin(String id, Login login) {}

  /** A new agent of the central Service, whose login the administrator created (R-PRV-3). */
  Login agent() {
    Login agent = new Login("agent-" + UUID.randomUUID() + "@example.org", PASSWORD);
    ApiClient.ok(
        api.post(
            "/admin/logins",
            "{\"login\":\"" + agent.user() + "\",\"roles\":[\"AGENT\"],\"password\":\""
                + PASSWORD + "\"}",
            service()),
        201);
    return agent;
  }

  /** A partner offering the skills, recorded by the administrator, without a login yet. */
  String partnerRecord(String name, String skill) {
    return ApiClient.ok(
            api.post(
                "/admin/partners",
                "{\"name\":\"" + name + " " + letters(6) + "\",\"email\":\"partner-"
                    + UUID.randomUUID() + "@example.org\",\"phone\":\"+33 4 72 00 00 00\","
                    + "\"postalAddress\":\"3 quai Perrache, 69002 Lyon\",\"skills\":[\""
                    + skill + "\"]}",
                service()),
            201)
        .json()
        .getString("id");
  }

  /** A partner offering the skill, with a login the administrator gave it. */
  PartnerLogin partner(String name, String skill) {
    String id = partnerRecord(name, skill);
    Login login = new Login("partner-" + UUID.randomUUID() + "@example.org", PASSWORD);
    ApiClient.ok(
        api.post(
            "/admin/partners/" + id + "/login",
            "{\"login\":\"" + login.user() + "\",\"password\":\"" + PASSWORD + "\"}",
            service()),
        201);
    return new PartnerLogin(id, login);
  }

  private static String registration(Person p) {
    return "{\"firstName\":\""
        + p.firstName()
        + "\",\"lastName\":\""
        + p.lastName()
        + "\",\"organisation\":\""
        + p.organisation()
        + "\",\"email\":\""
        + p.email()
        + "\",\"phone\":\""
        + p.phone()
        + "\",\"postalAddress\":\""
        + p.postalAddress()
        + "\",\"password\":\""
        + PASSWORD
        + "\",\"termsVersion\":\"" + CurrentTerms.label() + "\",\"termsAccepted\":true}";
  }

  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('A' + RANDOM.nextInt(26)));
    }
    return out.toString();
  }

  private static String digits(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + RANDOM.nextInt(10)));
    }
    return out.toString();
  }
}
