package org.clubaide.core.administration;

import java.util.List;
import java.util.Optional;

/** Port: the logins of the platform with their roles, for the administrators' list; never the
 * password hashes. */
public interface AccountListing {

  /**
   * A page of logins in alphabetical order, after {@code after} when given (keyset paging).
   *
   * @param limit the most logins to return
   */
  List<Administration.Login> page(Optional<String> after, int limit);
}
