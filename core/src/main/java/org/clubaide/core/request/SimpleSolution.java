package org.clubaide.core.request;

import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.RuleViolationException;

/**
 * A simple solution: a free document, advice, information, an organisation technique, information
 * on software, a book, a source. Always free, whoever proposes it (R-SOL-1).
 *
 * @param id the identifier
 * @param title a short title
 * @param content the solution itself (text, a reference, a link)
 * @param proposedBy the login of who proposed it
 * @param proposedAt when
 */
public record SimpleSolution(
    SolutionId id, String title, String content, String proposedBy, Instant proposedAt) {

  /** The most characters of a title. */
  public static final int TITLE_MAX = 200;

  /** The most characters of the content. */
  public static final int CONTENT_MAX = 4000;

  /** Checks and trims the arguments. */
  public SimpleSolution {
    Objects.requireNonNull(id, "id");
    title = requireText(title, TITLE_MAX, "R-SOL-1", "title", "The title of the solution");
    content = requireText(content, CONTENT_MAX, "R-SOL-1", "content", "The solution");
    Objects.requireNonNull(proposedBy, "proposedBy");
    Objects.requireNonNull(proposedAt, "proposedAt");
  }

  /**
   * Offers a simple solution. A price, if one is given, must be zero: a simple solution is always
   * free (R-SOL-1); paid help goes through a quote for an accompaniment instead (R-SOL-2).
   */
  public static SimpleSolution offer(
      String title, String content, Optional<Money> price, String proposedBy, Instant at) {
    price.ifPresent(
        p ->
            RuleViolationException.require(
                p.isZero(),
                "R-SOL-1",
                "price",
                "A simple solution is always free: remove the price ("
                    + p
                    + "), or make a quote for an accompaniment instead."));
    return new SimpleSolution(SolutionId.newId(), title, content, proposedBy, at);
  }
}
