package org.clubaide.core.network;

import java.time.Instant;
import java.util.Objects;
import org.clubaide.core.request.SimpleSolution;

/**
 * A recipient's answer to a call for help (R-NET-4): a simple solution, which is free (R-SOL-1),
 * the intention to offer an accompaniment, to be followed by a quote (R-SOL-2, R-SOL-3), or a
 * refusal. Each recipient answers once.
 */
public sealed interface CallAnswer {

  /** Who answered. */
  Participant recipient();

  /** The login that typed the answer. */
  String answeredBy();

  /** When. */
  Instant answeredAt();

  /** Whether the answer offers help (anything but a refusal). */
  boolean offersHelp();

  /**
   * A simple, free solution.
   *
   * @param recipient who answered
   * @param solution the solution
   */
  record SimpleSolutionOffer(Participant recipient, SimpleSolution solution) implements CallAnswer {

    /** Checks the arguments. */
    public SimpleSolutionOffer {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(solution, "solution");
    }

    @Override
    public String answeredBy() {
      return solution.proposedBy();
    }

    @Override
    public Instant answeredAt() {
      return solution.proposedAt();
    }

    @Override
    public boolean offersHelp() {
      return true;
    }
  }

  /**
   * The intention to offer an accompaniment; the price comes later, in a quote.
   *
   * @param recipient who answered
   * @param outline what the accompaniment would be
   * @param answeredBy the login that typed it
   * @param answeredAt when
   */
  record AccompanimentOffer(
      Participant recipient, String outline, String answeredBy, Instant answeredAt)
      implements CallAnswer {

    /** Checks the arguments. */
    public AccompanimentOffer {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(outline, "outline");
      Objects.requireNonNull(answeredBy, "answeredBy");
      Objects.requireNonNull(answeredAt, "answeredAt");
    }

    @Override
    public boolean offersHelp() {
      return true;
    }
  }

  /**
   * The recipient cannot help this time; no reason is asked.
   *
   * @param recipient who answered
   * @param answeredBy the login that typed it
   * @param answeredAt when
   */
  record Declined(Participant recipient, String answeredBy, Instant answeredAt)
      implements CallAnswer {

    /** Checks the arguments. */
    public Declined {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(answeredBy, "answeredBy");
      Objects.requireNonNull(answeredAt, "answeredAt");
    }

    @Override
    public boolean offersHelp() {
      return false;
    }
  }
}
