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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.RequesterCursor;
import org.clubaide.core.request.SubmitHelpRequest;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Help requests and every step of their lifecycle. Each step is a POST on a sub-resource named
 * for what the user does; the answer is the request as it now stands.
 */
@Path("/requests")
@Tag(name = "Help requests")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class RequestsResource {

  @Inject HelpRequestService requests;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** Raises a request (R-REQ-1, R-REQ-2). */
  @POST
  @Transactional
  @Operation(summary = "Raise a help request (R-REQ-1, R-REQ-2)")
  @APIResponse(
      responseCode = "201",
      description = "Raised; Location names the request, ETag carries its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/requests/{id}"),
        @Header(name = "ETag", description = "the request's version, for If-Match")
      },
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response submit(@Valid @NotNull Commands.NewHelpRequest form) {
    Actor actor = currentActor.require();
    RequestId id =
        requests.submit(
            actor,
            new SubmitHelpRequest(
                Optional.ofNullable(form.onBehalfOf()).map(Ids::member),
                form.channel() == null ? Channel.WEB : form.channel(),
                form.title(),
                form.description(),
                form.kinds(),
                form.neededBy()));
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(view(actor, id))
        .build();
  }

  /** The logged-in member's requests, newest first; pass {@code nextCursor} as {@code after}. */
  @GET
  @Operation(summary = "My help requests, newest first, a page at a time")
  @APIResponse(
      responseCode = "200",
      description = "A page of my requests",
      content = @Content(schema = @Schema(implementation = Views.Page.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.Page mine(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    List<RequestSummary> page =
        requests.myRequests(currentActor.require(), Ids.requesterCursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, HelpRequestService.MAX_PAGE))
            ? null
            : Ids.cursor(RequesterCursor.after(page.get(page.size() - 1)));
    return new Views.Page(page.stream().map(s -> Views.SummaryView.of(s, clock)).toList(), next);
  }


  /** One request with its solutions and timeline (R-REQ-10). */
  @GET
  @Path("/{id}")
  @Operation(summary = "A help request with its solutions and timeline (R-REQ-10)")
  @APIResponse(
      responseCode = "200",
      description = "The request; ETag carries its version",
      headers = @Header(name = "ETag", description = "the request's version, for If-Match"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView get(@PathParam("id") String id) {
    return view(currentActor.require(), Ids.request(id));
  }

  /** The timeline alone (R-REQ-10). */
  @GET
  @Path("/{id}/timeline")
  @Operation(summary = "The timeline of a help request (R-REQ-10)")
  @APIResponse(
      responseCode = "200",
      description = "The events, oldest first: the whole history of one request, never paged",
      content =
          @Content(
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = Views.TimelineEntryView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<Views.TimelineEntryView> timeline(@PathParam("id") String id) {
    return view(currentActor.require(), Ids.request(id)).timeline();
  }

  /** The Service asks a question (R-REQ-3). */
  @POST
  @Path("/{id}/questions")
  @Transactional
  @Operation(summary = "The Service asks the member a question (R-REQ-3)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView ask(@PathParam("id") String id, @Valid @NotNull Commands.Text q) {
    return act(id, (a, r) -> requests.askQuestion(a, r, q.text()));
  }

  /** The member answers (R-REQ-3). */
  @POST
  @Path("/{id}/answers")
  @Transactional
  @Operation(summary = "The member answers the Service's question (R-REQ-3)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView answer(
      @PathParam("id") String id, @Valid @NotNull Commands.Text answer) {
    return act(id, (a, r) -> requests.answerQuestion(a, r, answer.text()));
  }

  /** The Service agrees a decision date (R-REQ-4). */
  @POST
  @Path("/{id}/decision-date")
  @Transactional
  @Operation(summary = "The Service agrees a decision date with the member (R-REQ-4)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView decisionDate(
      @PathParam("id") String id, @Valid @NotNull Commands.DecisionDate date) {
    return act(id, (a, r) -> requests.agreeDecisionDate(a, r, date.date()));
  }

  /** The Service accepts the mission (R-REQ-4, R-REQ-6). */
  @POST
  @Path("/{id}/acceptance")
  @Transactional
  @Operation(summary = "The Service accepts the request with a solution deadline (R-REQ-4, R-REQ-6)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView accept(
      @PathParam("id") String id, @Valid @NotNull Commands.Accept form) {
    return act(
        id,
        (a, r) -> requests.accept(a, r, form.route(), Optional.ofNullable(form.solutionDueOn())));
  }

  /** The Service declines (R-REQ-4, R-REQ-5). */
  @POST
  @Path("/{id}/decline")
  @Transactional
  @Operation(summary = "The Service declines: not competent; no claim (R-REQ-4, R-REQ-5)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView decline(
      @PathParam("id") String id, @Valid @NotNull Commands.Text reason) {
    return act(id, (a, r) -> requests.decline(a, r, reason.text()));
  }

  /** The Service moves the current deadline with a reason (R-REQ-7). */
  @POST
  @Path("/{id}/deadline-moves")
  @Transactional
  @Operation(summary = "Move the current deadline, with a reason the member sees (R-REQ-7)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView moveDeadline(
      @PathParam("id") String id, @Valid @NotNull Commands.MoveDeadline move) {
    return act(id, (a, r) -> requests.moveDeadline(a, r, move.newDate(), move.reason()));
  }

  /** The Service proposes a free simple solution (R-SOL-1). */
  @POST
  @Path("/{id}/solutions")
  @Transactional
  @Operation(summary = "Propose a simple solution, always free (R-SOL-1)")
  @APIResponse(
      responseCode = "201",
      description = "Proposed; the request with the solution",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response propose(@PathParam("id") String id, @Valid @NotNull Commands.Solution form) {
    Actor actor = currentActor.require();
    RequestId requestId = Ids.request(id);
    Optional<Money> price =
        Optional.ofNullable(form.price()).map(p -> Money.of(p.amount(), p.currency()));
    requireUnchangedSinceRead(actor, requestId);
    requests.proposeSimpleSolution(actor, requestId, form.title(), form.content(), price);
    return Response.status(Response.Status.CREATED).entity(view(actor, requestId)).build();
  }

  /** The member withdraws the request (R-REQ-8). */
  @POST
  @Path("/{id}/withdrawal")
  @Transactional
  @Operation(summary = "Withdraw: solved elsewhere or no longer arises (R-REQ-8)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView withdraw(
      @PathParam("id") String id, @Valid @NotNull Commands.Withdraw form) {
    return act(id, (a, r) -> requests.withdraw(a, r, form.reason()));
  }

  /** The member postpones the request (R-REQ-8). */
  @POST
  @Path("/{id}/postponement")
  @Transactional
  @Operation(summary = "Postpone the request to a later day (R-REQ-8)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView postpone(
      @PathParam("id") String id, @Valid @NotNull Commands.Postpone form) {
    return act(id, (a, r) -> requests.postpone(a, r, form.until(), form.reason()));
  }

  /** The Service resumes a postponed request. */
  @POST
  @Path("/{id}/resumption")
  @Transactional
  @Operation(summary = "Resume a postponed request")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView resume(@PathParam("id") String id) {
    return act(id, requests::resume);
  }

  /** The member closes the request with their satisfaction (R-REQ-9). */
  @POST
  @Path("/{id}/closure")
  @Transactional
  @Operation(summary = "Close with satisfaction: solved, partly, not solved (R-REQ-9)")
  @APIResponse(
      responseCode = "200",
      description = "The request as it now stands",
      headers = @Header(name = "ETag", description = "the request's new version"),
      content = @Content(schema = @Schema(implementation = Views.HelpRequestView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.HelpRequestView close(
      @PathParam("id") String id, @Valid @NotNull Commands.Close form) {
    return act(id, (a, r) -> requests.close(a, r, form.satisfaction(), form.comment()));
  }

  private Views.HelpRequestView act(String id, Step step) {
    Actor actor = currentActor.require();
    RequestId requestId = Ids.request(id);
    requireUnchangedSinceRead(actor, requestId);
    step.run(actor, requestId);
    return view(actor, requestId);
  }

  /**
   * Optimistic locking over HTTP: a client that sends {@code If-Match} with the ETag it read acts
   * only if nobody changed the request since; otherwise 409 and nothing changes. Concurrent
   * transactions are caught by the version column as well.
   */
  private void requireUnchangedSinceRead(Actor actor, RequestId id) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return;
    }
    long expected = VersionTags.parse(ifMatch);
    if (requests.view(actor, id).version() != expected) {
      throw ConflictException.concurrentUpdate("This help request");
    }
  }

  private Views.HelpRequestView view(Actor actor, RequestId id) {
    HelpRequest request = requests.view(actor, id);
    return Views.HelpRequestView.of(request, requests.allowedActions(actor, request), clock);
  }

  @FunctionalInterface
  private interface Step {
    void run(Actor actor, RequestId id);
  }
}
