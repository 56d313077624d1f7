package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.clubaide.web.config.Settings;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the HTTP benchmarks compare every endpoint with: an endpoint that does nothing, behind the
 * same filters, security and JAX-RS runtime, so that a result reads as a share of what this server
 * can answer at all (docs/performance.md). It answers only when the Liberty variable {@code
 * clubaide.bench.enabled} is {@code true}; otherwise it does not exist (404).
 */
@Path("/bench")
public class BenchResource {

  @Inject Settings settings;

  /** Nothing, as fast as the stack allows: 204 when enabled, 404 otherwise. */
  @GET
  @Path("/noop")
  @Operation(hidden = true)
  public Response noop() {
    if (!settings.benchEnabled()) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }
}
