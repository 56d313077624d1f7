package org.clubaide.web.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.clubaide.persistence.migration.SchemaMigrator;

/**
 * At application start: migrate the schema to the latest version, then create the first
 * administrator when none exists. A failing migration stops the application from starting.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Resource(lookup = "jdbc/clubaide")
  DataSource dataSource;

  @Inject FirstAdministrator firstAdministrator;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    var result = SchemaMigrator.migrate(dataSource);
    LOG.info(
        () ->
            "Club Aide schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now)");
    firstAdministrator.ensure();
  }
}
