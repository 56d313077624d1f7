package org.clubaide.core.quote;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.shared.NotFoundException;

/**
 * Use cases on quotes, one method per thing a provider, a member or an agent does. Each checks who
 * may do it (R-PRV-3) before the aggregate checks the rule. Callers run each method in a
 * transaction; accepting a quote saves several quotes, which must commit together.
 *
 * <p>Who may do what:
 *
 * <ul>
 *   <li>Make a quote: the Service (an agent or an administrator) in its own name, or recording an
 *       offer received by e-mail or phone on a provider's behalf; a member or a partner in their
 *       own name; a partner is named by its login. The member who raised the request never quotes
 *       on it. Calls for help (R-NET-1) are not visible to this package: a member or a partner can
 *       quote on any existing request whose identifier they were given, which happens through a
 *       call.
 *   <li>List and compare a request's quotes: its requester and the Service. Anyone else is told the
 *       request does not exist, so that identifiers cannot be probed.
 *   <li>Accept or decline a quote: the requester only. The Service may read but not decide for the
 *       member, since the contract binds the member (R-SOL-5).
 * </ul>
 *
 * <p>A request has at most one accepted quote. Once it has one, no quote can be made on it any
 * more, since it could never be taken. Accepting one declines the other quotes of the request that
 * are still open, with {@link DeclineCause#ANOTHER_QUOTE_ACCEPTED}, so that their providers learn
 * it at once; expired ones are left as they are. Because those quotes are saved too, two
 * acceptances racing on the same request collide on optimistic locking and one fails.
 */
public final class QuoteService {

  private final QuoteRepository quotes;
  private final RequestOwnership requests;
  private final Clock clock;
  private final DomainEvents events;

  /**
   * Wires the use cases to their ports and to the clock that tells the Service's time; they
   * publish no events (for embedders who need no notifications).
   *
   * @param quotes where quotes are kept
   * @param requests who raised which request
   * @param clock the Service's clock; its zone tells which day it is
   */
  public QuoteService(QuoteRepository quotes, RequestOwnership requests, Clock clock) {
    this(quotes, requests, clock, DomainEvents.none());
  }

  /**
   * Wires the use cases to their ports, the clock, and where they publish each change's events in
   * the change's transaction (quote received, accepted, declined).
   *
   * @param quotes where quotes are kept
   * @param requests who raised which request
   * @param clock the Service's clock; its zone tells which day it is
   * @param events where the events of each change are published
   */
  public QuoteService(
      QuoteRepository quotes, RequestOwnership requests, Clock clock, DomainEvents events) {
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * Makes a quote on a request (R-SOL-2, R-SOL-3, R-SOL-6). The provider is the actor, unless an
   * agent records the offer on a provider's behalf.
   *
   * @return the new quote's identifier
   * @throws AccessDeniedException when the actor may not quote, or records on a provider's behalf
   *     without speaking for the Service
   * @throws NotFoundException when the request does not exist
   * @throws ConflictException when a quote of the request is already accepted (R-SOL-4)
   * @throws org.clubaide.core.shared.RuleViolationException when the provider is the requester or
   *     an input breaks a rule
   */
  public QuoteId propose(Actor actor, ProposeQuote command) {
    Objects.requireNonNull(command, "command");
    Provider provider = providerFor(actor, command.onBehalfOf());
    MemberId requester =
        requests
            .requesterOf(command.requestId())
            .orElseThrow(() -> new NotFoundException("Help request", command.requestId()));
    QuotePolicy.providerIsNotRequester(provider, requester);
    if (hasAcceptedQuote(command.requestId())) {
      throw new ConflictException(
          "R-SOL-4",
          "The member has already accepted a quote on this request; no other quote can be taken.");
    }
    Quote quote =
        Quote.propose(
            command.requestId(),
            provider,
            actor,
            command.title(),
            command.scope(),
            command.usualPrice(),
            command.memberPrice(),
            command.duration(),
            command.validUntil(),
            clock);
    save(quote);
    return quote.id();
  }

  /**
   * The quotes of a request, oldest first, for its requester or the Service (R-SOL-4, R-PRV-3).
   *
   * @throws NotFoundException for anyone else, or when the request does not exist
   */
  public List<Quote> list(Actor actor, RequestId requestId) {
    requireRequesterOrService(actor, requestId);
    return quotes.byRequest(requestId);
  }

  /**
   * One quote, for the requester of its request or the Service (R-SOL-4, R-PRV-3); the provider
   * reads it through the Service.
   *
   * @throws NotFoundException for anyone else, or when the quote does not exist
   */
  public Quote view(Actor actor, QuoteId quoteId) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(quoteId, "quoteId");
    Quote quote =
        quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
    Optional<MemberId> requester = requests.requesterOf(quote.requestId());
    if (requester.isEmpty() || !(actor.isService() || actor.is(requester.get()))) {
      throw new NotFoundException("Quote", quoteId);
    }
    return quote;
  }

