package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.clubaide.core.terms.TermsCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The service terms in force, which a visitor accepts to register. */
@Path("/terms")
@Tag(name = "Terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

  @Inject TermsCatalogue terms;
  @Inject Clock clock;

  /** The version in force today (R-MEM-2). */
  @GET
  @Path("/current")
  @Operation(summary = "The terms version in force today, to accept when registering (R-MEM-2)")
  @SecurityRequirements
  @APIResponse(
      responseCode = "200",
      description = "Label and validity date",
      content = @Content(schema = @Schema(implementation = Views.TermsView.class)))
  public Views.TermsView current() {
    return Views.TermsView.of(terms.currentOn(LocalDate.now(clock)));
  }
}
