package org.clubaide.persistence.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.privacy.Erasure;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;
import org.clubaide.persistence.access.JpaAccountRepository;
import org.clubaide.persistence.member.JpaAccountClosure;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.Rows;
import org.clubaide.persistence.testing.Rows.Row;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Erasure reaches the stored timeline (R-PRV-2): once the core rewrote a request's timeline for an
 * erased requester, saving the request rewrites the stored rows too, so that no row of the request
 * holds the member's login, names or own texts, while the Service's texts, every event's type and
 * dates, and the solutions stay. The rows are read in plain JDBC, around the adapters.
 */
abstract class RequesterErasureContract extends DatabaseContract {

  private static final String EMAIL = "ada.lovelace@example.org";

  /** What the member typed, and only the member. */
  private static final List<String> MEMBER_TEXTS =
      List.of(
          "Ada Lovelace: cash flow for Analytical Engines",
          "I am Ada Lovelace, I run Analytical Engines Ltd and need a cash-flow plan.",
          "Since 2019; my husband William King keeps the books.",
          "Ada is away at the Paris fair.",
          "Thanks; the template works for Ada's workshop.",
          "Supplier contract of Lovelace & Co",
          "Babbage & Sons changed their terms; call me on +33 1 23 45 67 89.",
          "Babbage & Sons, the supplier of the Lovelace workshop.",
          "Waiting for the lawyer of William King.");

  /** What the Service typed: it stays, as the core keeps the Service's work. */
  private static final List<String> SERVICE_TEXTS =
      List.of(
          "Since when does the workshop run?",
          "The accountant answers on Monday.",
          "Cash-flow template",
          "Fill in the enclosed twelve-month template.",
          "Which supplier?");

  private final TestClock clock = TestClock.atServiceStart();
  private Member member;
  private Actor requester;
  private MemberId other;

  RequesterErasureContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerMembers() {
    member = Members.aMember(EMAIL, clock.instant());
    Member grace = Members.aMember("grace.hopper@example.org", clock.instant());
    db.run(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          members.save(member);
          members.save(grace);
        });
    requester = Actor.member(EMAIL, member.id());
    other = grace.id();
  }

  /**
   * Submitted on the web by the member; a question answered; a decision date agreed and moved; a
   * postponement with a reason; accepted; a solution; closed with a comment.
   */
  private HelpRequest closedWithComment() {
    LocalDate today = clock.today();
    HelpRequest request =
        HelpRequest.submit(
            member.id(),
            Channel.WEB,
            requester,
            MEMBER_TEXTS.get(0),
            MEMBER_TEXTS.get(1),
            EnumSet.of(KindOfHelp.INFORMATION, KindOfHelp.DOCUMENT),
            today.plusDays(20),
            tick());
    request.askQuestion(HelpRequests.AGENT, SERVICE_TEXTS.get(0), tick());
    request.answerQuestion(requester, MEMBER_TEXTS.get(2), tick());
    request.agreeDecisionDate(HelpRequests.AGENT, today.plusDays(5), tick());
    request.moveDeadline(HelpRequests.AGENT, today.plusDays(6), SERVICE_TEXTS.get(1), tick());
    request.postpone(requester, today.plusDays(8), MEMBER_TEXTS.get(3), tick());
    request.resume(HelpRequests.AGENT, tick());
    request.accept(
        HelpRequests.AGENT,
        AcceptanceRoute.NETWORK,
        SolutionDeadline.fixed(today.plusDays(12)),
        tick());
    request.proposeSimpleSolution(
        HelpRequests.AGENT, SERVICE_TEXTS.get(2), SERVICE_TEXTS.get(3), Optional.empty(), tick());
    request.close(requester, Satisfaction.SOLVED, MEMBER_TEXTS.get(4), tick());
    return request;
  }

  /** Submitted, a question answered, postponed with a reason, resumed, then withdrawn. */
  private HelpRequest withdrawnAfterPostponement() {
    HelpRequest request =
        HelpRequest.submit(
            member.id(),
            Channel.WEB,
            requester,
            MEMBER_TEXTS.get(5),
            MEMBER_TEXTS.get(6),
            EnumSet.of(KindOfHelp.LISTENING),
            clock.today().plusDays(10),
            tick());
    request.askQuestion(HelpRequests.AGENT, SERVICE_TEXTS.get(4), tick());
    request.answerQuestion(requester, MEMBER_TEXTS.get(7), tick());
    request.postpone(requester, clock.today().plusDays(3), MEMBER_TEXTS.get(8), tick());
    request.resume(requester, tick());
    request.withdraw(requester, WithdrawalReason.SOLVED_ELSEWHERE, tick());
    return request;
  }

  /** Every stored row of the request: its own, its kinds, its events and its solutions. */
  private List<Row> rowsOf(RequestId id) {
    Rows rows = new Rows(db.dataSource());
    String key = id.toString();
    List<Row> all = new ArrayList<>(rows.where("help_request", "id", key, "id"));
    all.addAll(rows.where("help_request_kind", "request_id", key, "kind"));
    all.addAll(rows.where("request_event", "request_id", key, "seq"));
    all.addAll(rows.where("simple_solution", "request_id", key, "seq"));
    return all;
  }

  private List<Row> events(RequestId id) {
    return new Rows(db.dataSource()).where("request_event", "request_id", id.toString(), "seq");
  }

  /**
   * Erases the member and their requests' text in one unit of work, as the privacy use case does:
   * the member first, then each request the member raised.
   */
  private List<HelpRequest> erase() {
    return db.inTransaction(
        unit -> {
          JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
          JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
          Member m = members.findById(member.id()).orElseThrow();
          m.erase(EMAIL, tick().instant());
          members.save(m);
          List<HelpRequest> erased = new ArrayList<>();
          for (RequestSummary summary : requests.byRequester(member.id(), Integer.MAX_VALUE)) {
            HelpRequest request = requests.findById(summary.id()).orElseThrow();
            request.eraseRequesterText(Member.erasedLogin(member.id()));
            requests.save(request);
            erased.add(request);
          }
          return erased;
        });
  }

  private HelpRequest reloaded(RequestId id) {
    return db.inTransaction(unit -> unit.adapter(JpaHelpRequestRepository.class).findById(id))
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "R-PRV-2 after erasure no stored row of the member's requests holds their e-mail, names or"
          + " own texts; the Service's texts, event types and dates stay")
  void erasureRewritesStoredRows() {
    List<HelpRequest> mine = List.of(closedWithComment(), withdrawnAfterPostponement());
    HelpRequest others = HelpRequests.closedAfterFullLifecycle(other, clock);
    db.run(
        unit -> {
          JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
          mine.forEach(requests::save);
          requests.save(others);
        });
    Map<RequestId, List<Row>> before = new HashMap<>();
    mine.forEach(r -> before.put(r.id(), rowsOf(r.id())));
    List<Row> othersBefore = rowsOf(others.id());
    for (String text : MEMBER_TEXTS) {
      assertTrue(
          mine.stream().anyMatch(r -> contains(rowsOf(r.id()), text)),
          "the fixture stores \"" + text + "\" before erasure");
    }

    List<String> forbidden = new ArrayList<>(MEMBER_TEXTS);
    forbidden.addAll(List.of(EMAIL, "Ada", "Lovelace", "Analytical", "William King"));
    for (String service : SERVICE_TEXTS) {
      assertTrue(
          forbidden.stream().noneMatch(service::contains),
          "a Service text of the fixture names the member: " + service);
    }

    List<HelpRequest> erased = erase();

    assertEquals(2, erased.size());
    String neutral = Member.erasedLogin(member.id());
    for (HelpRequest written : erased) {
      RequestId id = written.id();
      List<Row> after = rowsOf(id);
      List<String> left = new ArrayList<>();
      for (Row row : after) {
        forbidden.forEach(text -> left.addAll(row.columnsContaining(text)));
      }
      assertTrue(left.isEmpty(), "the member's data is still stored: " + left);

      // The request reads back as the core left it, one version later.
      HelpRequest read = reloaded(id);
      assertEquals(HelpRequests.state(written), HelpRequests.state(read));
      assertEquals(HelpRequest.ERASED_TITLE, read.title());
      assertEquals(HelpRequest.ERASED_DESCRIPTION, read.description());
      assertEquals(2, read.version());

      // Every event keeps its identifier, place, type, time, author kind, codes and dates; the
      // Service's events keep everything; the member's keep only the neutral login and no text.
      List<Row> eventsBefore = before.get(id).stream().filter(r -> isEvent(r)).toList();
      List<Row> eventsAfter = events(id);
      assertEquals(eventsBefore.size(), eventsAfter.size());
      for (int i = 0; i < eventsAfter.size(); i++) {
        Row was = eventsBefore.get(i);
        Row is = eventsAfter.get(i);
        assertEquals(was.without("actor", "text_value"), is.without("actor", "text_value"));
        if (isTrue(was.get("by_service"))) {
          assertEquals(was, is, "a Service event is kept as it was");
        } else {
          assertEquals(neutral, is.get("actor"));
          String text = is.get("text_value");
          assertTrue(
              text == null || text.isEmpty() || text.equals(HelpRequest.ERASED_TEXT),
              "the member's text is erased: " + text);
        }
      }
      // The request's own row keeps everything but its title, description and version.
      assertEquals(
          before.get(id).get(0).without("title", "description", "version"),
          after.get(0).without("title", "description", "version"));
      // Kinds and solutions are untouched.
      assertEquals(kindsAndSolutions(before.get(id)), kindsAndSolutions(after));
    }
    List<Row> stored = new ArrayList<>();
    erased.forEach(r -> stored.addAll(rowsOf(r.id())));
    for (String text : SERVICE_TEXTS) {
      assertTrue(contains(stored, text), "the Service's text \"" + text + "\" stays");
    }
    assertEquals(othersBefore, rowsOf(others.id()), "another member's request is untouched");
  }

  @Test
  @DisplayName(
      "R-PRV-2 erasing a request's text again changes no stored row, and the request still reads"
          + " back")
  void erasingAgainChangesNothing() {
    HelpRequest request = closedWithComment();
    db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(request));
    erase();
    List<Row> once = rowsOf(request.id());

    HelpRequest again =
        db.inTransaction(
            unit -> {
              JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
              HelpRequest r = requests.findById(request.id()).orElseThrow();
              r.eraseRequesterText(Member.erasedLogin(member.id()));
              requests.save(r);
              return r;
            });

    List<Row> twice = rowsOf(request.id());
    assertEquals(
        once.stream().map(r -> r.without("version")).toList(),
        twice.stream().map(r -> r.without("version")).toList());
    assertEquals(HelpRequests.state(again), HelpRequests.state(reloaded(request.id())));
  }

  @Test
  @DisplayName(
      "R-PRV-2 R-MEM-6 the privacy use case on the JPA adapters, in one unit of work: the open"
          + " request is withdrawn, every request of the member is anonymised, their login goes")
  void privacyUseCaseOnTheAdapters() {
    HelpRequest open = HelpRequests.submitted(member.id(), clock);
    open.askQuestion(HelpRequests.AGENT, SERVICE_TEXTS.get(4), tick());
    open.answerQuestion(requester, MEMBER_TEXTS.get(7), tick());
    List<HelpRequest> mine = List.of(closedWithComment(), withdrawnAfterPostponement(), open);
    db.run(
        unit -> {
          JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
          mine.forEach(requests::save);
          unit.adapter(JpaAccountRepository.class)
              .add(
                  new Account(
                      EMAIL,
                      "hash",
                      Set.of(Role.MEMBER),
                      Optional.of(member.id()),
                      clock.instant()));
        });

    Erasure erasure =
        db.inTransaction(
            unit -> {
              JpaMemberRepository members = unit.adapter(JpaMemberRepository.class);
              JpaHelpRequestRepository requests = unit.adapter(JpaHelpRequestRepository.class);
              EndParticipation end =
                  new EndParticipation(members, requests, stopped -> {}, clock);
              return new PrivacyService(
                      members,
                      requests,
                      new NoQuotes(),
                      unit.adapter(JpaAccountClosure.class),
                      end,
                      clock)
                  .erase(requester, member.id());
            });

    assertEquals(List.of(open.id()), erasure.withdrawnRequests());
    assertEquals(
        mine.stream().map(HelpRequest::id).collect(Collectors.toSet()),
        Set.copyOf(erasure.anonymisedRequests()));
    List<String> forbidden = new ArrayList<>(MEMBER_TEXTS);
    forbidden.addAll(List.of(EMAIL, "Ada", "Lovelace", "Analytical", "William King"));
    List<String> left = new ArrayList<>();
    for (HelpRequest request : mine) {
      for (Row row : rowsOf(request.id())) {
        forbidden.forEach(text -> left.addAll(row.columnsContaining(text)));
      }
    }
    assertTrue(left.isEmpty(), "the member's data is still stored: " + left);
    HelpRequest withdrawn = reloaded(open.id());
    assertEquals(RequestStatus.WITHDRAWN, withdrawn.status());
    assertEquals(HelpRequest.ERASED_TITLE, withdrawn.title());
    Rows rows = new Rows(db.dataSource());
    assertTrue(rows.where("account", "login", EMAIL, "login").isEmpty());
    assertTrue(rows.where("account_role", "login", EMAIL, "login").isEmpty());
    assertEquals(
        Member.erasedLogin(member.id()),
        rows.where("member", "id", member.id().toString(), "id").get(0).get("email"));
  }

  /** The privacy use case reads quotes only for the export: erasure needs none. */
  private static final class NoQuotes implements QuoteRepository {

    @Override
    public void save(Quote quote) {
      throw new UnsupportedOperationException("erasure saves no quote");
    }

    @Override
    public Optional<Quote> findById(QuoteId id) {
      return Optional.empty();
    }

    @Override
    public List<Quote> byRequest(RequestId requestId) {
      return List.of();
    }
  }

  private static List<Row> kindsAndSolutions(List<Row> rows) {
    return rows.stream()
        .filter(r -> r.table().equals("help_request_kind") || r.table().equals("simple_solution"))
        .toList();
  }

  private static boolean isEvent(Row row) {
    return row.table().equals("request_event");
  }

  private static boolean isTrue(String sqlBoolean) {
    return "true".equalsIgnoreCase(sqlBoolean) || "t".equalsIgnoreCase(sqlBoolean);
  }

  private static boolean contains(List<Row> rows, String text) {
    return rows.stream().anyMatch(r -> !r.columnsContaining(text).isEmpty());
  }

  private TestClock tick() {
    return clock.advance(Duration.ofMinutes(1));
  }

}
