package org.clubaide.core.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/**
 * Publishing a new version of the terms (R-MEM-2): a label, the day it comes into force (today or
 * later, after the version in force) and its text. From that day, every member must accept it at
 * their next login; until they do, they read their own data only.
 */
public final class TermsPublication {

  /** The most characters of a version's text. */
  public static final int TEXT_MAX = 60_000;

  private final TermsCatalogue catalogue;
  private final TermsPublisher publisher;
  private final Clock clock;

  /** Wires the use case to the catalogue, where versions are published, and the clock. */
  public TermsPublication(TermsCatalogue catalogue, TermsPublisher publisher, Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Publishes a new version.
   *
   * @return the version published
   * @throws AccessDeniedException unless the actor is an administrator
   * @throws RuleViolationException {@code R-MEM-2} for a missing label or text, or a date in the
   *     past or not after every published version's
   * @throws ConflictException when the label is already used
   */
  public TermsVersion publish(Actor actor, String label, LocalDate validFrom, String text) {
    requireAdministrator(actor, "publish a terms version");
    RuleViolationException.require(
        validFrom != null, "R-MEM-2", "validFrom", "Give the day the version comes into force.");
    RuleViolationException.require(
        !validFrom.isBefore(LocalDate.now(clock)),
        "R-MEM-2",
        "validFrom",
        "A new version comes into force today or later, never in the past.");
    TermsVersion version = new TermsVersion(label, validFrom);
    String body = RuleViolationException.requireText(text, TEXT_MAX, "R-MEM-2", "text", "The text");
    List<TermsVersion> published = catalogue.all();
    if (published.stream().anyMatch(v -> v.label().equals(version.label()))) {
      throw new ConflictException("R-MEM-2", "A version with this label is already published.");
    }
    RuleViolationException.require(
        published.stream().allMatch(v -> v.validFrom().isBefore(validFrom)),
        "R-MEM-2",
        "validFrom",
        "A new version comes into force after every published version.");
    publisher.publish(version, body);
    return version;
  }

  /** Every published version, oldest first; anyone may read them. */
  public List<TermsVersion> history() {
    return catalogue.all();
  }

  /** The text recorded with a version, if any. */
  public Optional<String> textOf(String label) {
    return publisher.textOf(label);
  }

  static void requireAdministrator(Actor actor, String action) {
    Objects.requireNonNull(actor, "actor");
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only an administrator can " + action + ".");
    }
  }
}
