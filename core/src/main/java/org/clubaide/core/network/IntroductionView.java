package org.clubaide.core.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.request.RequestId;

/**
 * What one party sees of an introduction (R-NET-3): their side, their own context (the requester
 * their request, the helper the call they answered), where things stand for them and their own
 * consent. Nothing about the other party: not who they are, not whether they already agreed, and
 * after a refusal only that the introduction is not possible, whoever refused.
 *
 * @param id the introduction
 * @param proposedAt when the Service proposed it
 * @param yourSide requester or helper
 * @param yourRequest the request, for the requester only
 * @param yourCall the call answered, for the helper only
 * @param outcome where things stand for the viewer
 * @param yourConsent the viewer's own consent, once given
 */
public record IntroductionView(
    IntroductionId id,
    Instant proposedAt,
    IntroductionSide yourSide,
    Optional<RequestId> yourRequest,
    Optional<CallId> yourCall,
    Outcome outcome,
    Optional<Consent> yourConsent) {

  /** Checks the arguments. */
  public IntroductionView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(proposedAt, "proposedAt");
    Objects.requireNonNull(yourSide, "yourSide");
    Objects.requireNonNull(yourRequest, "yourRequest");
    Objects.requireNonNull(yourCall, "yourCall");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(yourConsent, "yourConsent");
  }

  /** Where an introduction stands, as one party sees it. */
  public enum Outcome {
    /** The viewer has not answered yet; whether the other party did is not said. */
    AWAITING_YOUR_ANSWER,
    /** The viewer agreed; the other party has not answered yet. */
    AWAITING_THE_OTHER_SIDE,
    /** Both agreed: the other party's contact details are available. */
    AGREED,
    /** The introduction will not happen; who refused, if anyone, is not said. */
    NOT_POSSIBLE
  }
}
