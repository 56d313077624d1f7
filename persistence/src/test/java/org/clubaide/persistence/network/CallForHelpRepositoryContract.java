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
import org.clubaide.core.money.Money;
import org.clubaide.core.network.CallAnswer;
import org.clubaide.core.network.CallEvent;
import org.clubaide.core.network.CallCursor;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.CallStatus;
import org.clubaide.core.network.CloseReason;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaCallForHelpRepository} keeps of a call for help (the anonymous view, recipients in
 * order, every kind of answer, every event) and how it finds calls: the open calls of a request,
 * the calls sent to a member or a partner; and how concurrent answers are refused.
 */
abstract class CallForHelpRepositoryContract extends DatabaseContract {

  /** A clock of its own for each test: the test instance is shared by the class's tests. */
  private TestClock clock;

  private Member requester;
  private Participant grace;
  private Participant alan;
  private Participant firm;
  private Participant expert;
  private RequestId request;

  CallForHelpRepositoryContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerParticipants() {
    clock = TestClock.atServiceStart();
    requester = Network.savedMember(db, "ada.lovelace@example.org", clock);
    grace = Participant.member(Network.savedMember(db, "grace.hopper@example.org", clock).id());
    alan = Participant.member(Network.savedMember(db, "alan.turing@example.org", clock).id());
    firm =
        Network.savedPartner(db, "Cabinet Dupont", "dupont@firm.example", true, List.of("Audit"))
            .participant();
    expert = Network.savedPartner(db, "Expert Martin", null, true, List.of()).participant();
    request = Network.savedRequest(db, requester.id(), clock);
  }

  private CallForHelp saved(CallForHelp call) {
    db.run(unit -> unit.adapter(JpaCallForHelpRepository.class).save(call));
    return call;
  }

  private CallForHelp reloaded(CallId id) {
    return db.inTransaction(unit -> unit.adapter(JpaCallForHelpRepository.class).findById(id))
        .orElseThrow();
  }

  /** Reloads the call, applies one verb and saves it in a unit of work of its own. */
  private CallForHelp changed(CallId id, Consumer<CallForHelp> verb) {
    CallForHelp call = reloaded(id);
    verb.accept(call);
    return saved(call);
  }

  private CallForHelp sent(List<Participant> recipients) {
    return saved(Network.sent(request, requester.id(), recipients, clock));
  }

  /**
   * A call to four recipients that each answer differently, answered and closed in units of work of
   * their own: a simple solution, an accompaniment offer, a refusal, no answer.
   */
  private CallForHelp answeredAndClosed() {
    CallId id = sent(List.of(grace, firm, alan, expert)).id();
    changed(
        id,
        c ->
            c.offerSimpleSolution(
                grace,
                "grace.hopper@example.org",
                "  Cash-flow template  ",
                "The chamber of commerce publishes a free template:\nhttps://example.org/plan",
                Optional.of(Money.of("0.00", "EUR")),
                Network.tick(clock)));
    changed(
        id,
        c ->
            c.offerAccompaniment(
                firm,
                "dupont@firm.example",
                "Three meetings to build the plan together, then a quarterly review.",
                Network.tick(clock)));
    changed(id, c -> c.decline(alan, "alan.turing@example.org", Network.tick(clock)));
    return changed(id, c -> c.close(CloseReason.REQUEST_WITHDRAWN, "system", Network.tick(clock)));
  }

