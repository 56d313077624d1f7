package org.clubaide.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.member.SkillSearch;
import org.clubaide.core.network.CallEvent;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallId;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.network.JpaCallForHelpRepository;
import org.clubaide.persistence.quote.JpaQuoteRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Generates a tiny dataset into in-memory H2 with the real command's code, then checks the counts,
 * the domain's invariants on the rows, that the application's adapters read them back, and that the
 * same seed gives the same data. Nothing here is timed.
 */
class GeneratorSmokeTest {

  private static final int MEMBERS = 300;
  private static final int REQUESTS = 2_000;
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static Generate.Options options(String database, long seed, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--db", "h2",
                "--url", "jdbc:h2:mem:" + database + ";MODE=LEGACY;DB_CLOSE_DELAY=-1",
                "--user", "sa",
                "--members", String.valueOf(MEMBERS),
                "--requests", String.valueOf(REQUESTS),
                "--seed", String.valueOf(seed),
                "--today", TODAY.toString(),
                "--chunk", "700"));
    args.addAll(List.of(extra));
    return Generate.Options.parse(args.toArray(String[]::new), Map.of());
  }

  private static Map<String, Long> generate(Generate.Options options) throws SQLException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Map<String, Long> counts =
        Generate.run(options, new PrintStream(log, true, StandardCharsets.UTF_8), false);
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("requests"), "progress was shown");
    return counts;
  }

  private static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> column(DataSource dataSource, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  @Test
  @DisplayName("a tiny dataset has the counts asked for and keeps the domain's invariants")
  void countsAndInvariants() throws SQLException {
    Generate.Options options = options("generate-smoke", 42);
    Map<String, Long> counts = generate(options);
    DataSource db = options.dataSource();

    assertEquals(MEMBERS, counts.get("member"));
    assertEquals(REQUESTS, counts.get("help_request"));
    assertEquals(MEMBERS, counts.get("terms_acceptance"));
    long erased = count(db, "SELECT COUNT(*) FROM member WHERE erased");
    long partnerLogins = count(db, "SELECT COUNT(*) FROM partner WHERE login IS NOT NULL");
    assertEquals(
        MEMBERS - erased + Dataset.AGENTS.length + partnerLogins, counts.get("account"));
    assertEquals(counts.get("account"), counts.get("account_role"));
    assertTrue(counts.get("consent_change") >= 4L * MEMBERS);
    assertTrue(counts.get("member_profile_entry") >= 3L * MEMBERS / 2);
    assertTrue(counts.get("help_request_kind") >= REQUESTS);
    assertTrue(counts.get("request_event") >= 2L * REQUESTS);
    assertTrue(counts.get("simple_solution") > 0);
    assertTrue(counts.get("partner") > 0 && counts.get("partner_skill") > 0);
    assertTrue(counts.get("quote") > 0 && counts.get("quote_event") >= counts.get("quote"));
    assertTrue(counts.get("call_for_help") > 0);
    assertTrue(counts.get("call_recipient") >= 4 * counts.get("call_for_help"));
    assertTrue(counts.get("call_answer") > 0 && counts.get("call_event_participant") > 0);
    assertEquals(
        0,
        count(
            db,
            "SELECT COUNT(*) FROM call_recipient c JOIN call_for_help f ON f.id = c.call_id"
                + " JOIN help_request r ON r.id = f.request_id WHERE c.member_id = r.requester_id"),
        "R-NET-1: a requester is never called on for their own request");

    assertEquals(
        Set.of("SUBMITTED", "ACCEPTED", "POSTPONED", "CLOSED", "WITHDRAWN", "DECLINED"),
        Set.copyOf(column(db, "SELECT DISTINCT status FROM help_request")));
    assertEquals(
        0,
        count(
            db,
            "SELECT COUNT(*) FROM help_request WHERE (next_deadline IS NULL) ="
                + " (status IN ('SUBMITTED', 'ACCEPTED', 'POSTPONED'))"),
        "open requests, and only they, have a next deadline");
    assertEquals(
        0,
        count(
            db,
            "SELECT COUNT(*) FROM help_request r JOIN member m ON m.id = r.requester_id"
                + " WHERE m.status = 'ENDED' AND r.status IN ('SUBMITTED', 'ACCEPTED', 'POSTPONED')"),
        "R-MEM-6: a member who left has no open request");
    assertEquals(
        0,
        count(db, "SELECT COUNT(*) FROM help_request WHERE status = 'CLOSED' AND solution_count = 0"),
        "R-REQ-9: a closed request had a solution");
    assertEquals(
        0,
        count(
            db,
            "SELECT COUNT(*) FROM help_request r WHERE solution_count <>"
                + " (SELECT COUNT(*) FROM simple_solution s WHERE s.request_id = r.id)"));
    assertEquals(
        0,
        count(
            db,
            "SELECT COUNT(*) FROM request_event e JOIN help_request r ON r.id = e.request_id"
                + " WHERE e.occurred_at < r.submitted_at"),
        "no event before the submission");
    assertEquals(
        0,
        count(
            db,
            "SELECT COUNT(*) FROM help_request r JOIN member m ON m.id = r.requester_id"
                + " WHERE r.submitted_at < m.registered_at"),
        "no request before its requester registered");
  }

  @Test
  @DisplayName("the application's adapters read generated members and requests back")
  void adaptersReadTheRows() throws SQLException {
    Generate.Options options = options("generate-read", 7);
    generate(options);
    DataSource db = options.dataSource();
    List<String> memberIds = column(db, "SELECT id FROM member ORDER BY id");
    List<String> requestIds = column(db, "SELECT id FROM help_request ORDER BY id FETCH FIRST 300 ROWS ONLY");

    EntityManagerFactory factory = persistenceUnit(db);
    EntityManager em = factory.createEntityManager();
    try {
      JpaMemberRepository members = adapter(JpaMemberRepository.class, em);
      JpaHelpRequestRepository requests = adapter(JpaHelpRequestRepository.class, em);
      List<Member> all = new ArrayList<>();
      for (String id : memberIds) {
        all.add(members.findById(MemberId.of(id)).orElseThrow());
      }
      for (String id : requestIds) {
        HelpRequest request = requests.findById(RequestId.of(id)).orElseThrow();
        assertEquals(request.status().isOpen(), request.nextDeadline().isPresent(), id);
        assertFalse(request.timeline().isEmpty(), id);
      }
      SkillKey skill = SkillKey.of("comptabilite");
      List<MemberCard> found = members.searchBySkill(skill, Optional.empty(), 100);
      assertFalse(found.isEmpty(), "popular skills are found");
      assertEquals(SkillSearch.among(all, skill, Optional.empty(), 100), found);
      JpaQuoteRepository quotes = adapter(JpaQuoteRepository.class, em);
      for (String id : column(db, "SELECT id FROM quote ORDER BY id FETCH FIRST 100 ROWS ONLY")) {
        Quote quote = quotes.findById(QuoteId.of(id)).orElseThrow();
        assertTrue(quote.memberPrice().compareTo(quote.usualPrice()) < 0, id);
      }
      JpaCallForHelpRepository calls = adapter(JpaCallForHelpRepository.class, em);
      for (String id :
          column(db, "SELECT id FROM call_for_help ORDER BY id FETCH FIRST 100 ROWS ONLY")) {
        CallForHelp call = calls.findById(CallId.of(id)).orElseThrow();
        assertEquals(call.answers().size(), call.timeline().stream()
            .filter(e -> !(e instanceof CallEvent.CallSent) && !(e instanceof CallEvent.CallClosed))
            .count(), id);
      }
      assertFalse(
          requests.openByNextDeadline(Optional.empty(), 50).isEmpty(), "the queue has requests");
      assertTrue(
          requests.openByNextDeadline(Optional.empty(), 50).stream()
              .allMatch(s -> s.status() != RequestStatus.CLOSED));
    } finally {
      em.close();
      factory.close();
    }
  }

  @Test
  @DisplayName("the same seed gives the same data; another seed other data")
  void seedMakesItReproducible() throws SQLException {
    Generate.Options first = options("generate-seed-a", 11);
    Generate.Options again = options("generate-seed-b", 11);
    Generate.Options other = options("generate-seed-c", 12);
    generate(first);
    generate(again);
    generate(other);
    String rows =
        "SELECT r.id || r.status || COALESCE(CAST(r.next_deadline AS VARCHAR(10)), '-')"
            + " || r.title || m.email FROM help_request r JOIN member m ON m.id = r.requester_id"
            + " ORDER BY r.id";

    assertEquals(column(first.dataSource(), rows), column(again.dataSource(), rows));
    assertFalse(column(first.dataSource(), rows).equals(column(other.dataSource(), rows)));
  }

  @Test
  @DisplayName("a database that holds members is refused without --reset, and emptied with it")
  void refusesOrResets() throws SQLException {
    Generate.Options options = options("generate-reset", 3);
    generate(options);

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> generate(options));
    assertTrue(refused.getMessage().contains("--reset"));

    Map<String, Long> counts = generate(options("generate-reset", 3, "--reset"));
    assertEquals(MEMBERS, counts.get("member"));
    assertEquals(REQUESTS, counts.get("help_request"));
  }

  /** The application's persistence unit, resource-local on the generated database. */
  private static EntityManagerFactory persistenceUnit(DataSource dataSource) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("eclipselink.logging.level", "SEVERE");
    properties.put("eclipselink.session-name", "generator-smoke");
    return new PersistenceProvider().createEntityManagerFactory("clubaide", properties);
  }

  /** An adapter with the entity manager injected as the container would. */
  private static <T> T adapter(Class<T> type, EntityManager em) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T adapter = constructor.newInstance();
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(PersistenceContext.class)) {
          field.setAccessible(true);
          field.set(adapter, em);
        }
      }
      return adapter;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
