package org.clubaide.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.Rows;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking on every aggregate: when two units of work change the same aggregate, the
 * second save fails with a {@link ConflictException}, and what is stored afterwards is exactly the
 * first writer's result: nothing lost, nothing half-written.
 */
abstract class OptimisticLockingContract extends DatabaseContract {

  private static final TermsVersion NEW_TERMS =
      new TermsVersion("V1/2025", LocalDate.of(2025, 1, 1));

  private static final String AGENT_LOGIN = HelpRequests.AGENT.login();

  private final TestClock clock = TestClock.atServiceStart();
  private Member member;

  OptimisticLockingContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerMember() {
    db.execute(
        "INSERT INTO terms_version (label, valid_from) VALUES ('V1/2025', DATE '2025-01-01')");
    member = Members.aMember("ada.lovelace@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(member));
  }

  private RequestId savedRequest(HelpRequest request) {
    db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(request));
    return request.id();
  }

  private HelpRequest storedRequest(RequestId id) {
    return db.inTransaction(unit -> unit.adapter(JpaHelpRequestRepository.class).findById(id))
        .orElseThrow();
  }

  private Member storedMember(MemberId id) {
    return db.inTransaction(unit -> unit.adapter(JpaMemberRepository.class).findById(id))
        .orElseThrow();
  }

  /**
   * Two units of work read the request; the first applies {@code first} and commits; the second
   * applies {@code second} to its own copy and saves it. Returns the first writer's request.
   */
  private HelpRequest concurrently(
      RequestId id, Consumer<HelpRequest> first, Consumer<HelpRequest> second) {
    try (UnitOfWork one = db.begin();
        UnitOfWork two = db.begin()) {
      JpaHelpRequestRepository inOne = one.adapter(JpaHelpRequestRepository.class);
      JpaHelpRequestRepository inTwo = two.adapter(JpaHelpRequestRepository.class);
      HelpRequest firstCopy = inOne.findById(id).orElseThrow();
      HelpRequest secondCopy = inTwo.findById(id).orElseThrow();
      first.accept(firstCopy);
      inOne.save(firstCopy);
      one.commit();
      second.accept(secondCopy);

      ConflictException refused =
          assertThrows(ConflictException.class, () -> inTwo.save(secondCopy));

      assertEquals("CONCURRENT-UPDATE", refused.rule());
      two.rollback();
      return firstCopy;
    }
  }

  private void assertStoredAsWritten(HelpRequest written) {
    HelpRequest stored = storedRequest(written.id());
    assertEquals(HelpRequests.state(written), HelpRequests.state(stored));
    assertEquals(written.timeline().size(), rows("request_event", written.id().toString()));
    assertEquals(written.solutions().size(), rows("simple_solution", written.id().toString()));
  }

  private int rows(String table, String requestId) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE request_id = ?")) {
      s.setString(1, requestId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "R-REQ-10 a question asked meanwhile makes a decline on the old copy fail cleanly, and only"
          + " the question is kept")
  void eventOnlyChangeConflicts() {
    RequestId id = savedRequest(HelpRequests.submitted(member.id(), clock));

    HelpRequest first =
        concurrently(
            id,
            r -> r.askQuestion(HelpRequests.AGENT, "Which month?", tick()),
            r -> r.decline(HelpRequests.AGENT, "Not competent", tick()));

    assertStoredAsWritten(first);
  }

  @Test
  @DisplayName(
      "R-REQ-10 an acceptance saved meanwhile makes a solution on the old copy fail cleanly, and"
          + " no solution row is left")
  void statusChangeConflicts() {
    HelpRequest accepted =
        HelpRequests.acceptedWithSolutions(member.id(), clock, clock.today().plusDays(7), 0);
    RequestId id = savedRequest(accepted);

    HelpRequest first =
        concurrently(
            id,
            r -> r.moveDeadline(HelpRequests.AGENT, clock.today().plusDays(9), "Holiday.", tick()),
            r ->
                r.proposeSimpleSolution(
                    HelpRequests.AGENT, "Template", "See the template.", Optional.empty(), tick()));

    assertStoredAsWritten(first);
  }

  @Test
  @DisplayName("R-REQ-10 both writers adding events: the second fails cleanly, the first's stay")
  void bothAppendConflicts() {
    RequestId id = savedRequest(HelpRequests.submitted(member.id(), clock));

    HelpRequest first =
        concurrently(
            id,
            r -> r.askQuestion(HelpRequests.AGENT, "Which month?", tick()),
            r -> r.askQuestion(HelpRequests.AGENT, "Which year?", tick()));

    assertStoredAsWritten(first);
  }

