package org.clubaide.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Actor;

/**
 * The authenticated caller of this HTTP request, as a core {@link Actor}, read from the account
 * on each request: a login an administrator disabled is nobody.
 */
@RequestScoped
public class CurrentActor {

  @Inject SecurityContext securityContext;
  @Inject AccountRepository accounts;

  private Optional<Actor> actor;

  /** The caller, if authenticated. */
  public Optional<Actor> get() {
    if (actor == null) {
      Principal principal = securityContext.getCallerPrincipal();
      actor =
          principal == null
              ? Optional.empty()
              : accounts
                  .findByLogin(principal.getName())
                  .filter(Account::enabled)
                  .map(Account::toActor);
    }
    return actor;
  }

  /** The caller, or {@link NotAuthenticatedException} when nobody is logged in. */
  public Actor require() {
    return get().orElseThrow(NotAuthenticatedException::new);
  }
}
