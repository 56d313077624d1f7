package org.clubaide.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.AccountService;
import org.clubaide.core.access.ApiTokenRepository;
import org.clubaide.core.access.ApiTokenService;
import org.clubaide.core.access.LoginFailures;
import org.clubaide.core.access.LoginThrottle;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.access.PasswordResetService;
import org.clubaide.core.administration.UserAdministration;
import org.clubaide.core.network.PartnerRegistry;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The core's access use cases as CDI beans, wired to their ports (the JPA adapters) and the
 * Service's clock.
 */
@ApplicationScoped
public class AccessProducers {

  /**
   * The login throttle: {@value LoginThrottle#DEFAULT_MAX_FAILURES} failures an hour per login
   * name and per address, or fewer when the variable {@code clubaide.login.max-failures} says so
   * (1 to 100; more is refused, as OWASP ASVS V2.2.1 allows no more).
   */
  @Produces
  @Singleton
  LoginThrottle loginThrottle(LoginFailures failures, Clock clock) {
    int max =
        ConfigProvider.getConfig(AccessProducers.class.getClassLoader())
            .getOptionalValue("clubaide.login.max-failures", Integer.class)
            .orElse(LoginThrottle.DEFAULT_MAX_FAILURES);
    if (max < 1 || max > LoginThrottle.DEFAULT_MAX_FAILURES) {
      throw new IllegalStateException(
          "clubaide.login.max-failures must be 1 to "
              + LoginThrottle.DEFAULT_MAX_FAILURES
              + ", not "
              + max);
    }
    return new LoginThrottle(failures, clock, max, LoginThrottle.DEFAULT_WINDOW);
  }

  /** Personal access tokens. */
  @Produces
  @Singleton
  ApiTokenService apiTokenService(ApiTokenRepository tokens, Clock clock) {
    return new ApiTokenService(tokens, clock);
  }

  /** Changing one's password, with the standard policy (common passwords refused). */
  @Produces
  @Singleton
  AccountService accountService(AccountRepository accounts, Pbkdf2PasswordHasher hasher) {
    return new AccountService(accounts, hasher, hasher, PasswordPolicy.standard());
  }

  /** Administering logins: initial passwords follow the standard policy and are hashed slowly. */
  @Produces
  @Singleton
  UserAdministration userAdministration(
      AccountRepository accounts,
      PartnerRegistry partners,
      Pbkdf2PasswordHasher hasher,
      Clock clock,
      PasswordResetService resets) {
    return new UserAdministration(
        accounts, partners, hasher, PasswordPolicy.standard(), clock, resets::invite);
  }
}
