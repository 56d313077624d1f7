package org.clubaide.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.ApiTokenService;
import org.clubaide.core.access.LoginFailures;
import org.clubaide.core.access.LoginThrottle;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.access.PasswordResetRepository;
import org.clubaide.core.access.PasswordResetService;
import org.clubaide.core.access.ResetMailer;
import org.clubaide.core.access.ResetRequestThrottle;
import org.clubaide.core.notification.Outbox;
import org.clubaide.core.notification.PasswordLinkNotifications;
import org.clubaide.core.network.AnonymityPolicy;
import org.clubaide.core.network.CallForHelpRepository;
import org.clubaide.core.network.IntroductionRepository;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.SkillMatcher;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.privacy.AccountClosure;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.quote.RequestOwnership;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.network.MemberSearch;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.request.AcceptedOffers;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.terms.TermsCatalogue;

/**
 * Makes the core's use cases CDI beans, wired to the JPA adapters and the Service's clock. The use
 * cases that change something publish its events to the {@link DomainEvents} bean (the
 * notification outbox, produced by {@code org.clubaide.web.notification.NotificationProducers}).
 */
@ApplicationScoped
public class CoreProducers {

  /** The Service's clock, in its time zone, to the microsecond (what the databases store). */
  @Produces
  @Singleton
  Clock clock(Settings settings) {
    return new ServiceClock(settings.zone(), settings.clockControlEnabled());
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
      HelpRequestRepository requests,
      MemberRepository members,
      TermsCatalogue terms,
      Clock clock,
      DomainEvents events,
      AcceptedOffers offers) {
    return new HelpRequestService(requests, members, terms, clock, events, offers);
  }

  /** Membership: renewing participation (R-MEM-7). */
  @Produces
  @Singleton
  ParticipationService participationService(
      MemberRepository members, TermsCatalogue terms, Clock clock) {
    return new ParticipationService(members, terms, clock);
  }

  /**
   * Ending participation: open requests are withdrawn and whoever works on them is told at once
   * through the network (R-MEM-6, R-REQ-8).
   */
  @Produces
  @Singleton
  EndParticipation endParticipation(
      MemberRepository members,
      HelpRequestRepository requests,
      NetworkService network,
      Clock clock,
      DomainEvents events) {
    return new EndParticipation(members, requests, network::requestStopped, clock, events);
  }

  /** Personal data: export, correction, erasure (R-PRV-2). */
  @Produces
  @Singleton
  PrivacyService privacyService(
      MemberRepository members,
      HelpRequestRepository requests,
      QuoteRepository quotes,
      AccountClosure accounts,
      EndParticipation endParticipation,
      Clock clock) {
    return new PrivacyService(members, requests, quotes, accounts, endParticipation, clock);
  }

  /** Quotes for accompaniments and their comparison (R-SOL-2 … R-SOL-5). */
  @Produces
  @Singleton
  QuoteService quoteService(
      QuoteRepository quotes, RequestOwnership requests, Clock clock, DomainEvents events) {
    return new QuoteService(quotes, requests, clock, events);
  }

  /** Calls for help and introductions (R-NET-1 … R-NET-3), with the deployment's label key. */
  @Produces
  @Singleton
  NetworkService networkService(
      HelpRequestRepository requests,
      MemberRepository members,
      NetworkDirectory directory,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      DeploymentKeys keys,
      Clock clock,
      DomainEvents events) {
    return new NetworkService(
        requests,
        members,
        directory,
        calls,
        introductions,
        new AnonymityPolicy(keys.labelKey()),
        new SkillMatcher(),
        clock,
        events);
  }

  // Password links (R-PRV-1): reset by e-mail and invitations.

  /** The e-mails carrying password links, written to the outbox. */
  @Produces
  @Singleton
  ResetMailer resetMailer(Outbox outbox, Clock clock) {
    return new PasswordLinkNotifications(outbox, clock);
  }

  /** Password reset by e-mailed link and invitations, with the standard password policy. */
  @Produces
  @Singleton
  PasswordResetService passwordResetService(
      AccountRepository accounts,
      PasswordResetRepository resets,
      ResetMailer mailer,
      PasswordHasher hasher,
      LoginThrottle throttle,
      ApiTokenService tokens,
      Clock clock) {
    return new PasswordResetService(
        accounts, resets, mailer, hasher, PasswordPolicy.standard(), throttle, tokens, clock);
  }

  /** The reset requests allowed per client address and hour. */
  @Produces
  @Singleton
  ResetRequestThrottle resetRequestThrottle(LoginFailures counter, Clock clock) {
    return new ResetRequestThrottle(counter, clock, ResetRequestThrottle.DEFAULT_MAX_REQUESTS);
  }
}