  @Test
  @DisplayName(
      "R-NET-1 R-NET-2 R-NET-4 the view, the recipients in order, every kind of answer and every"
          + " type of event read back unchanged")
  void everyFieldAnswerAndEventRoundTrips() {
    CallForHelp written = answeredAndClosed();

    CallForHelp read = reloaded(written.id());

    assertEquals(Network.state(written), Network.state(read));
    assertEquals(Network.view(clock), read.view());
    assertEquals(List.of(grace, firm, alan, expert), read.recipients());
    assertEquals(CallStatus.CLOSED, read.status());
    assertEquals(Optional.of(CloseReason.REQUEST_WITHDRAWN), read.closeReason());
    assertEquals(
        List.of(
            CallAnswer.SimpleSolutionOffer.class,
            CallAnswer.AccompanimentOffer.class,
            CallAnswer.Declined.class),
        read.answers().stream().map(Object::getClass).toList());
    assertEquals(List.of(grace, firm, expert), read.recipientsToTell());
    assertEquals(
        List.of(grace, firm, expert),
        ((CallEvent.CallClosed) read.timeline().get(4)).recipientsToTell());
    assertEquals(5, read.version(), "one version per save");
    assertTrue(read.newEvents().isEmpty(), "a loaded call has no new event");
    Set<String> covered =
        read.timeline().stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
    Set<String> all =
        Arrays.stream(CallEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertEquals(all, covered, "the fixture must produce every type of event");
  }

  @Test
  @DisplayName("R-NET-1 a call just sent reads back open, without answers, with its one event")
  void sentCallRoundTrips() {
    CallForHelp written = sent(List.of(expert, grace));

    CallForHelp read = reloaded(written.id());

    assertEquals(Network.state(written), Network.state(read));
    assertEquals(CallStatus.OPEN, read.status());
    assertEquals(List.of(), read.answers());
    assertEquals(1, read.version());
    assertEquals(
        List.of(expert, grace), ((CallEvent.CallSent) read.timeline().get(0)).recipients());
  }

  @Test
  @DisplayName("R-REQ-8 the open calls of a request are listed oldest first, closed ones left out")
  void openCallsOfARequest() {
    CallForHelp first = sent(List.of(grace));
    CallForHelp closed = sent(List.of(alan));
    changed(closed.id(), c -> c.close(CloseReason.ENDED_BY_SERVICE, Network.AGENT, clock));
    CallForHelp second = sent(List.of(firm, grace));
    RequestId other = Network.savedRequest(db, requester.id(), clock);
    CallForHelp elsewhere = saved(Network.sent(other, requester.id(), List.of(grace), clock));

    List<CallForHelp> open =
        db.inTransaction(
            unit -> unit.adapter(JpaCallForHelpRepository.class).openForRequest(request));

    assertEquals(
        List.of(Network.state(first), Network.state(second)),
        open.stream().map(Network::state).toList());
    assertEquals(
        List.of(elsewhere.id()),
        db
            .inTransaction(
                unit -> unit.adapter(JpaCallForHelpRepository.class).openForRequest(other))
            .stream()
            .map(CallForHelp::id)
            .toList());
    assertEquals(
        List.of(),
        db.inTransaction(
            unit ->
                unit.adapter(JpaCallForHelpRepository.class).openForRequest(RequestId.newId())));
  }

  @Test
  @DisplayName(
      "R-NET-4 the calls sent to a member or a partner come newest first, at most the limit, and"
          + " only theirs")
  void callsSentToARecipient() {
    CallForHelp one = sent(List.of(grace, firm));
    CallForHelp two = sent(List.of(alan));
    CallForHelp three = sent(List.of(firm, alan, grace));
    CallForHelp four = answeredAndClosed();

    assertEquals(
        List.of(four.id(), three.id(), one.id()),
        sentTo(grace, 10).stream().map(CallForHelp::id).toList());
    assertEquals(
        List.of(four.id(), three.id()), sentTo(grace, 2).stream().map(CallForHelp::id).toList());
    assertEquals(
        List.of(four.id(), three.id(), one.id()),
        sentTo(firm, 10).stream().map(CallForHelp::id).toList());
    assertEquals(
        List.of(four.id(), three.id(), two.id()),
        sentTo(alan, 10).stream().map(CallForHelp::id).toList());
    assertEquals(List.of(four.id()), sentTo(expert, 10).stream().map(CallForHelp::id).toList());
    assertEquals(Network.state(four), Network.state(sentTo(expert, 10).get(0)));
    assertEquals(List.of(), sentTo(Participant.member(requester.id()), 10));
  }

  @Test
  @DisplayName(
      "R-NET-4 the calls sent to a recipient are read a page at a time after a cursor, newest"
          + " first, none twice")
  void callsSentToARecipientByPage() {
    CallForHelp one = sent(List.of(grace, firm));
    CallForHelp two = sent(List.of(grace));
    CallForHelp three = sent(List.of(alan, grace));

    List<CallForHelp> first = sentTo(grace, Optional.empty(), 2);
    assertEquals(List.of(three.id(), two.id()), first.stream().map(CallForHelp::id).toList());
    CallForHelp last = first.get(1);
    List<CallForHelp> second =
        sentTo(grace, Optional.of(new CallCursor(last.sentAt(), last.id())), 2);
    assertEquals(List.of(one.id()), second.stream().map(CallForHelp::id).toList());
    assertEquals(
        List.of(),
        sentTo(grace, Optional.of(new CallCursor(one.sentAt(), one.id())), 2));
    assertEquals(
        List.of(one.id()),
        sentTo(firm, Optional.of(new CallCursor(three.sentAt(), three.id())), 5).stream()
            .map(CallForHelp::id)
            .toList());
  }

  private List<CallForHelp> sentTo(
      Participant recipient, Optional<CallCursor> after, int limit) {
    return db.inTransaction(
        unit -> unit.adapter(JpaCallForHelpRepository.class).sentTo(recipient, after, limit));
  }

  private List<CallForHelp> sentTo(Participant recipient, int limit) {
    return db.inTransaction(
        unit -> unit.adapter(JpaCallForHelpRepository.class).sentTo(recipient, limit));
  }

  @Test
  @DisplayName("nothing is found for an unknown call")
  void unknownCall() {
    sent(List.of(grace));

    assertTrue(
        db.inTransaction(
                unit -> unit.adapter(JpaCallForHelpRepository.class).findById(CallId.newId()))
            .isEmpty());
  }

  @Test
  @DisplayName(
      "R-NET-4 two recipients answering at once: the second fails cleanly, no row of its answer is"
          + " written, and the first answer is kept")
  void concurrentAnswersConflict() {
    CallId id = sent(List.of(grace, firm)).id();
    CallForHelp first;
    try (UnitOfWork one = db.begin();
        UnitOfWork two = db.begin()) {
      JpaCallForHelpRepository inOne = one.adapter(JpaCallForHelpRepository.class);
      JpaCallForHelpRepository inTwo = two.adapter(JpaCallForHelpRepository.class);
      first = inOne.findById(id).orElseThrow();
      CallForHelp second = inTwo.findById(id).orElseThrow();
      first.decline(grace, "grace.hopper@example.org", Network.tick(clock));
      inOne.save(first);
      one.commit();
      second.offerAccompaniment(firm, "dupont@firm.example", "A plan.", Network.tick(clock));

      ConflictException refused = assertThrows(ConflictException.class, () -> inTwo.save(second));

      assertEquals("CONCURRENT-UPDATE", refused.rule());
      two.rollback();
    }
    assertEquals(Network.state(first), Network.state(reloaded(id)));
    assertEquals(1, rows("SELECT COUNT(*) FROM call_answer WHERE call_id = ?", id));
    assertEquals(2, rows("SELECT COUNT(*) FROM call_event WHERE call_id = ?", id));
  }

  @Test
  @DisplayName("R-REQ-8 a copy read before the call closed cannot answer it any more")
  void staleCopyConflicts() {
    CallId id = sent(List.of(grace)).id();
    CallForHelp stale = reloaded(id);
    CallForHelp closed =
        changed(id, c -> c.close(CloseReason.REQUEST_POSTPONED, "system", Network.tick(clock)));
    stale.decline(grace, "grace.hopper@example.org", Network.tick(clock));

    assertThrows(
        ConflictException.class,
        () -> db.run(unit -> unit.adapter(JpaCallForHelpRepository.class).save(stale)));

    assertEquals(Network.state(closed), Network.state(reloaded(id)));
    assertEquals(0, rows("SELECT COUNT(*) FROM call_answer WHERE call_id = ?", id));
  }

  private int rows(String sql, CallId id) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id.toString());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
