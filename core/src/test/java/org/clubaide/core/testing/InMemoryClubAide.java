package org.clubaide.core.testing;

import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.terms.TermsCatalogue;

/**
 * The core use cases wired to in-memory adapters and a mutable clock starting at {@link
 * MutableClock#atServiceStart()}. One per test, so that tests share nothing.
 */
public final class InMemoryClubAide {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryMemberRepository members = new InMemoryMemberRepository();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryHelpRequestRepository requests = new InMemoryHelpRequestRepository();
  private final InMemoryQuoteRepository quotes = new InMemoryQuoteRepository();
  private final RecordingHelpersNotifier helpers = new RecordingHelpersNotifier();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final TermsCatalogue terms;
  private final RegistrationService registration;
  private final HelpRequestService helpRequests;
  private final ParticipationService participation;
  private final EndParticipation endParticipation;
  private final PrivacyService privacy;

  private InMemoryClubAide(TermsCatalogue terms) {
    this.terms = terms;
    this.registration = new RegistrationService(members, accounts, terms, hasher, clock);
    this.helpRequests =
        new HelpRequestService(
            requests,
            members,
            terms,
            clock,
            DomainEvents.none(),
            request ->
                quotes.byRequest(request).stream()
                    .anyMatch(q -> q.status(clock) == QuoteStatus.ACCEPTED));
    this.participation = new ParticipationService(members, terms, clock);
    this.endParticipation = new EndParticipation(members, requests, helpers, clock);
    this.privacy =
        new PrivacyService(
            members, requests, quotes, accounts::closeAccountsOf, endParticipation, clock);
  }

  /** With only the seed terms published. */
  public static InMemoryClubAide withSeedTerms() {
    return new InMemoryClubAide(FixedTermsCatalogue.seed());
  }

  /** With these terms published. */
  public static InMemoryClubAide withTerms(TermsCatalogue terms) {
    return new InMemoryClubAide(terms);
  }

  /** Registers a member who accepts the terms current today, and returns them logged in. */
  public Actor registerMember(String email) {
    MemberId id =
        registration.register(
            Members.aRegistration()
                .email(email)
                .termsVersion(terms.currentOn(clock.today()).label())
                .build());
    return Actor.member(email, id);
  }

  /** The member raises a request on the web with the default fixture. */
  public RequestId submitFor(Actor member) {
    return helpRequests.submit(member, HelpRequests.aSubmission(clock.today()).build());
  }

  public MutableClock clock() {
    return clock;
  }

  public InMemoryMemberRepository members() {
    return members;
  }

  public InMemoryAccountRepository accounts() {
    return accounts;
  }

  public InMemoryHelpRequestRepository requests() {
    return requests;
  }

  public FakePasswordHasher hasher() {
    return hasher;
  }

  public TermsCatalogue terms() {
    return terms;
  }

  public RegistrationService registration() {
    return registration;
  }

  public HelpRequestService helpRequests() {
    return helpRequests;
  }

  public InMemoryQuoteRepository quotes() {
    return quotes;
  }

  /** The requests the use cases told helpers about, in order. */
  public RecordingHelpersNotifier helpers() {
    return helpers;
  }

  public ParticipationService participation() {
    return participation;
  }

  public EndParticipation endParticipation() {
    return endParticipation;
  }

  public PrivacyService privacy() {
    return privacy;
  }

  /** The member as stored now. */
  public Member member(Actor actor) {
    return members.findById(actor.requireMember()).orElseThrow();
  }
}
