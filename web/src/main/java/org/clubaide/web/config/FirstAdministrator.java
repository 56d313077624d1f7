package org.clubaide.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.clubaide.core.registration.RegistrationService;

/**
 * Creates the first administrator (also an agent) of a new installation. Its password comes from
 * {@code CLUBAIDE_ADMIN_PASSWORD} (or the {@code clubaide.admin.password} variable); without one, a
 * password is generated and written once to the server log.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject RegistrationService registration;
  @Inject Settings settings;

  /** Creates the administrator if there is none yet. */
  @Transactional
  public void ensure() {
    String login = settings.adminLogin();
    registration
        .ensureAdministrator(login, settings.adminPassword())
        .ifPresentOrElse(
            generated ->
                LOG.warning(
                    "First administrator created. Login: "
                        + login
                        + "  Password (shown once, change it): "
                        + generated),
            () -> LOG.fine("An administrator exists already, or its password was configured."));
  }
}