  @Test
  @DisplayName(
      "R-REQ-10 a copy read in an earlier unit of work is refused once the request changed")
  void staleCopyFromEarlierUnitConflicts() {
    RequestId id = savedRequest(HelpRequests.submitted(member.id(), clock));
    HelpRequest stale = storedRequest(id);
    HelpRequest fresh = storedRequest(id);
    fresh.accept(
        HelpRequests.AGENT,
        AcceptanceRoute.INTERNAL,
        SolutionDeadline.fixed(clock.today().plusDays(3)),
        tick());
    savedRequest(fresh);
    stale.askQuestion(HelpRequests.AGENT, "Which month?", tick());

    assertThrows(
        ConflictException.class,
        () -> db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(stale)));

    assertStoredAsWritten(fresh);
  }

  /**
   * Two units of work read the member; the first saves {@code first}'s result and commits; the
   * second saves {@code second}'s. Returns the first writer's member.
   */
  private Member concurrently(UnaryOperator<Member> first, UnaryOperator<Member> second) {
    try (UnitOfWork one = db.begin();
        UnitOfWork two = db.begin()) {
      JpaMemberRepository inOne = one.adapter(JpaMemberRepository.class);
      JpaMemberRepository inTwo = two.adapter(JpaMemberRepository.class);
      Member firstCopy = first.apply(inOne.findById(member.id()).orElseThrow());
      Member secondCopy = second.apply(inTwo.findById(member.id()).orElseThrow());
      inOne.save(firstCopy);
      one.commit();

      ConflictException refused =
          assertThrows(ConflictException.class, () -> inTwo.save(secondCopy));

      assertEquals("CONCURRENT-UPDATE", refused.rule());
      two.rollback();
      return firstCopy;
    }
  }

  @Test
  @DisplayName(
      "R-MEM-2 terms accepted meanwhile make a contact change on the old copy fail cleanly, and"
          + " only the acceptance is kept")
  void memberAcceptanceOnlyConflicts() {
    Member first =
        concurrently(
            m -> Members.alsoAccepted(m, NEW_TERMS, tick().instant(), Channel.WEB),
            m ->
                Members.withContact(
                    m, new ContactDetails("ada@example.net", "+33 6 12 34 56 78", "Lyon")));

    assertEquals(Members.state(first), Members.state(storedMember(member.id())));
  }

  @Test
  @DisplayName(
      "R-MEM-5 a visibility choice saved meanwhile makes another choice on the old copy fail"
          + " cleanly, and the consent history holds only the first")
  void memberChoicesConflict() {
    Member first =
        concurrently(
            m ->
                Members.changedVisibility(
                    m, FieldGroup.PHOTO, Visibility.MEMBERS, tick().instant()),
            m ->
                Members.changedVisibility(
                    m, FieldGroup.CONTACT_DETAILS, Visibility.MEMBERS, tick().instant()));

    assertEquals(Members.state(first), Members.state(storedMember(member.id())));
  }

  @Test
  @DisplayName(
      "R-MEM-3 a profile described meanwhile makes another profile on the old copy fail cleanly,"
          + " and only the first profile's entries are stored")
  void memberProfileChangesConflict() {
    Profile first =
        new Profile(List.of("Welding", "Bookkeeping"), List.of("Sailing"), List.of(), false);
    Profile second =
        new Profile(List.of("Bookkeeping", "Welding", "Tax law"), List.of(), List.of("Van"), false);

    // Neither profile changes the offer to the network: only the entry rows differ, and the
    // member's row must still carry the conflict.
    Member stored = concurrently(m -> described(m, first), m -> described(m, second));

    Member read = storedMember(member.id());
    assertEquals(Members.state(stored), Members.state(read));
    assertEquals(first, read.profile());
    assertEquals(
        first.entries().size(),
        new Rows(db.dataSource())
            .where("member_profile_entry", "member_id", member.id().toString(), "seq")
            .size());
  }

  @Test
  @DisplayName(
      "R-PRV-2 a photo set meanwhile makes a profile change on the old copy fail cleanly, and"
          + " the profile stays as it was")
  void memberPhotoAndProfileConflict() {
    Profile profile = new Profile(List.of("Welding"), List.of(), List.of(), true);

    Member stored =
        concurrently(
            m -> {
              Member copy = Members.copyOf(m);
              copy.changePhoto(Optional.of("photos/ada.jpg"), AGENT_LOGIN, tick().instant());
              return copy;
            },
            m -> described(m, profile));

    Member read = storedMember(member.id());
    assertEquals(Members.state(stored), Members.state(read));
    assertEquals(Profile.EMPTY, read.profile());
    assertTrue(read.networkOfferHistory().isEmpty());
  }

  private Member described(Member member, Profile profile) {
    Member copy = Members.copyOf(member);
    copy.describe(profile, copy.contact().email(), tick().instant());
    return copy;
  }

  private TestClock tick() {
    return clock.advance(Duration.ofMinutes(1));
  }
}
