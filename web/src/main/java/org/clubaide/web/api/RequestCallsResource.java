package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.MatchQuery;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.SendCallForHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Service's search for solutions in the network about one request (R-NET-1, R-NET-2): the
 * candidates offering the wanted skills, the preview of exactly what recipients will see, sending
 * the call, and the calls still open. Only the Service may do any of it (403 otherwise).
 */
@Path("/requests/{id}/calls")
@Tag(name = "Calls for help")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "404", ref = "NotFound")
public class RequestCallsResource {

  @Inject NetworkService network;
  @Inject CurrentActor currentActor;
  @Context UriInfo uri;

  /** The members and partners offering the wanted skills, best first (R-NET-1). */
  @GET
  @Path("/candidates")
  @Operation(
      summary =
          "Members and partners offering the wanted skills, most skills first, for the Service"
              + " (R-NET-1)")
  @APIResponse(
      responseCode = "200",
      description = "The candidates, best first",
      content = @Content(schema = @Schema(implementation = NetworkViews.CandidateList.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public NetworkViews.CandidateList candidates(
      @PathParam("id") String requestId,
      @Parameter(description = "a wanted skill, as typed; repeat for several")
          @QueryParam("skill")
          List<String> skills,
      @Parameter(description = "1 to " + MatchQuery.MAX_LIMIT) @QueryParam("limit")
          @DefaultValue("20")
          int limit) {
    return new NetworkViews.CandidateList(
        network
            .match(
                currentActor.require(),
                Ids.request(requestId),
                skills == null ? Set.of() : Set.copyOf(skills),
                limit)
            .stream()
            .map(NetworkViews.CandidateView::of)
            .toList());
  }

  /** Exactly what recipients would see, before sending (R-NET-2). */
  @POST
  @Path("/preview")
  @Operation(
      summary =
          "Preview exactly what recipients will see: no name, contact or company of the"
              + " requester (R-NET-2)")
  @APIResponse(
      responseCode = "200",
      description = "The anonymous view; nothing is saved",
      content = @Content(schema = @Schema(implementation = NetworkViews.AnonymousView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public NetworkViews.AnonymousView preview(
      @PathParam("id") String requestId, @Valid @NotNull Commands.CallPreview form) {
    return NetworkViews.AnonymousView.of(
        network.previewCall(
            currentActor.require(),
            Ids.request(requestId),
            form.summary(),
            form.wantedSkills() == null ? Set.of() : form.wantedSkills()));
  }

  /** Sends a call for help about an accepted request (R-NET-1, R-NET-2). */
  @POST
  @Transactional
  @Operation(
      summary =
          "Send a call for help about an accepted request to chosen members and partners"
              + " (R-NET-1, R-NET-2)")
  @APIResponse(
      responseCode = "201",
      description = "Sent; Location names the call",
      headers = @Header(name = "Location", description = "/api/v1/calls/{id}"),
      content = @Content(schema = @Schema(implementation = NetworkViews.ServiceCallView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response send(
      @PathParam("id") String requestId, @Valid @NotNull Commands.NewCall form) {
    Actor actor = currentActor.require();
    List<Participant> recipients =
        form.recipients().stream().map(r -> Ids.participant(r, "R-NET-1", "recipients")).toList();
    CallId id =
        network.sendCall(
            actor,
            new SendCallForHelp(
                Ids.request(requestId), form.summary(), form.wantedSkills(), recipients));
    return Response.created(uri.getBaseUriBuilder().path("calls").path(id.toString()).build())
        .entity(NetworkViews.ServiceCallView.of(network.callForService(actor, id)))
        .build();
  }

  /** The calls about the request still open, with their answers, for the Service. */
  @GET
  @Operation(summary = "The open calls about a request, with every answer, for the Service")
  @APIResponse(
      responseCode = "200",
      description = "A page of the open calls, oldest first",
      content = @Content(schema = @Schema(implementation = NetworkViews.ServiceCallPage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public NetworkViews.ServiceCallPage open(
      @PathParam("id") String requestId,
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    RequestId request = Ids.request(requestId);
    List<CallForHelp> open = network.openCalls(currentActor.require(), request);
    Ids.Slice<CallForHelp> page = Ids.slice(open, after, limit, c -> c.id().toString());
    return new NetworkViews.ServiceCallPage(
        page.items().stream().map(NetworkViews.ServiceCallView::of).toList(), page.nextCursor());
  }
}
