package org.clubaide.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.network.MemberSearch;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.terms.TermsCatalogue;

/** Makes the core's use cases CDI beans, wired to the JPA adapters and the Service's clock. */
@ApplicationScoped
public class CoreProducers {

  /** The Service's clock, in its time zone, to the microsecond (what the databases store). */
  @Produces
  @Singleton
  Clock clock(Settings settings) {
    return Clock.tick(Clock.system(settings.zone()), Duration.ofNanos(1_000));
  }

  /** Registration and first-administrator use cases. */
  @Produces
  @Singleton
  RegistrationService registrationService(
      MemberRepository members,
      AccountRepository accounts,
      TermsCatalogue terms,
      PasswordHasher hasher,
      Clock clock) {
    return new RegistrationService(members, accounts, terms, hasher, clock);
  }

  /** The Service's search of members by skill. */
  @Produces
  @Singleton
  MemberSearch memberSearch(MemberRepository members) {
    return new MemberSearch(members);
  }

  /** Help-request use cases. */
  @Produces
  @Singleton
  HelpRequestService helpRequestService(
      HelpRequestRepository requests, MemberRepository members, TermsCatalogue terms, Clock clock) {
    return new HelpRequestService(requests, members, terms, clock);
  }
}
