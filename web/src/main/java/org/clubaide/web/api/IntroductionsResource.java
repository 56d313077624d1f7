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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clubaide.core.access.Actor;
import org.clubaide.core.network.IntroductionCursor;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionView;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.shared.Channel;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Introductions ("mises en contact", R-NET-3): each party lists theirs and agrees or refuses on the
 * web; contact details pass only once both agreed. Nobody else reads an introduction, the Service
 * included: it only records agreements received by e-mail and refusals received by e-mail or
 * telephone.
 */
@Path("/introductions")
@Tag(name = "Introductions")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class IntroductionsResource {

  @Inject NetworkService network;
  @Inject CurrentActor currentActor;

  /** The introductions the logged-in member or partner is a party to, newest first. */
  @GET
  @Operation(
      summary =
          "My introductions, newest first; those AWAITING_YOUR_ANSWER wait for my agreement"
              + " (R-NET-3)")
  @APIResponse(
      responseCode = "200",
      description = "A page of introductions; contact details are never in a list",
      content = @Content(schema = @Schema(implementation = NetworkViews.IntroductionPage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public NetworkViews.IntroductionPage mine(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    List<IntroductionView> page =
        network.myIntroductions(currentActor.require(), Ids.introductionCursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, NetworkService.MAX_PAGE))
            ? null
            : Ids.cursor(IntroductionCursor.after(page.get(page.size() - 1)));
    return new NetworkViews.IntroductionPage(
        page.stream().map(v -> NetworkViews.IntroductionView.of(v, null)).toList(), next);
  }

  /** One introduction, with the other party's contact details once both agreed (R-NET-3). */
  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "An introduction I am a party to, with the other party's contact details once both"
              + " agreed (R-NET-3)")
  @APIResponse(
      responseCode = "200",
      description = "The introduction",
      content = @Content(schema = @Schema(implementation = NetworkViews.IntroductionView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public NetworkViews.IntroductionView get(@PathParam("id") String id) {
    return view(currentActor.require(), Ids.introduction(id));
  }

  /** The party agrees in writing, on the web, to pass their contact details (R-NET-3). */
  @POST
  @Path("/{id}/consent")
  @Transactional
  @Operation(summary = "Agree, in writing on the web, to pass my contact details (R-NET-3)")
  @APIResponse(
      responseCode = "200",
      description = "Agreed; the introduction",
      content = @Content(schema = @Schema(implementation = NetworkViews.IntroductionView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public NetworkViews.IntroductionView consent(@PathParam("id") String id) {
    Actor actor = currentActor.require();
    IntroductionId introduction = Ids.introduction(id);
    network.consentToIntroduction(actor, introduction);
    return view(actor, introduction);
  }

  /** The party refuses; the other party learns only that it is not possible (R-NET-3). */
  @POST
  @Path("/{id}/refusal")
  @Transactional
  @Operation(
      summary = "Refuse the introduction; the other party learns only that it is not possible")
  @APIResponse(
      responseCode = "200",
      description = "Refused; the introduction",
      content = @Content(schema = @Schema(implementation = NetworkViews.IntroductionView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public NetworkViews.IntroductionView refuse(@PathParam("id") String id) {
    Actor actor = currentActor.require();
    IntroductionId introduction = Ids.introduction(id);
    network.refuseIntroduction(actor, introduction);
    return view(actor, introduction);
  }

  /** The Service records a party's agreement received by e-mail (R-NET-3). */
  @POST
  @Path("/{id}/recorded-consents")
  @Transactional
  @Operation(summary = "Record a party's written agreement received by e-mail, for the Service")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content =
          @Content(schema = @Schema(implementation = NetworkViews.IntroductionActionView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public NetworkViews.IntroductionActionView recordConsent(
      @PathParam("id") String id, @Valid @NotNull Commands.RecordConsent form) {
    IntroductionId introduction = Ids.introduction(id);
    network.recordConsentByEmail(currentActor.require(), introduction, form.side());
    return NetworkViews.IntroductionActionView.recorded(
        introduction, "CONSENT_RECORDED", form.side(), Channel.EMAIL);
  }

  /** The Service records a party's refusal received by e-mail or telephone (R-NET-3). */
  @POST
  @Path("/{id}/recorded-refusals")
  @Transactional
  @Operation(
      summary = "Record a party's refusal received by e-mail or telephone, for the Service")
  @APIResponse(
      responseCode = "200",
      description = "Recorded",
      content =
          @Content(schema = @Schema(implementation = NetworkViews.IntroductionActionView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public NetworkViews.IntroductionActionView recordRefusal(
      @PathParam("id") String id, @Valid @NotNull Commands.RecordRefusal form) {
    IntroductionId introduction = Ids.introduction(id);
    network.recordRefusal(currentActor.require(), introduction, form.side(), form.channel());
    return NetworkViews.IntroductionActionView.recorded(
        introduction, "REFUSAL_RECORDED", form.side(), form.channel());
  }

  private NetworkViews.IntroductionView view(Actor actor, IntroductionId id) {
    return NetworkViews.IntroductionView.of(
        network.viewIntroduction(actor, id),
        network.contactOfOtherSide(actor, id).orElse(null));
  }
}
