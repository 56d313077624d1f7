package org.clubaide.web.problem;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A fire drill for the error handling: {@code GET /api/v1/drill/unexpected-error} fails the way an
 * unforeseen bug would, so that a test can check what a client and the log then see (a 500 problem
 * detail with a correlation id, no stack trace). It answers only when the Liberty variable {@code
 * clubaide.drill.enabled} is {@code true} (the integration-test server sets it); otherwise it does
 * not exist (404), as in production.
 */
@Path("/drill")
public class DrillResource {

  /** Thrown by the drill: an error nobody planned for. */
  static final class DrillFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DrillFailure() {
      super("Drill: an unexpected error, on purpose");
    }
  }

  /** Fails with an unexpected error when drills are enabled; 404 otherwise. */
  @GET
  @Path("/unexpected-error")
  @Operation(hidden = true)
  public String unexpectedError() {
    boolean enabled =
        ConfigProvider.getConfig(DrillResource.class.getClassLoader())
            .getOptionalValue("clubaide.drill.enabled", Boolean.class)
            .orElse(Boolean.FALSE);
    if (!enabled) {
      throw new NotFoundException();
    }
    throw new DrillFailure();
  }
}
