/**
 * Notifications and deadlines that nobody misses (R-REQ-7, R-REQ-8, R-NET-2): a transactional
 * outbox, its e-mails, and the checks on dates.
 *
 * <ul>
 *   <li>Writing: use cases publish each change's events ({@link
 *       org.clubaide.core.shared.DomainEvents}) in the change's transaction; the {@link
 *       org.clubaide.core.notification.NotificationRecorder} asks the {@link
 *       org.clubaide.core.notification.NotificationPolicy} who must hear of it and writes each
 *       {@link org.clubaide.core.notification.Notification} to the {@link
 *       org.clubaide.core.notification.Outbox} in that same transaction.
 *   <li>Dates: the {@link org.clubaide.core.notification.DeadlineChecks} find deadlines near and
 *       passed, postponed requests due again, quotes expiring, participations ending and new terms
 *       versions, on the injected clock, and write their notifications the same way.
 *   <li>Sending: the {@link org.clubaide.core.notification.NotificationDispatcher} claims pending
 *       e-mails for a lease from the {@link org.clubaide.core.notification.DeliveryQueue}, renders
 *       them in the recipient's {@link org.clubaide.core.notification.Language}, hands them to the
 *       {@link org.clubaide.core.notification.MailTransport}, and retries failures on a {@link
 *       org.clubaide.core.notification.RetrySchedule}.
 *   <li>Reading: the {@link org.clubaide.core.notification.NotificationService} gives each user
 *       their in-app list, and the administrator the e-mails waiting or failed.
 * </ul>
 *
 * An idempotency key per recipient names the fact each notification tells, so that telling it twice
 * writes nothing.
 */
package org.clubaide.core.notification;
