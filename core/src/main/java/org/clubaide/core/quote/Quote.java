package org.clubaide.core.quote;

import static org.clubaide.core.shared.RuleViolationException.require;
import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.QuoteStatus.Action;
import org.clubaide.core.request.RequestId;

/**
 * An offer for a long-term accompaniment, expert or legal work on a help request (R-SOL-2): what
 * would be done, by whom, for how long, at the usual price and at the member's preferential price
 * (R-SOL-3), valid until a date (R-SOL-6). The member accepts it after confirming that the contract
 * binds them and the provider only (R-SOL-5), or declines it.
 *
 * <p>Every change goes through a verb that checks its rule and appends a {@link QuoteEvent}.
 * Authorisation (who may call which verb) is the use case's job; the aggregate records who acted.
 * Whether a quote has expired is derived from the clock on every read and never stored.
 */
public final class Quote {

  /** The most characters of a title. */
  public static final int TITLE_MAX = 120;

  /** The most characters of the scope: what the accompaniment covers. */
  public static final int SCOPE_MAX = 4000;

  /** The most characters of the member's note when declining. */
  public static final int NOTE_MAX = 1000;

  private final QuoteId id;
  private final RequestId requestId;
  private final Provider provider;
  private final String proposedBy;
  private final String title;
  private final String scope;
  private final Money usualPrice;
  private final Money memberPrice;
  private final Saving saving;
  private final EngagementDuration duration;
  private final LocalDate validUntil;
  private final Instant proposedAt;
  private QuoteStatus status;
  private Acceptance acceptance;
  private final List<QuoteEvent> events;
  private final int storedEvents;
  private final long version;

  private Quote(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.requestId = Objects.requireNonNull(s.requestId(), "requestId");
    this.provider = Objects.requireNonNull(s.provider(), "provider");
    this.proposedBy = Objects.requireNonNull(s.proposedBy(), "proposedBy");
    this.title = Objects.requireNonNull(s.title(), "title");
    this.scope = Objects.requireNonNull(s.scope(), "scope");
    this.usualPrice = Objects.requireNonNull(s.usualPrice(), "usualPrice");
    this.memberPrice = Objects.requireNonNull(s.memberPrice(), "memberPrice");
    this.saving = Saving.between(usualPrice, memberPrice);
    this.duration = Objects.requireNonNull(s.duration(), "duration");
    this.validUntil = Objects.requireNonNull(s.validUntil(), "validUntil");
    this.proposedAt = Objects.requireNonNull(s.proposedAt(), "proposedAt");
    this.status = Objects.requireNonNull(s.status(), "status");
    if (status == QuoteStatus.EXPIRED) {
      throw new IllegalArgumentException("EXPIRED is derived from the clock and never stored");
    }
    if ((status == QuoteStatus.ACCEPTED) != (s.acceptance() != null)) {
      throw new IllegalArgumentException("An acceptance is stored with, and only with, ACCEPTED");
    }
    this.acceptance = s.acceptance();
    this.events = new ArrayList<>(s.events());
    this.storedEvents = this.events.size();
    this.version = s.version();
  }

