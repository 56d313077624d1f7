package org.clubaide.core.notification;

/** Port: the texts of the notifications, one template per kind and language. */
@FunctionalInterface
public interface NotificationTemplates {

  /** The notification in words, in the language given. */
  RenderedNotification render(Notification notification, Language language);
}
