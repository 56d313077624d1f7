package org.clubaide.persistence.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clubaide.core.member.Member;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.Consent;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.IntroductionCursor;
import org.clubaide.core.network.IntroductionEvent;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionSide;
import org.clubaide.core.network.IntroductionStatus;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaIntroductionRepository} keeps of an introduction (both sides, each consent with
 * time, channel and recorder, every event) and how it finds them: by request, by call and helper;
 * one introduction per call and helper; concurrent changes refused.
 */
abstract class IntroductionRepositoryContract extends DatabaseContract {

  /** A clock of its own for each test: the test instance is shared by the class's tests. */
  private TestClock clock;

  private Member requester;
  private Participant grace;
  private Participant alan;
  private Participant firm;
  private RequestId request;
  private CallId call;

  IntroductionRepositoryContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerPartiesAndCall() {
    clock = TestClock.atServiceStart();
    requester = Network.savedMember(db, "ada.lovelace@example.org", clock);
    grace = Participant.member(Network.savedMember(db, "grace.hopper@example.org", clock).id());
    alan = Participant.member(Network.savedMember(db, "alan.turing@example.org", clock).id());
    firm =
        Network.savedPartner(db, "Cabinet Dupont", "dupont@firm.example", true, List.of("Audit"))
            .participant();
    request = Network.savedRequest(db, requester.id(), clock);
    call = savedCall(request, List.of(grace, firm, alan)).id();
  }

  private CallForHelp savedCall(RequestId about, List<Participant> recipients) {
    CallForHelp sent = Network.sent(about, requester.id(), recipients, clock);
    db.run(unit -> unit.adapter(JpaCallForHelpRepository.class).save(sent));
    return sent;
  }

  private Introduction saved(Introduction introduction) {
    db.run(unit -> unit.adapter(JpaIntroductionRepository.class).save(introduction));
    return introduction;
  }

  private Introduction proposed(CallId to, Participant helper) {
    return saved(
        Introduction.propose(
            request, to, requester.id(), helper, Network.AGENT, Network.tick(clock)));
  }

  private Introduction reloaded(IntroductionId id) {
    return db.inTransaction(unit -> unit.adapter(JpaIntroductionRepository.class).findById(id))
        .orElseThrow();
  }

  /** Reloads the introduction, applies one verb and saves it in a unit of work of its own. */
  private Introduction changed(IntroductionId id, Consumer<Introduction> verb) {
    Introduction introduction = reloaded(id);
    verb.accept(introduction);
    return saved(introduction);
  }

