package org.clubaide.persistence.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.Profile;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.CloseReason;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No N+1 in the network: the statements that loading a recipient's calls, a call, a request's
 * introductions or the whole directory costs do not grow with what is loaded. A counting proxy
 * around the data source counts every statement the adapters execute.
 */
abstract class NetworkStatementCountContract extends DatabaseContract {

  /** The most statements loading calls may cost: the calls, then six queries for their parts. */
  private static final int CALLS_BOUND = 7;

  /** The most statements loading introductions may cost: the introductions, their events. */
  private static final int INTRODUCTIONS_BOUND = 2;

  /** The most statements the directory's candidates may cost: terms, members, partners. */
  private static final int DIRECTORY_BOUND = 3;

  /** How many calls the busy recipient received. */
  private static final int CALLS = 20;

  /** A clock of its own for each test: the test instance is shared by the class's tests. */
  private TestClock clock;

  private Member requester;
  private RequestId request;

  NetworkStatementCountContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerRequester() {
    clock = TestClock.atServiceStart();
    requester = Network.savedMember(db, "ada.lovelace@example.org", clock);
    request = Network.savedRequest(db, requester.id(), clock);
  }

  record Counted<T>(T result, int statements, List<String> sql) {}

  /** Runs {@code read} in a unit of work; returns its result and how many statements it ran. */
  private <T> Counted<T> counted(Function<UnitOfWork, T> read) {
    return db.inTransaction(
        unit -> {
          db.statements().reset();
          T result = read.apply(unit);
          return new Counted<>(result, db.statements().count(), db.statements().statements());
        });
  }

  private void report(String what, int statements) {
    System.out.printf("[%s] %s: %d%n", db.target(), what, statements);
  }

  private static boolean onlyReads(List<String> sql) {
    return sql.stream().allMatch(s -> s.strip().toUpperCase(Locale.ROOT).startsWith("SELECT"));
  }

