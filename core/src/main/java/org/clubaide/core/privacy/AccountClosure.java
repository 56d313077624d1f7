package org.clubaide.core.privacy;

import org.clubaide.core.member.MemberId;

/**
 * Port: removes the logins of an erased member (R-PRV-2). A member's login is their e-mail address,
 * so keeping it would keep an identifying field; removing it also frees the address, should the
 * person register again one day.
 */
@FunctionalInterface
public interface AccountClosure {

  /** Removes every login that belongs to the member, with its roles; does nothing when none. */
  void closeAccountsOf(MemberId member);
}