  @Test
  @DisplayName(
      "R-NET-3 both sides, each consent with its time, channel and recorder, every status and"
          + " every type of event read back unchanged")
  void everyFieldAndEventTypeRoundTrips() {
    IntroductionId agreed = proposed(call, grace).id();
    changed(
        agreed,
        i ->
            i.consent(
                IntroductionSide.REQUESTER,
                Channel.WEB,
                "ada.lovelace@example.org",
                Network.tick(clock)));
    changed(
        agreed,
        i -> i.consent(IntroductionSide.HELPER, Channel.EMAIL, Network.AGENT, Network.tick(clock)));
    IntroductionId refused = proposed(call, firm).id();
    changed(
        refused,
        i ->
            i.consent(
                IntroductionSide.HELPER, Channel.WEB, "dupont@firm.example", Network.tick(clock)));
    changed(
        refused,
        i ->
            i.refuse(
                IntroductionSide.REQUESTER, Channel.PHONE, Network.AGENT, Network.tick(clock)));
    IntroductionId cancelled = proposed(call, alan).id();
    changed(cancelled, i -> i.cancel("system", Network.tick(clock)));
    CallId secondCall = savedCall(request, List.of(grace)).id();
    IntroductionId awaiting = proposed(secondCall, grace).id();
    changed(
        awaiting,
        i ->
            i.consent(
                IntroductionSide.REQUESTER,
                Channel.WEB,
                "ada.lovelace@example.org",
                Network.tick(clock)));
    List<IntroductionId> ids = List.of(agreed, refused, cancelled, awaiting);

    List<Introduction> written = ids.stream().map(this::reloaded).toList();
    List<Introduction> read =
        db.inTransaction(unit -> unit.adapter(JpaIntroductionRepository.class).forRequest(request));

    assertEquals(
        written.stream().map(Network::state).toList(), read.stream().map(Network::state).toList());
    assertEquals(
        List.of(
            IntroductionStatus.AGREED,
            IntroductionStatus.REFUSED,
            IntroductionStatus.CANCELLED,
            IntroductionStatus.AWAITING_HELPER),
        read.stream().map(Introduction::status).toList());
    Introduction both = read.get(0);
    assertEquals(Participant.member(requester.id()), both.party(IntroductionSide.REQUESTER));
    assertEquals(grace, both.helper());
    assertEquals(firm, read.get(1).helper());
    assertEquals(
        Channel.WEB,
        both.consentOf(IntroductionSide.REQUESTER).map(Consent::channel).orElseThrow());
    assertEquals(
        Optional.of(Network.AGENT),
        both.consentOf(IntroductionSide.HELPER).map(Consent::recordedBy));
    assertEquals(Optional.empty(), read.get(3).consentOf(IntroductionSide.HELPER));
    assertEquals(3, both.version(), "one version per save");
    Set<String> covered =
        read.stream()
            .flatMap(i -> i.timeline().stream())
            .map(e -> e.getClass().getSimpleName())
            .collect(Collectors.toSet());
    Set<String> all =
        Arrays.stream(IntroductionEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertEquals(all, covered, "the fixtures must produce every type of event");
    for (Introduction introduction : read) {
      assertTrue(introduction.newEvents().isEmpty(), "a loaded introduction has no new event");
    }
  }

  @Test
  @DisplayName("R-NET-3 an introduction just proposed reads back awaiting both sides")
  void proposedIntroductionRoundTrips() {
    Introduction written = proposed(call, firm);

    Introduction read = reloaded(written.id());

    assertEquals(Network.state(written), Network.state(read));
    assertEquals(IntroductionStatus.AWAITING_BOTH, read.status());
    assertEquals(1, read.version());
  }

  @Test
  @DisplayName(
      "R-NET-3 an introduction is found by its call and its helper, member or partner, and by no"
          + " other pair")
  void findByCallAndHelper() {
    Introduction withGrace = proposed(call, grace);
    Introduction withFirm = proposed(call, firm);
    CallId otherCall = savedCall(request, List.of(grace, firm)).id();

    assertEquals(Optional.of(Network.state(withGrace)), byCallAndHelper(call, grace));
    assertEquals(Optional.of(Network.state(withFirm)), byCallAndHelper(call, firm));
    assertEquals(Optional.empty(), byCallAndHelper(call, alan));
    assertEquals(Optional.empty(), byCallAndHelper(otherCall, grace));
    assertEquals(Optional.empty(), byCallAndHelper(otherCall, firm));
  }

  private Optional<Introduction.Snapshot> byCallAndHelper(CallId about, Participant helper) {
    return db.inTransaction(
            unit ->
                unit.adapter(JpaIntroductionRepository.class).findByCallAndHelper(about, helper))
        .map(Network::state);
  }

  @Test
  @DisplayName("R-NET-3 the introductions of a request are listed oldest first, and only its own")
  void introductionsOfARequest() {
    Introduction first = proposed(call, firm);
    Introduction second = proposed(call, grace);
    RequestId other = Network.savedRequest(db, requester.id(), clock);

    assertEquals(
        List.of(first.id(), second.id()),
        db
            .inTransaction(
                unit -> unit.adapter(JpaIntroductionRepository.class).forRequest(request))
            .stream()
            .map(Introduction::id)
            .toList());
    assertEquals(
        List.of(),
        db.inTransaction(unit -> unit.adapter(JpaIntroductionRepository.class).forRequest(other)));
    assertTrue(
        db.inTransaction(
                unit ->
                    unit.adapter(JpaIntroductionRepository.class).findById(IntroductionId.newId()))
            .isEmpty());
  }

  @Test
  @DisplayName(
      "R-NET-3 a party's introductions, as requester or as helper, are read a page at a time,"
          + " newest first, and only theirs")
  void introductionsOfAParty() {
    Introduction withFirm = proposed(call, firm);
    Introduction withGrace = proposed(call, grace);
    CallId otherCall = savedCall(request, List.of(grace, firm)).id();
    Introduction graceAgain = proposed(otherCall, grace);

    Participant ada = Participant.member(requester.id());
    assertEquals(
        List.of(graceAgain.id(), withGrace.id(), withFirm.id()), involving(ada, Optional.empty(), 10));
    assertEquals(List.of(graceAgain.id(), withGrace.id()), involving(grace, Optional.empty(), 10));
    assertEquals(List.of(withFirm.id()), involving(firm, Optional.empty(), 10));
    assertEquals(List.of(), involving(alan, Optional.empty(), 10));

    List<IntroductionId> first = involving(ada, Optional.empty(), 2);
    assertEquals(List.of(graceAgain.id(), withGrace.id()), first);
    assertEquals(
        List.of(withFirm.id()),
        involving(
            ada, Optional.of(new IntroductionCursor(withGrace.proposedAt(), withGrace.id())), 2));
    assertEquals(
        Network.state(withFirm),
        Network.state(
            db.inTransaction(
                    unit ->
                        unit.adapter(JpaIntroductionRepository.class)
                            .involving(firm, Optional.empty(), 1))
                .get(0)));
  }

  private List<IntroductionId> involving(
      Participant party, Optional<IntroductionCursor> after, int limit) {
    return db
        .inTransaction(
            unit -> unit.adapter(JpaIntroductionRepository.class).involving(party, after, limit))
        .stream()
        .map(Introduction::id)
        .toList();
  }

  @Test
  @DisplayName(
      "R-NET-3 a second introduction for the same call and helper, proposed at the same time, is"
          + " refused as a conflict and leaves nothing behind")
  void oneIntroductionPerCallAndHelper() {
    Introduction first = proposed(call, firm);
    Introduction twin =
        Introduction.propose(
            request, call, requester.id(), firm, Network.AGENT, Network.tick(clock));

    ConflictException refused =
        assertThrows(
            ConflictException.class,
            () -> db.run(unit -> unit.adapter(JpaIntroductionRepository.class).save(twin)));

    assertEquals("R-NET-3", refused.rule());
    assertEquals(Optional.of(Network.state(first)), byCallAndHelper(call, firm));
    assertEquals(1, rows("SELECT COUNT(*) FROM introduction WHERE call_id = ?", call.toString()));
    assertEquals(
        0,
        rows(
            "SELECT COUNT(*) FROM introduction_event WHERE introduction_id = ?",
            twin.id().toString()));
  }

  @Test
  @DisplayName(
      "R-NET-3 a refusal saved meanwhile makes a consent on the old copy fail cleanly, and only"
          + " the refusal is kept")
  void concurrentAnswersConflict() {
    IntroductionId id = proposed(call, grace).id();
    Introduction first;
    try (UnitOfWork one = db.begin();
        UnitOfWork two = db.begin()) {
      JpaIntroductionRepository inOne = one.adapter(JpaIntroductionRepository.class);
      JpaIntroductionRepository inTwo = two.adapter(JpaIntroductionRepository.class);
      first = inOne.findById(id).orElseThrow();
      Introduction second = inTwo.findById(id).orElseThrow();
      first.refuse(IntroductionSide.HELPER, Channel.WEB, "grace.hopper@example.org", clock);
      inOne.save(first);
      one.commit();
      second.consent(IntroductionSide.REQUESTER, Channel.WEB, "ada.lovelace@example.org", clock);

      ConflictException conflict = assertThrows(ConflictException.class, () -> inTwo.save(second));

      assertEquals("CONCURRENT-UPDATE", conflict.rule());
      two.rollback();
    }
    assertEquals(Network.state(first), Network.state(reloaded(id)));
    assertEquals(Optional.empty(), reloaded(id).consentOf(IntroductionSide.REQUESTER));
    assertEquals(
        3,
        rows("SELECT COUNT(*) FROM introduction_event WHERE introduction_id = ?", id.toString()));
  }

  @Test
  @DisplayName(
      "R-NET-3 a copy read in an earlier unit of work is refused once the introduction changed")
  void staleCopyConflicts() {
    IntroductionId id = proposed(call, firm).id();
    Introduction stale = reloaded(id);
    Introduction cancelled = changed(id, i -> i.cancel(Network.AGENT, Network.tick(clock)));
    stale.consent(IntroductionSide.HELPER, Channel.WEB, "dupont@firm.example", Network.tick(clock));

    assertThrows(
        ConflictException.class,
        () -> db.run(unit -> unit.adapter(JpaIntroductionRepository.class).save(stale)));

    assertEquals(Network.state(cancelled), Network.state(reloaded(id)));
  }

  private int rows(String sql, String id) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
