package org.clubaide.web.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.mail.Session;
import java.time.Clock;
import org.clubaide.core.network.CallForHelpRepository;
import org.clubaide.core.network.IntroductionRepository;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.notification.CheckProgress;
import org.clubaide.core.notification.DeadlineChecks;
import org.clubaide.core.notification.DeliveryQueue;
import org.clubaide.core.notification.NotificationCandidates;
import org.clubaide.core.notification.NotificationDispatcher;
import org.clubaide.core.notification.NotificationPolicy;
import org.clubaide.core.notification.NotificationRecorder;
import org.clubaide.core.notification.NotificationService;
import org.clubaide.core.notification.NotificationTemplates;
import org.clubaide.core.notification.Outbox;
import org.clubaide.core.notification.RecipientDirectory;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.terms.TermsCatalogue;

/**
 * Makes the core's notification objects CDI beans, wired to the JPA adapters (found by their core
 * port types), the deployment's settings, Liberty's {@code mail/clubaide} mail session and the
 * Service's clock. The {@link DomainEvents} bean is what every use case publishes to.
 */
@ApplicationScoped
public class NotificationProducers {

  @Resource(lookup = "mail/clubaide")
  Session mailSession;

  /** Who must hear of what. */
  @Produces
  @Singleton
  NotificationPolicy policy(
      HelpRequestRepository requests,
      QuoteRepository quotes,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      NetworkDirectory directory,
      NotificationSettings settings,
      Clock clock) {
    return new NotificationPolicy(
        requests,
        quotes,
        calls,
        introductions,
        directory,
        settings.serviceEmail().isPresent(),
        clock);
  }

  /**
   * The transactional outbox's writer. The network is reached lazily: it publishes its own events
   * here, so it cannot be built first.
   */
  @Produces
  @Singleton
  DomainEvents events(NotificationPolicy policy, Outbox outbox, Instance<NetworkService> network) {
    return new NotificationRecorder(policy, outbox, id -> network.get().requestStopped(id));
  }

  /** The texts in French and English. */
  @Produces
  @Singleton
  NotificationTemplates templates(NotificationSettings settings) {
    return new MailTemplates(settings.publicUrl());
  }

  /** The checks on dates, run by {@link NotificationScheduler}. */
  @Produces
  @Singleton
  DeadlineChecks deadlineChecks(
      HelpRequestRepository requests,
      QuoteRepository quotes,
      TermsCatalogue terms,
      NotificationCandidates candidates,
      CheckProgress progress,
      NotificationPolicy policy,
      Outbox outbox,
      Clock clock) {
    return new DeadlineChecks(
        requests,
        quotes,
        terms,
        candidates,
        progress,
        policy,
        outbox,
        clock,
        DeadlineChecks.Notice.DEFAULT);
  }

  /** In-app lists, languages, and the administrator's view of the e-mails. */
  @Produces
  @Singleton
  NotificationService notificationService(
      Outbox outbox,
      DeliveryQueue deliveries,
      RecipientDirectory stored,
      NetworkDirectory directory,
      NotificationSettings settings,
      Clock clock) {
    return new NotificationService(
        outbox,
        deliveries,
        new ConfiguredRecipients(stored, settings.serviceEmail()),
        directory,
        clock);
  }

  /** Sends the outbox's e-mails through the mail session. */
  @Produces
  @Singleton
  NotificationDispatcher dispatcher(
      DeliveryQueue deliveries,
      RecipientDirectory stored,
      NotificationTemplates templates,
      NotificationSettings settings,
      Clock clock) {
    return new NotificationDispatcher(
        deliveries,
        new ConfiguredRecipients(stored, settings.serviceEmail()),
        templates,
        new SmtpTransport(mailSession),
        settings.retry(),
        settings.lease(),
        clock);
  }
}
