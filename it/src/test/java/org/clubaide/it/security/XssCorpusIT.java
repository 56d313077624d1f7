package org.clubaide.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clubaide.it.TermsCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injection and XSS: a corpus of payloads, posted through the API into the free-text fields of a
 * request's life (title, description, the Service's question and the member's answer, the reason
 * for moving the deadline, a solution's title and content, the call's summary, the helper's
 * accompaniment outline, a quote's title and scope, the member's profile), comes back verbatim as
 * JSON strings ({@code application/json}, {@code nosniff}; an expression such as {@code #{7*7}}
 * is never evaluated), and is shown escaped in the Faces pages of the requester, the agent and
 * the helper: the raw markup never appears, the text does, and no expression is evaluated. The
 * administrators' free text goes the same way: a terms version's label and text (the public Terms
 * page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssCorpusIT {

  /** The corpus: markup, attributes, URLs, SVG, event handlers, template and EL expressions. */
  static final List<String> CORPUS =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'><svg onload=alert(1)>",
          "<svg/onload=alert(1)>",
          "javascript:alert(document.cookie)",
          "<a href=\"javascript:alert(1)\">clic</a>",
          "<iframe src=\"javascript:alert(1)\"></iframe>",
          "<body onload=alert(1)>",
          "\" onmouseover=\"alert(1)",
          "' onfocus='alert(1)' autofocus='",
          "<img src=\"x\" onerror=\"alert(String.fromCharCode(88,83,83))\">",
          "</textarea><script>alert(1)</script>",
          "</title><script>alert(1)</script>",
          "<style>@import 'javascript:alert(1)';</style>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
          "{{7*7}}",
          "#{7*7}",
          "${7*7}",
          "#{facesContext.externalContext.request.remoteAddr}",
          "<%= 7*7 %>",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
          "<scr<script>ipt>alert(1)</scr</script>ipt>",
          "'; DROP TABLE help_request; --",
          "<IMG SRC=JaVaScRiPt:alert('XSS')>");

  private static final String PASSWORD = Members.PASSWORD;

  private static final Pattern ADMIN_PASSWORD =
      Pattern.compile("Login: (\\S+)\\s+Password \\(shown once, change it\\): (\\S+)");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("clubaide.it.ear")));
  }

  private String[] service;
  private final Web api = Web.http();

  @Test
  @DisplayName(
      "XSS: a corpus of payloads in every free-text field comes back verbatim in JSON and escaped"
          + " in the pages, expressions never evaluated")
  void payloadsComeBackVerbatimInJsonAndEscapedInPages() {
    assertTrue(CORPUS.size() >= 20, "at least 20 payloads");
    String[] admin = serviceLogin();
    service = Web.basic(admin[0], admin[1]);
    String skill = "xss " + UUID.randomUUID().toString().substring(0, 8);
    String member = Members.register("Xavier");
    String helper = Members.register("Hector");
    String[] asMember = Web.basic(member, PASSWORD);
    String[] asHelper = Web.basic(helper, PASSWORD);
    ok(api.putJson("/api/v1/members/me/profile",
        Json.createObjectBuilder()
            .add("skills", Json.createArrayBuilder().add(skill))
            .add("offeredToNetwork", true)
            .build().toString(), asHelper), 200);
    String helperId = ok(api.get("/api/v1/members/me", asHelper), 200).json().getString("id");

    // The member's profile holds every payload.
    // At most 20 entries a list (R-MEM-3): the corpus is split between two lists.
    var particularities = Json.createArrayBuilder();
    var hobbies = Json.createArrayBuilder();
    for (int i = 0; i < CORPUS.size(); i++) {
      (i % 2 == 0 ? particularities : hobbies).add(storable(CORPUS.get(i)));
    }
    JsonObject profile =
        ok(api.putJson("/api/v1/members/me/profile",
            Json.createObjectBuilder()
                .add("hobbies", hobbies)
                .add("particularities", particularities)
                .add("offeredToNetwork", false).build().toString(), asMember), 200).json();
    assertVerbatim(CORPUS, strings(profile), "profile");
    assertVerbatim(CORPUS, strings(ok(api.get("/api/v1/members/me", asMember), 200).json()),
        "GET /members/me");

    Web memberPages = Web.http();
    ok(memberPages.formLogin(member, PASSWORD), 302);
    Web agentPages = Web.http();
    ok(agentPages.formLogin(admin[0], admin[1]), 302);
    Web helperPages = Web.http();
    ok(helperPages.formLogin(helper, PASSWORD), 302);
    assertEscaped(CORPUS, page(memberPages, "/member/profile.xhtml"), "profile page");

    List<String> failures = new ArrayList<>();
    for (String raw : CORPUS) {
      String p = storable(raw);
      String request =
          ok(api.postJson("/api/v1/requests", json("title", p, "description", p,
              "neededBy", inDays(20).toString(), "kinds", null), asMember), 201)
              .json().getString("id");
      String r = "/api/v1/requests/" + request;
      ok(api.postJson(r + "/questions", json("text", p), service), 200);
      ok(api.postJson(r + "/answers", json("text", p), asMember), 200);
      ok(api.postJson(r + "/acceptance", "{\"route\":\"NETWORK\",\"solutionDueOn\":\""
          + inDays(10) + "\"}", service), 200);
      ok(api.postJson(r + "/deadline-moves", json("newDate", inDays(12).toString(), "reason", p),
          service), 200);
      Web.Answer preview =
          ok(api.postJson(r + "/calls/preview", callBody(p, skill, null), service), 200);
      assertVerbatim(List.of(raw), strings(preview.json()), "call preview");
      String call =
          ok(api.postJson(r + "/calls", callBody(p, skill, helperId), service), 201)
              .json().getString("id");
      ok(api.postJson("/api/v1/calls/" + call + "/accompaniments", json("outline", p), asHelper),
          201);
      ok(api.postJson(r + "/quotes", quoteBody(p), service), 201);
      ok(api.postJson(r + "/solutions", json("title", p, "content", p), service), 201);

      // JSON: verbatim strings, JSON content, nosniff.
      for (String path : List.of(r, r + "/timeline", r + "/quotes")) {
        Web.Answer answer = ok(api.get(path, asMember), 200);
        assertTrue(answer.header("Content-Type").startsWith("application/json"),
            answer.header("Content-Type"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), path);
        assertVerbatim(List.of(raw), strings(answer.jsonStructure()), path);
      }
      Web.Answer received = ok(api.get("/api/v1/calls/" + call, asHelper), 200);
      assertEquals("nosniff", received.header("X-Content-Type-Options"));
      assertVerbatim(List.of(raw), strings(received.json()), "call as the helper sees it");
      assertVerbatim(List.of(raw),
          strings(ok(api.get("/api/v1/calls/" + call + "/answers", service), 200).json()),
          "answers to the call");

      // Pages: escaped text, never markup, never evaluated.
      for (var view :
          List.of(
              new Object[] {memberPages, "/member/request.xhtml?id=" + request},
              new Object[] {agentPages, "/agent/request.xhtml?id=" + request},
              new Object[] {helperPages, "/member/call.xhtml?id=" + call})) {
        String html = page((Web) view[0], (String) view[1]);
        try {
          assertEscaped(List.of(raw), html, (String) view[1]);
        } catch (AssertionError e) {
          failures.add(e.getMessage());
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  @DisplayName(
      "XSS: a terms version whose label and text hold the corpus comes back verbatim in JSON and"
          + " escaped on the public Terms page")
  void termsVersionPayloads() {
    String[] admin = serviceLogin();
    String label = "<svg/onload=alert(1)>" + UUID.randomUUID().toString().substring(0, 8);
    String text = String.join("\n\n", CORPUS.stream().map(XssCorpusIT::storable).toList());
    LocalDate day = TermsCalendar.nextPublicationDay();
    ok(api.postJson("/api/v1/terms",
        Json.createObjectBuilder()
            .add("label", label)
            .add("validFrom", day.toString())
            .add("text", text).build().toString(),
        Web.basic(admin[0], admin[1])), 201);
    String query = URLEncoder.encode(label, StandardCharsets.UTF_8);

    Web.Answer json = ok(api.get("/api/v1/terms/text?label=" + query), 200);
    assertEquals("nosniff", json.header("X-Content-Type-Options"));
    assertVerbatim(CORPUS, strings(json.json()), "GET /terms/text");
    assertVerbatim(List.of(label), strings(ok(api.get("/api/v1/terms"), 200).jsonStructure()),
        "GET /terms");

    String html = page(Web.http(), "/terms.xhtml?version=" + query);
    assertEscaped(CORPUS, html, "terms page");
    assertEscaped(List.of(label), html, "terms page, its label");
  }

  /** What the service keeps of a payload: text without the NUL character, which JSON refuses. */
  private static String storable(String payload) {
    return payload.replace("\u0000", "");
  }

  private static void assertVerbatim(List<String> payloads, Set<String> strings, String where) {
    for (String raw : payloads) {
      String p = storable(raw);
      assertTrue(
          strings.stream().anyMatch(s -> s.contains(p)),
          where + ": \"" + p + "\" not returned verbatim in " + strings);
    }
    assertFalse(strings.contains("49"), where + ": an expression was evaluated");
  }

  /**
   * The page shows each payload as text: once its entities are decoded the payload is there, and
   * no payload holding markup or a quote appears raw.
   */
  private static void assertEscaped(List<String> payloads, String html, String where) {
    String text = decode(html);
    for (String raw : payloads) {
      String p = storable(raw);
      assertTrue(text.contains(p), where + ": \"" + p + "\" not shown");
      if (p.contains("<") || p.contains("\"")) {
        assertFalse(html.contains(p), where + ": \"" + p + "\" shown unescaped");
      }
    }
    assertFalse(html.contains("<script>alert"), where + ": a script element");
    assertFalse(html.contains("<svg"), where + ": an SVG element");
    assertFalse(html.contains("<img src=x"), where + ": an image with a handler");
  }

  /** The text of HTML with the entities Faces writes decoded. */
  private static String decode(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static String page(Web web, String path) {
    Web.Answer answer = web.get(path);
    assertEquals(200, answer.status(), path + ": " + answer.body());
    assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.header("Content-Type"));
    return answer.body();
  }

  /** Every string in a JSON document. */
  private static Set<String> strings(JsonStructure json) {
    Set<String> out = new HashSet<>();
    collect(json, out);
    return out;
  }

  private static void collect(JsonValue value, Set<String> out) {
    if (value instanceof JsonString s) {
      out.add(s.getString());
    } else if (value instanceof JsonObject o) {
      o.values().forEach(v -> collect(v, out));
    } else if (value instanceof JsonArray a) {
      a.forEach(v -> collect(v, out));
    }
  }

  /** A JSON object of string fields; a null value stands for the kinds of help. */
  private static String json(String... pairs) {
    var builder = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        builder.add(pairs[i], Json.createArrayBuilder().add("HELP").add("INFORMATION"));
      } else {
        builder.add(pairs[i], pairs[i + 1]);
      }
    }
    return builder.build().toString();
  }

  private static String callBody(String summary, String skill, String recipient) {
    var builder =
        Json.createObjectBuilder()
            .add("summary", summary)
            .add("wantedSkills", Json.createArrayBuilder().add(skill));
    if (recipient != null) {
      builder.add(
          "recipients",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("kind", "MEMBER").add("id", recipient)));
    }
    return builder.build().toString();
  }

  private static String quoteBody(String p) {
    return Json.createObjectBuilder()
        .add("title", p)
        .add("scope", p)
        .add("usualPrice", Json.createObjectBuilder().add("amount", "100.00").add("currency", "EUR"))
        .add("memberPrice", Json.createObjectBuilder().add("amount", "80.00").add("currency", "EUR"))
        .add("duration", Json.createObjectBuilder().add("amount", 1).add("unit", "MONTHS"))
        .add("validUntil", inDays(30).toString())
        .build()
        .toString();
  }

  private static LocalDate inDays(int days) {
    return LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(days);
  }

  private static Web.Answer ok(Web.Answer answer, int status) {
    assertEquals(status, answer.status(), answer.body());
    return answer;
  }

  private static String[] serviceLogin() {
    try {
      String log = Files.readString(Path.of(System.getProperty("clubaide.it.log")));
      Matcher m = ADMIN_PASSWORD.matcher(log);
      assertTrue(m.find(), "the server log shows the first administrator's password once");
      return new String[] {m.group(1), m.group(2)};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