  /**
   * The quotes of a request side by side, as of today, for its requester or the Service (R-SOL-4).
   *
   * @throws NotFoundException for anyone else, or when the request does not exist
   */
  public QuoteComparison compare(Actor actor, RequestId requestId) {
    requireRequesterOrService(actor, requestId);
    return QuoteComparison.of(requestId, quotes.byRequest(requestId), clock);
  }

  /**
   * The requester accepts a quote after confirming the intermediary notice (R-SOL-5), while it is
   * valid (R-SOL-6); the other open quotes of the request are declined (R-SOL-4).
   *
   * @throws NotFoundException when the quote does not exist or the actor is not its requester nor
   *     the Service
   * @throws AccessDeniedException when the Service tries to accept for the member
   * @throws ConflictException when another quote of the request is already accepted
   */
  public void accept(Actor actor, AcceptQuote command) {
    Objects.requireNonNull(command, "command");
    Quote quote = decidableBy(actor, command.quoteId(), "accept");
    List<Quote> others =
        quotes.byRequest(quote.requestId()).stream()
            .filter(other -> !other.id().equals(quote.id()))
            .toList();
    if (others.stream().anyMatch(QuoteService::isAccepted)) {
      throw new ConflictException(
          "R-SOL-4",
          "Another quote of this request is already accepted; a request has one accepted quote"
              + " at most.");
    }
    quote.accept(actor, command.acknowledgement(), clock);
    List<Quote> stillOpen =
        others.stream().filter(other -> other.status(clock) == QuoteStatus.PROPOSED).toList();
    stillOpen.forEach(other -> other.closeBecauseAnotherWasAccepted(actor, clock));
    save(quote);
    stillOpen.forEach(this::save);
  }

  /**
   * The requester declines a quote, with an optional note for the provider (R-SOL-4).
   *
   * @throws NotFoundException when the quote does not exist or the actor is not its requester nor
   *     the Service
   * @throws AccessDeniedException when the Service tries to decline for the member
   */
  public void decline(Actor actor, QuoteId quoteId, String note) {
    Quote quote = decidableBy(actor, quoteId, "decline");
    quote.decline(actor, note, clock);
    save(quote);
  }

  /** Saves the quote, then publishes its new events in the same transaction. */
  private void save(Quote quote) {
    quotes.save(quote);
    events.publish(List.copyOf(quote.newEvents()));
  }

  private boolean hasAcceptedQuote(RequestId requestId) {
    return quotes.byRequest(requestId).stream().anyMatch(QuoteService::isAccepted);
  }

  private static boolean isAccepted(Quote quote) {
    return quote.acceptance().isPresent();
  }

  private static Provider providerFor(Actor actor, Optional<Provider> onBehalfOf) {
    Objects.requireNonNull(actor, "actor");
    if (onBehalfOf.isPresent()) {
      actor.requireService("record a quote on a provider's behalf");
      return onBehalfOf.get();
    }
    if (actor.isService()) {
      return Provider.service();
    }
    if (actor.member().isPresent()) {
      return Provider.member(actor.member().get());
    }
    if (actor.has(Role.PARTNER)) {
      return Provider.partner(actor.login());
    }
    throw new AccessDeniedException(
        "Only the Service, a member or a partner of the network can make a quote.");
  }

  private void requireRequesterOrService(Actor actor, RequestId requestId) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(requestId, "requestId");
    Optional<MemberId> requester = requests.requesterOf(requestId);
    if (requester.isEmpty() || !(actor.isService() || actor.is(requester.get()))) {
      // Another member's request, or a provider's: answer as if it did not exist.
      throw new NotFoundException("Help request", requestId);
    }
  }

  private Quote decidableBy(Actor actor, QuoteId quoteId, String verb) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(quoteId, "quoteId");
    Quote quote =
        quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
    Optional<MemberId> requester = requests.requesterOf(quote.requestId());
    if (requester.isPresent() && actor.is(requester.get())) {
      return quote;
    }
    if (requester.isPresent() && actor.isService()) {
      throw new AccessDeniedException(
          "Only the member who raised the request can " + verb + " its quotes.");
    }
    throw new NotFoundException("Quote", quoteId);
  }
}
