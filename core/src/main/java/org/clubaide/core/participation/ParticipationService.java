package org.clubaide.core.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/**
 * Use cases of taking part in the club, one method per thing a member (or the Service on their
 * behalf) does: accept a new terms version at login (R-MEM-2), describe what they offer to the
 * network (R-MEM-3), see and renew their participation (R-MEM-7). Each checks who may do it first
 * (R-PRV-3): the member themselves or the central Service, never another member.
 *
 * <p>A member who has not accepted the current terms reads their own data but cannot describe a
 * profile or renew until they accept (R-MEM-2); the Service acting on their behalf is not held by
 * that. Ending a participation is {@link EndParticipation}. Callers run each method in a
 * transaction; time comes from the injected clock.
 */
public final class ParticipationService {

  private final MemberRepository members;
  private final TermsCatalogue terms;
  private final Clock clock;
  private final Period period;

  /**
   * Wires the use cases with the default participation period of {@link
   * Member#DEFAULT_PARTICIPATION_PERIOD twelve months}.
   */
  public ParticipationService(MemberRepository members, TermsCatalogue terms, Clock clock) {
    this(members, terms, clock, Member.DEFAULT_PARTICIPATION_PERIOD);
  }

  /**
   * Wires the use cases with the participation period the deployment chose (R-MEM-7); it must be
   * the one registration uses.
   */
  public ParticipationService(
      MemberRepository members, TermsCatalogue terms, Clock clock, Period period) {
    this.members = Objects.requireNonNull(members, "members");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.period = Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("A participation period is positive");
    }
  }

  /**
   * The terms version the member acting must accept before going further, asked at each login
   * (R-MEM-2): the version in force today when they have not accepted it; empty when they have, and
   * for anyone who is not a member.
   */
  public Optional<TermsVersion> termsToAccept(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.member().isEmpty()) {
      return Optional.empty();
    }
    TermsVersion current = currentTerms();
    Member member = load(actor.member().get());
    return member.mustAccept(current) ? Optional.of(current) : Optional.empty();
  }

  /**
   * The member acting accepts the version in force today on the web (R-MEM-2). Accepting it again
   * changes nothing.
   *
   * @param shownVersion the label of the version shown to the member; it must still be the current
   *     one, so that nobody accepts a text they did not read
   * @return the version accepted
   */
  public TermsVersion acceptCurrentTerms(Actor actor, String shownVersion) {
    MemberId memberId = actor.requireMember();
    TermsVersion current = currentTerms();
    RuleViolationException.require(
        current.label().equals(shownVersion),
        "R-MEM-2",
        "termsVersion",
        "The terms accepted (\""
            + shownVersion
            + "\") are not the current version "
            + current.label()
            + ": read and accept the current version.");
    change(memberId, m -> m.acceptTerms(current, Channel.WEB, actor.login(), clock.instant()));
    return current;
  }

  /**
   * The Service records a member's acceptance of the current terms received in writing by e-mail
   * (R-MEM-2); the channel is kept.
   *
   * @return the version accepted
   */
  public TermsVersion recordTermsAcceptance(Actor actor, MemberId memberId) {
    actor.requireService("record a member's acceptance of the terms");
    TermsVersion current = currentTerms();
    change(memberId, m -> m.acceptTerms(current, Channel.EMAIL, actor.login(), clock.instant()));
    return current;
  }

  /**
   * The member (or the Service on their behalf) says what skills, hobbies and particularities they
   * bring and whether they offer them to the network (R-MEM-3).
   *
   * @return whether anything changed
   */
  public boolean describe(Actor actor, MemberId memberId, Profile profile) {
    authorise(actor, memberId, "describe this member's profile");
    Member member = load(memberId);
    requireCurrentTermsUnlessService(actor, member);
    boolean changed = member.describe(profile, actor.login(), clock.instant());
    members.save(member);
    return changed;
  }

  /** Where the member's participation stands: status, end date, renewal date (R-MEM-7). */
  public Participation participation(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "see this participation");
    return viewOf(load(memberId));
  }

  /**
   * The member (or the Service on their behalf) renews the participation for one more period
   * (R-MEM-7). Renewal is free, like the whole base service (R-MEM-8).
   *
   * @return the participation after the renewal
   */
  public Participation renew(Actor actor, MemberId memberId) {
    authorise(actor, memberId, "renew this participation");
    Member member = load(memberId);
    requireCurrentTermsUnlessService(actor, member);
    member.renew(period, actor.login(), clock);
    members.save(member);
    return viewOf(member);
  }

  private Participation viewOf(Member member) {
    ParticipationStatus status = member.participationStatus(clock);
    Optional<LocalDate> renewableFrom =
        status == ParticipationStatus.ENDED
            ? Optional.empty()
            : Optional.of(member.participationEndsOn().minus(period));
    return new Participation(
        member.id(), status, member.participationEndsOn(), renewableFrom, member.endedAt());
  }

  private void change(MemberId memberId, Consumer<Member> verb) {
    Member member = load(memberId);
    verb.accept(member);
    members.save(member);
  }

  private void requireCurrentTermsUnlessService(Actor actor, Member member) {
    TermsVersion current = currentTerms();
    if (!actor.isService() && member.mustAccept(current)) {
      throw new AccessDeniedException(
          "Accept the current terms (version "
              + current.label()
              + ") before acting; until then you can read your own data only.");
    }
  }

  private TermsVersion currentTerms() {
    return terms.currentOn(LocalDate.now(clock));
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
