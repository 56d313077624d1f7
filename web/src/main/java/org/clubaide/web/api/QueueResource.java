package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Service's queue of open requests, by next deadline. */
@Path("/queue")
@Tag(name = "Service queue")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

  @Inject HelpRequestService requests;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;

  /** A page of the queue; pass {@code nextCursor} as {@code after} for the next page. */
  @GET
  @Operation(summary = "Open requests ordered by next deadline, for the Service (R-REQ-4)")
  @APIResponse(
      responseCode = "200",
      description = "A page of the queue",
      content = @Content(schema = @Schema(implementation = Views.Page.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.Page queue(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    List<RequestSummary> page = requests.queue(currentActor.require(), Ids.cursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, HelpRequestService.MAX_PAGE))
            ? null
            : Ids.cursor(QueueCursor.after(page.get(page.size() - 1)));
    return new Views.Page(page.stream().map(s -> Views.SummaryView.of(s, clock)).toList(), next);
  }
}