  private List<Participant> members(String prefix, int count) {
    List<Participant> members = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      members.add(
          Participant.member(Network.savedMember(db, prefix + i + "@example.org", clock).id()));
    }
    return members;
  }

  /**
   * {@value #CALLS} calls to the busy recipient and eleven others; in each, five recipients answer
   * in the three ways, then the call closes.
   */
  private void busyRecipient(Participant busy) {
    List<Participant> others = new ArrayList<>(members("helper", 9));
    others.add(
        Network.savedPartner(db, "Cabinet Dupont", "dupont@firm.example", true, List.of())
            .participant());
    others.add(Network.savedPartner(db, "Expert Martin", null, true, List.of()).participant());
    db.run(
        unit -> {
          JpaCallForHelpRepository calls = unit.adapter(JpaCallForHelpRepository.class);
          for (int i = 0; i < CALLS; i++) {
            List<Participant> recipients = new ArrayList<>(others);
            recipients.add(i % recipients.size(), busy);
            CallForHelp call = Network.sent(request, requester.id(), recipients, clock);
            call.offerSimpleSolution(
                others.get(0),
                "h@example.org",
                "Template",
                "See the template.",
                Optional.empty(),
                clock);
            call.offerAccompaniment(others.get(9), "dupont@firm.example", "Three meetings.", clock);
            call.offerAccompaniment(others.get(1), "h@example.org", "A plan.", clock);
            call.decline(others.get(2), "h@example.org", clock);
            call.decline(busy, "busy@example.org", clock);
            call.close(CloseReason.ENDED_BY_SERVICE, Network.AGENT, clock);
            calls.save(call);
          }
        });
  }

  @Test
  @DisplayName(
      "R-NET-4 a recipient's list of 20 answered, closed calls costs the same few statements as a"
          + " list of one call just sent")
  void recipientCallsCostIsConstant() {
    Participant quiet = members("quiet", 1).get(0);
    Participant busy = members("busy", 1).get(0);
    CallForHelp single = Network.sent(request, requester.id(), List.of(quiet), clock);
    db.run(unit -> unit.adapter(JpaCallForHelpRepository.class).save(single));
    busyRecipient(busy);

    Counted<List<CallForHelp>> one =
        counted(unit -> unit.adapter(JpaCallForHelpRepository.class).sentTo(quiet, 50));
    Counted<List<CallForHelp>> many =
        counted(unit -> unit.adapter(JpaCallForHelpRepository.class).sentTo(busy, 50));

    assertEquals(1, one.result().size());
    assertEquals(CALLS, many.result().size());
    assertTrue(many.result().stream().allMatch(c -> c.answers().size() == 5));
    assertTrue(
        many.statements() <= CALLS_BOUND, "20 calls ran " + many.statements() + ": " + many.sql());
    assertTrue(onlyReads(many.sql()), "a list only reads: " + many.sql());
    assertEquals(one.statements(), many.statements(), many.sql().toString());
    report("statements per list of a recipient's calls", many.statements());
  }

  @Test
  @DisplayName("R-NET-4 loading one call costs the same whether just sent or answered and closed")
  void callLoadCostIsConstant() {
    Participant quiet = members("quiet", 1).get(0);
    Participant busy = members("busy", 1).get(0);
    CallForHelp single = Network.sent(request, requester.id(), List.of(quiet), clock);
    db.run(unit -> unit.adapter(JpaCallForHelpRepository.class).save(single));
    busyRecipient(busy);
    CallForHelp answered =
        db.inTransaction(unit -> unit.adapter(JpaCallForHelpRepository.class).sentTo(busy, 1))
            .get(0);

    Counted<Optional<CallForHelp>> small =
        counted(unit -> unit.adapter(JpaCallForHelpRepository.class).findById(single.id()));
    Counted<Optional<CallForHelp>> large =
        counted(unit -> unit.adapter(JpaCallForHelpRepository.class).findById(answered.id()));

    assertEquals(7, large.result().orElseThrow().timeline().size());
    assertTrue(large.statements() <= CALLS_BOUND, large.sql().toString());
    assertEquals(small.statements(), large.statements(), large.sql().toString());
    report("statements per call load", large.statements());
  }

  @Test
  @DisplayName("R-NET-3 a request's ten introductions cost the same few statements as one")
  void introductionsCostIsConstant() {
    List<Participant> helpers = members("helper", 10);
    CallForHelp call = Network.sent(request, requester.id(), helpers, clock);
    RequestId other = Network.savedRequest(db, requester.id(), clock);
    CallForHelp otherCall = Network.sent(other, requester.id(), helpers, clock);
    db.run(
        unit -> {
          JpaCallForHelpRepository calls = unit.adapter(JpaCallForHelpRepository.class);
          calls.save(call);
          calls.save(otherCall);
          JpaIntroductionRepository introductions = unit.adapter(JpaIntroductionRepository.class);
          introductions.save(
              Introduction.propose(
                  other, otherCall.id(), requester.id(), helpers.get(0), Network.AGENT, clock));
          for (Participant helper : helpers) {
            Introduction introduction =
                Introduction.propose(
                    request, call.id(), requester.id(), helper, Network.AGENT, clock);
            introduction.cancel("system", clock);
            introductions.save(introduction);
          }
        });

    Counted<List<Introduction>> one =
        counted(unit -> unit.adapter(JpaIntroductionRepository.class).forRequest(other));
    Counted<List<Introduction>> ten =
        counted(unit -> unit.adapter(JpaIntroductionRepository.class).forRequest(request));

    assertEquals(1, one.result().size());
    assertEquals(10, ten.result().size());
    assertTrue(ten.statements() <= INTRODUCTIONS_BOUND, ten.sql().toString());
    assertEquals(one.statements(), ten.statements(), ten.sql().toString());
    report("statements per list of a request's introductions", ten.statements());
  }

  @Test
  @DisplayName(
      "R-NET-1 the directory of thirty members with profiles and five partners with skills costs"
          + " the same statements as a directory of one member")
  void directoryCostIsConstant() {
    Counted<List<Candidate>> small = counted(this::candidates);
    for (int i = 0; i < 30; i++) {
      Network.saved(
          db,
          Network.described(
              Members.aMember("member" + i + "@example.org", clock.instant()),
              new Profile(
                  List.of("Audit " + i, "Paie", "Droit social"),
                  List.of("Échecs", "Voile " + i),
                  List.of("Parle japonais"),
                  i % 2 == 0),
              clock));
    }
    for (int i = 0; i < 5; i++) {
      Network.savedPartner(
          db,
          "Partner " + (char) ('A' + i),
          i % 2 == 0 ? "partner" + i + "@firm.example" : null,
          true,
          List.of("Audit " + i, "Fiscalité", "Droit des sociétés"));
    }

    Counted<List<Candidate>> large = counted(this::candidates);

    assertEquals(1, small.result().size());
    assertEquals(36, large.result().size());
    assertEquals(
        35,
        large.result().stream().filter(c -> c.skills().size() >= 3).count(),
        "every member and partner but the requester with its skills");
    assertTrue(large.statements() <= DIRECTORY_BOUND, large.sql().toString());
    assertTrue(onlyReads(large.sql()), large.sql().toString());
    assertEquals(small.statements(), large.statements(), large.sql().toString());
    report("statements per network directory", large.statements());
  }

  private List<Candidate> candidates(UnitOfWork unit) {
    JpaNetworkDirectory directory = unit.adapter(JpaNetworkDirectory.class);
    directory.clock = clock;
    List<Candidate> all = new ArrayList<>();
    directory.candidates().forEach(all::add);
    return all;
  }
}
