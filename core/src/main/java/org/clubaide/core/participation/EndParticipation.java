package org.clubaide.core.participation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.shared.NotFoundException;

/**
 * Use case: a member ends their participation, at any time and without giving a reason (R-MEM-6).
 * The member, or the Service told by e-mail or telephone, may do it; the current terms need not be
 * accepted, since leaving is always possible. Every open request of the member is withdrawn with
 * {@link WithdrawalReason#PARTICIPATION_ENDED}, and everyone working on it is told at once through
 * the {@link HelpersNotifier} (R-REQ-8). A declined request's screen offers this use case
 * (R-REQ-5). Callers run each method in a transaction.
 */
public final class EndParticipation {

  private final MemberRepository members;
  private final HelpRequestRepository requests;
  private final HelpersNotifier helpers;
  private final Clock clock;
  private final DomainEvents events;

  /**
   * Wires the use case to its ports and to the clock that tells the Service's time; it publishes no
   * events (for embedders who need no notifications).
   */
  public EndParticipation(
      MemberRepository members,
      HelpRequestRepository requests,
      HelpersNotifier helpers,
      Clock clock) {
    this(members, requests, helpers, clock, DomainEvents.none());
  }

  /**
   * Wires the use case to its ports, the clock, and where it publishes the withdrawals' events in
   * the same transaction, so that the Service and the helpers hear of them (R-REQ-8).
   */
  public EndParticipation(
      MemberRepository members,
      HelpRequestRepository requests,
      HelpersNotifier helpers,
      Clock clock,
      DomainEvents events) {
    this.events = Objects.requireNonNull(events, "events");
    this.members = Objects.requireNonNull(members, "members");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.helpers = Objects.requireNonNull(helpers, "helpers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Ends the member's participation and withdraws their open requests (R-MEM-6).
   *
   * @return when it ended and which requests were withdrawn
   * @throws AccessDeniedException when the actor is neither the member nor the Service
   * @throws org.clubaide.core.member.MembershipTransitionException when it had already ended
   */
  public EndedParticipation end(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "end this participation");
    Member member = load(memberId);
    member.endParticipation(actor.login(), clock.instant());
    members.save(member);
    List<RequestId> withdrawn = withdraw(actor, memberId);
    return new EndedParticipation(memberId, member.endedAt().orElseThrow(), withdrawn);
  }

  /**
   * Withdraws the open requests of a member whose participation has already ended, for example a
   * request an agent recorded afterwards, and tells their helpers (R-MEM-6, R-REQ-8).
   *
   * @return the requests withdrawn, newest first; empty when none was open
   * @throws AccessDeniedException when the actor is neither the member nor the Service, or the
   *     participation has not ended
   */
  public List<RequestId> withdrawLeftOpenRequests(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "withdraw this member's requests");
    if (!load(memberId).hasEnded()) {
      throw new AccessDeniedException(
          "The participation is running: end it to withdraw every open request at once.");
    }
    return withdraw(actor, memberId);
  }

  private List<RequestId> withdraw(Actor actor, MemberId memberId) {
    List<RequestId> withdrawn = new ArrayList<>();
    for (RequestSummary summary : requests.byRequester(memberId, Integer.MAX_VALUE)) {
      if (!summary.status().isOpen()) {
        continue;
      }
      HelpRequest request =
          requests
              .findById(summary.id())
              .orElseThrow(() -> new NotFoundException("Help request", summary.id()));
      request.withdraw(actor, WithdrawalReason.PARTICIPATION_ENDED, clock);
      requests.save(request);
      events.publish(List.copyOf(request.newEvents()));
      helpers.requestStopped(request.id());
      withdrawn.add(request.id());
    }
    return List.copyOf(withdrawn);
  }

  private static void authorise(Actor actor, MemberId memberId, String action) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(memberId, "memberId");
    if (!actor.is(memberId) && !actor.isService()) {
      throw new AccessDeniedException("Only the member or the central Service can " + action + ".");
    }
  }

  private Member load(MemberId id) {
    return members.findById(id).orElseThrow(() -> new NotFoundException("Member", id));
  }
}
