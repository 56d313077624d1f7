package org.clubaide.core.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.MemberId;

/**
 * Port: the dated rows the {@link DeadlineChecks} look for, each read in the order of its day then
 * identifier (as text) so that a check can stop and resume at a {@link ScanPosition}.
 */
public interface NotificationCandidates {

  /**
   * Quotes still proposed (not accepted nor declined) whose validity ends after {@code after} and
   * on or before {@code through}: (valid-until day, quote identifier).
   */
  List<ScanPosition> quotesValidUntil(ScanPosition after, LocalDate through, int limit);

  /**
   * Members whose participation has not ended and whose period ends after {@code after} and on or
   * before {@code through}: (last day of the period, member identifier).
   */
  List<ScanPosition> participationsEnding(ScanPosition after, LocalDate through, int limit);

  /**
   * Members whose participation has not ended and who have not accepted the terms version {@code
   * label}, in the text order of their identifier, after {@code after} when given.
   */
  List<MemberId> yetToAccept(String label, Optional<MemberId> after, int limit);
}