  /**
   * Makes a quote on a request (R-SOL-2): a title and the scope of the accompaniment, the usual
   * price and a lower member price in the same currency (R-SOL-3), the duration, and the last day
   * on which it can be accepted, today or later (R-SOL-6).
   *
   * @param requestId the request the quote answers
   * @param provider who would provide the accompaniment and be the member's contract party
   * @param proposedBy who typed the quote: the provider, or an agent on the provider's behalf
   * @param validUntil the last day on which the member can accept, inclusive
   * @param clock the Service's clock, whose zone tells which day it is
   * @throws org.clubaide.core.shared.RuleViolationException when an input breaks a rule
   */
  public static Quote propose(
      RequestId requestId,
      Provider provider,
      Actor proposedBy,
      String title,
      String scope,
      Money usualPrice,
      Money memberPrice,
      EngagementDuration duration,
      LocalDate validUntil,
      Clock clock) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(proposedBy, "proposedBy");
    String checkedTitle = requireText(title, TITLE_MAX, "R-SOL-2", "title", "The title");
    String checkedScope =
        requireText(scope, SCOPE_MAX, "R-SOL-2", "scope", "The scope of the accompaniment");
    QuotePolicy.preferentialPriceBelowUsual(usualPrice, memberPrice);
    require(duration != null, "R-SOL-2", "duration", "Give the duration of the accompaniment.");
    require(
        validUntil != null,
        "R-SOL-6",
        "validUntil",
        "Give the last day on which the quote can be accepted.");
    require(
        !validUntil.isBefore(LocalDate.now(clock)),
        "R-SOL-6",
        "validUntil",
        "The validity date (" + validUntil + ") is in the past; choose today or a later day.");
    QuoteId id = QuoteId.newId();
    Instant now = clock.instant();
    Quote quote =
        new Quote(
            new Snapshot(
                id,
                requestId,
                provider,
                proposedBy.login(),
                checkedTitle,
                checkedScope,
                usualPrice,
                memberPrice,
                duration,
                validUntil,
                now,
                QuoteStatus.PROPOSED,
                null,
                List.of(),
                0));
    quote.record(
        new QuoteEvent.QuoteProposed(
            UUID.randomUUID(),
            id,
            requestId,
            now,
            proposedBy.login(),
            proposedBy.isService(),
            provider.kind(),
            usualPrice,
            memberPrice,
            validUntil));
    return quote;
  }

  /**
   * Rebuilds a quote from storage. The rules of the day of creation (a validity date not in the
   * past) are not checked again; the price rule is, since the saving is derived from the prices.
   */
  public static Quote restore(Snapshot snapshot) {
    return new Quote(snapshot);
  }

  /**
   * The member takes the offer. Refused when the quote is no longer proposed, when it has expired
   * (R-SOL-6), or when the member has not confirmed the current {@link IntermediaryNotice}
   * (R-SOL-5). The acceptance keeps the notice version and the time.
   *
   * @throws QuoteTransitionException when the quote is accepted or declined already
   * @throws org.clubaide.core.shared.RuleViolationException when expired or not acknowledged
   */
  public void accept(Actor member, Acknowledgement acknowledgement, Clock clock) {
    Objects.requireNonNull(member, "member");
    QuoteStatus current = status(clock);
    require(
        current != QuoteStatus.EXPIRED,
        "R-SOL-6",
        "validUntil",
        "This quote was valid until " + validUntil + " and has expired; ask for a new quote.");
    check(current, Action.ACCEPT);
    require(
        acknowledgement != null && acknowledgement.confirmed(),
        "R-SOL-5",
        "acknowledgement",
        "Before accepting, confirm that the contract is between you and the provider, and that"
            + " Le Club Aide is only an intermediary, not a party.");
    String shown = IntermediaryNotice.CURRENT.version();
    require(
        shown.equals(acknowledgement.noticeVersion()),
        "R-SOL-5",
        "noticeVersion",
        "The notice you confirmed (version "
            + acknowledgement.noticeVersion()
            + ") is not the current one ("
            + shown
            + "); read it again before accepting.");
    Instant now = clock.instant();
    status = QuoteStatus.ACCEPTED;
    acceptance = new Acceptance(shown, now, member.login());
    record(
        new QuoteEvent.QuoteAccepted(
            UUID.randomUUID(), id, requestId, now, member.login(), member.isService(), shown));
  }

  /**
   * The member says no to the offer, optionally with a note for the provider.
   *
   * @throws QuoteTransitionException when the quote is accepted, declined or expired
   */
  public void decline(Actor member, String note, Clock clock) {
    Objects.requireNonNull(member, "member");
    check(status(clock), Action.DECLINE);
    String text = note == null ? "" : note.strip();
    require(
        text.length() <= NOTE_MAX,
        "R-SOL-4",
        "note",
        "The note is limited to " + NOTE_MAX + " characters (" + text.length() + " given).");
    declined(member, DeclineCause.BY_MEMBER, text, clock);
  }

  /**
   * Closes this still open quote because the member accepted another quote of the same request; its
   * provider learns it from the event (R-SOL-4).
   */
  void closeBecauseAnotherWasAccepted(Actor member, Clock clock) {
    check(status(clock), Action.DECLINE);
    declined(member, DeclineCause.ANOTHER_QUOTE_ACCEPTED, "", clock);
  }

  private void declined(Actor member, DeclineCause cause, String note, Clock clock) {
    status = QuoteStatus.DECLINED;
    record(
        new QuoteEvent.QuoteDeclined(
            UUID.randomUUID(),
            id,
            requestId,
            clock.instant(),
            member.login(),
            member.isService(),
            cause,
            note));
  }

  /**
   * The status as of the clock's day: {@link QuoteStatus#EXPIRED} when still proposed after its
   * validity date, the stored status otherwise.
   */
  public QuoteStatus status(Clock clock) {
    return status == QuoteStatus.PROPOSED && isPastValidity(clock) ? QuoteStatus.EXPIRED : status;
  }

  /** Whether the quote is still proposed and its validity date has passed (R-SOL-6). */
  public boolean isExpired(Clock clock) {
    return status(clock) == QuoteStatus.EXPIRED;
  }

  private boolean isPastValidity(Clock clock) {
    return LocalDate.now(clock).isAfter(validUntil);
  }

  private static void check(QuoteStatus current, Action action) {
    if (!current.allows(action)) {
      throw new QuoteTransitionException(current, action);
    }
  }

  private void record(QuoteEvent event) {
    events.add(event);
  }

  /** The identifier. */
  public QuoteId id() {
    return id;
  }

  /** The request the quote answers. */
  public RequestId requestId() {
    return requestId;
  }

  /** Who would provide the accompaniment. */
  public Provider provider() {
    return provider;
  }

  /** The login of who typed the quote. */
  public String proposedBy() {
    return proposedBy;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** What the accompaniment covers. */
  public String scope() {
    return scope;
  }

  /** The price usually charged for this kind of service (R-SOL-3). */
  public Money usualPrice() {
    return usualPrice;
  }

  /** The member's preferential price, below the usual price (R-SOL-3). */
  public Money memberPrice() {
    return memberPrice;
  }

  /** The saving, amount and percent, derived from the two prices (R-SOL-3). */
  public Saving saving() {
    return saving;
  }

  /** How long the accompaniment runs. */
  public EngagementDuration duration() {
    return duration;
  }

  /** The last day on which the quote can be accepted, inclusive (R-SOL-6). */
  public LocalDate validUntil() {
    return validUntil;
  }

  /** When the quote was made. */
  public Instant proposedAt() {
    return proposedAt;
  }

  /** The record of the acceptance, once accepted (R-SOL-5). */
  public Optional<Acceptance> acceptance() {
    return Optional.ofNullable(acceptance);
  }

  /** Every event of the quote, oldest first. */
  public List<QuoteEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The events added since the quote was loaded or created, for adapters to append. */
  public List<QuoteEvent> newEvents() {
    return Collections.unmodifiableList(events.subList(storedEvents, events.size()));
  }

  /** The version read from storage, for optimistic locking; 0 for a new quote. */
  public long version() {
    return version;
  }

  /** Whether the quote was never saved. */
  public boolean isNew() {
    return storedEvents == 0;
  }

  /** The state of the quote, for adapters to store and restore. */
  public Snapshot snapshot() {
    return new Snapshot(
        id,
        requestId,
        provider,
        proposedBy,
        title,
        scope,
        usualPrice,
        memberPrice,
        duration,
        validUntil,
        proposedAt,
        status,
        acceptance,
        List.copyOf(events),
        version);
  }

  /**
   * The whole state of a quote, as adapters store it. The saving is not part of it: it is derived
   * from the two prices.
   *
   * @param id identifier
   * @param requestId the request answered
   * @param provider the provider
   * @param proposedBy login of who typed the quote
   * @param title title
   * @param scope scope of the accompaniment
   * @param usualPrice usual price
   * @param memberPrice member price
   * @param duration duration
   * @param validUntil last day of validity
   * @param proposedAt creation time
   * @param status stored status: PROPOSED, ACCEPTED or DECLINED, never EXPIRED
   * @param acceptance the acceptance, or {@code null} unless ACCEPTED
   * @param events events, oldest first
   * @param version optimistic-lock version
   */
  public record Snapshot(
      QuoteId id,
      RequestId requestId,
      Provider provider,
      String proposedBy,
      String title,
      String scope,
      Money usualPrice,
      Money memberPrice,
      EngagementDuration duration,
      LocalDate validUntil,
      Instant proposedAt,
      QuoteStatus status,
      Acceptance acceptance,
      List<QuoteEvent> events,
      long version) {}
}
