/**
 * The notification outbox and its e-mail deliveries (R-REQ-7, R-REQ-8), the recipients' languages
 * and the date checks' progress, in plain SQL for H2 and PostgreSQL: the claim of a delivery needs
 * {@code SELECT … FOR UPDATE SKIP LOCKED} and conditional updates, which several servers run at
 * once on one database.
 */
package org.clubaide.persistence.notification;
