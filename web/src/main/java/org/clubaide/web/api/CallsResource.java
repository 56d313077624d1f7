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
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.network.CallCursor;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.RecipientCallView;
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
 * Calls for help: the recipients (members and partners) list the calls sent to them, read one as
 * anonymous as it was sent (R-NET-2) and answer it once (R-NET-4); the Service reads the answers,
 * closes the call and proposes introductions (R-NET-3). A call someone did not receive is "not
 * found" to them.
 */
@Path("/calls")
@Tag(name = "Calls for help")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CallsResource {

  @Inject NetworkService network;
  @Inject CurrentActor currentActor;
  @Context UriInfo uri;

  /** The calls sent to the member or partner logged in, newest first. */
  @GET
  @Operation(summary = "The calls for help sent to me, newest first (R-NET-1, R-NET-2)")
  @APIResponse(
      responseCode = "200",
      description = "A page of calls, as anonymous as they were sent",
      content = @Content(schema = @Schema(implementation = NetworkViews.CallPage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public NetworkViews.CallPage mine(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    List<RecipientCallView> page =
        network.callsSentToMe(currentActor.require(), Ids.callCursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, NetworkService.MAX_PAGE))
            ? null
            : Ids.cursor(CallCursor.after(page.get(page.size() - 1)));
    return new NetworkViews.CallPage(page.stream().map(NetworkViews.CallView::of).toList(), next);
  }

  /** One call, as its recipient sees it (R-NET-2). */
  @GET
  @Path("/{id}")
  @Operation(summary = "A call for help sent to me, with my answer (R-NET-2)")
  @APIResponse(
      responseCode = "200",
      description = "The call",
      content = @Content(schema = @Schema(implementation = NetworkViews.CallView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public NetworkViews.CallView get(@PathParam("id") String id) {
    return NetworkViews.CallView.of(network.viewCall(currentActor.require(), Ids.call(id)));
  }

  /** The recipient answers with a simple solution, which is free (R-NET-4, R-SOL-1). */
  @POST
  @Path("/{id}/solutions")
  @Transactional
  @Operation(summary = "Answer a call with a simple solution, always free (R-NET-4, R-SOL-1)")
  @APIResponse(
      responseCode = "201",
      description = "Answered; the call with my answer",
      content = @Content(schema = @Schema(implementation = NetworkViews.CallView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response answerWithSolution(
      @PathParam("id") String id, @Valid @NotNull Commands.Solution form) {
    Actor actor = currentActor.require();
    CallId call = Ids.call(id);
    Optional<Money> price =
        Optional.ofNullable(form.price()).map(p -> Money.of(p.amount(), p.currency()));
    network.answerWithSimpleSolution(actor, call, form.title(), form.content(), price);
    return Response.status(Response.Status.CREATED)
        .entity(NetworkViews.CallView.of(network.viewCall(actor, call)))
        .build();
  }

  /** The recipient offers an accompaniment, to be followed by a quote (R-NET-4). */
  @POST
  @Path("/{id}/accompaniments")
  @Transactional
  @Operation(
      summary = "Answer a call by offering an accompaniment, to be followed by a quote (R-NET-4)")
  @APIResponse(
      responseCode = "201",
      description = "Answered; the call with my answer",
      content = @Content(schema = @Schema(implementation = NetworkViews.CallView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response offerAccompaniment(
      @PathParam("id") String id, @Valid @NotNull Commands.Accompaniment form) {
    Actor actor = currentActor.require();
    CallId call = Ids.call(id);
    network.offerAccompaniment(actor, call, form.outline());
    return Response.status(Response.Status.CREATED)
        .entity(NetworkViews.CallView.of(network.viewCall(actor, call)))
        .build();
  }

  /** The recipient cannot help this time; no reason is asked. */
  @POST
  @Path("/{id}/decline")
  @Transactional
  @Operation(summary = "Decline a call, without giving a reason")
  @APIResponse(
      responseCode = "200",
      description = "Declined; the call with my answer",
      content = @Content(schema = @Schema(implementation = NetworkViews.CallView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public NetworkViews.CallView decline(@PathParam("id") String id) {
    Actor actor = currentActor.require();
    CallId call = Ids.call(id);
    network.declineCall(actor, call);
    return NetworkViews.CallView.of(network.viewCall(actor, call));
  }

  /** The whole call with every answer, for the Service (R-NET-4). */
  @GET
  @Path("/{id}/answers")
  @Operation(summary = "A call with its recipients and every answer, for the Service (R-NET-4)")
  @APIResponse(
      responseCode = "200",
      description = "The call",
      content = @Content(schema = @Schema(implementation = NetworkViews.ServiceCallView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public NetworkViews.ServiceCallView answers(@PathParam("id") String id) {
    return NetworkViews.ServiceCallView.of(
        network.callForService(currentActor.require(), Ids.call(id)));
  }

  /** The Service ends an open call. */
  @POST
  @Path("/{id}/closure")
  @Transactional
  @Operation(summary = "Close a call, for example once enough answers came in; recipients see it")
  @APIResponse(
      responseCode = "200",
      description = "Closed; the call",
      content = @Content(schema = @Schema(implementation = NetworkViews.ServiceCallView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public NetworkViews.ServiceCallView close(@PathParam("id") String id) {
    Actor actor = currentActor.require();
    CallId call = Ids.call(id);
    network.closeCall(actor, call);
    return NetworkViews.ServiceCallView.of(network.callForService(actor, call));
  }

  /** The Service proposes to introduce the requester to a helper who answered (R-NET-3). */
  @POST
  @Path("/{id}/introductions")
  @Transactional
  @Operation(
      summary =
          "Propose to put the requester in touch with a recipient who offered help; both must"
              + " agree (R-NET-3)")
  @APIResponse(
      responseCode = "201",
      description = "Proposed; Location names the introduction, which only its parties read",
      headers = @Header(name = "Location", description = "/api/v1/introductions/{id}"),
      content =
          @Content(schema = @Schema(implementation = NetworkViews.IntroductionActionView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response introduce(@PathParam("id") String id, @Valid @NotNull Commands.Introduce form) {
    IntroductionId introduction =
        network.proposeIntroduction(
            currentActor.require(), Ids.call(id), Ids.participant(form.helper(), "R-NET-3", "helper"));
    return Response.created(
            uri.getBaseUriBuilder().path("introductions").path(introduction.toString()).build())
        .entity(NetworkViews.IntroductionActionView.proposed(introduction))
        .build();
  }
}
