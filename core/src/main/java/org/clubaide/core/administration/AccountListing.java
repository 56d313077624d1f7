package org.clubaide.core.administration;

import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Account;

/** Port: the logins of the platform, for the administrators' list. */
public interface AccountListing {

  /**
   * A page of logins in alphabetical order, after {@code after} when given (keyset paging).
   *
   * @param limit the most logins to return
   */
  List<Account> page(Optional<String> after, int limit);
}
