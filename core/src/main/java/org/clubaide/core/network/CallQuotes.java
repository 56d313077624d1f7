package org.clubaide.core.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Quotes made through a call for help (R-NET-4, R-SOL-2): a member or partner who received a call
 * and offered an accompaniment follows it with a quote. The recipient never learns which request the
 * call is about (R-NET-2), so the quote names the call and this use case finds the request; the
 * quote itself is made by {@link QuoteService}, which checks the prices and dates (R-SOL-3, R-SOL-6)
 * and that the provider is not the requester.
 *
 * <p>Only a recipient of the call may quote through it, and only while the call is open, their
 * participation active and the current terms accepted (R-MEM-2); anyone else is told the call does
 * not exist. Callers run each method in a transaction.
 */
public final class CallQuotes {

  private final CallForHelpRepository calls;
  private final NetworkDirectory directory;
  private final QuoteService quoteService;
  private final QuoteRepository quotes;

  /** Wires the use case to the calls, the directory and the quotes. */
  public CallQuotes(
      CallForHelpRepository calls,
      NetworkDirectory directory,
      QuoteService quoteService,
      QuoteRepository quotes) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.quoteService = Objects.requireNonNull(quoteService, "quoteService");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
  }

  /**
   * The recipient acting, who offered an accompaniment in answer to the call, quotes it in their own
   * name.
   *
   * @return the new quote's identifier
   * @throws NotFoundException when the actor did not receive the call, or it does not exist
   * @throws IllegalTransitionException when the call is closed
   * @throws RuleViolationException {@code R-NET-4} when the recipient did not offer an accompaniment
   * @throws AccessDeniedException when the recipient's participation is not active or the current
   *     terms are not accepted
   */
  public QuoteId propose(
      Actor actor,
      CallId callId,
      String title,
      String scope,
      Money usualPrice,
      Money memberPrice,
      EngagementDuration duration,
      LocalDate validUntil) {
    CallForHelp call = load(callId);
    Participant me = recipientOf(actor, call);
    if (call.status() != CallStatus.OPEN) {
      throw new IllegalTransitionException(
          "R-NET-4", "a call for help", call.status().name(), "quote through");
    }
    RuleViolationException.require(
        call.answerOf(me).filter(CallAnswer.AccompanimentOffer.class::isInstance).isPresent(),
        "R-NET-4",
        "outline",
        "Offer an accompaniment in answer to the call before sending its quote.");
    Optional<Candidate> candidate = directory.find(me);
    if (candidate.isEmpty() || !candidate.get().active() || !candidate.get().acceptedCurrentTerms()) {
      throw new AccessDeniedException(
          "An active participation and the current terms are needed to act in the network; until"
              + " then you can read your own data only.");
    }
    return quoteService.propose(
        actor,
        ProposeQuote.inOwnName(
            call.requestId(), title, scope, usualPrice, memberPrice, duration, validUntil));
  }

  /**
   * The quotes the recipient acting made through the call, oldest first, with their status: a
   * provider learns whether the member accepted or declined, never anything about other quotes.
   *
   * @throws NotFoundException when the actor did not receive the call, or it does not exist
   */
  public List<Quote> mine(Actor actor, CallId callId) {
    CallForHelp call = load(callId);
    recipientOf(actor, call);
    return quotes.byRequest(call.requestId()).stream().filter(q -> isBy(actor, q)).toList();
  }

  private static boolean isBy(Actor actor, Quote quote) {
    Provider provider = quote.provider();
    if (actor.member().isPresent()) {
      return provider.is(actor.member().get());
    }
    return provider.kind() == ProviderKind.PARTNER
        && provider.partner().filter(actor.login()::equals).isPresent();
  }

  private Participant recipientOf(Actor actor, CallForHelp call) {
    Objects.requireNonNull(actor, "actor");
    Optional<Participant> me = Optional.empty();
    if (actor.member().isPresent()) {
      me = Optional.of(Participant.member(actor.member().get()));
    } else if (actor.has(Role.PARTNER)) {
      me = directory.partnerFor(actor.login()).map(Participant::partner);
    }
    return me.filter(call::isRecipient)
        .orElseThrow(() -> new NotFoundException("Call for help", call.id()));
  }

  private CallForHelp load(CallId id) {
    Objects.requireNonNull(id, "callId");
    return calls.findById(id).orElseThrow(() -> new NotFoundException("Call for help", id));
  }
}
