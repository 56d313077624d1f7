package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.participation.EndParticipation;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The logged-in member's own account: profile, visibility and consent history, terms acceptance,
 * participation (renew, end), personal-data export and erasure. Every verb is a core use case that
 * checks who may do it; a login that is not a member's is refused with 403.
 */
@Path("/members/me")
@Tag(name = "My account")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class MeResource {

  @Inject MemberRepository members;
  @Inject ParticipationService participation;
  @Inject EndParticipation endParticipation;
  @Inject PrivacyService privacy;
  @Inject CurrentActor currentActor;

  /** The member's whole profile as they see it. */
  @GET
  @Operation(
      summary = "My profile, visibility, participation and the terms I still have to accept")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content = @Content(schema = @Schema(implementation = Views.MemberView.class)))
  public Views.MemberView me() {
    Actor actor = currentActor.require();
    return view(actor, actor.requireMember());
  }

  /** The member accepts the terms version in force (R-MEM-2). */
  @POST
  @Path("/terms-acceptances")
  @Transactional
  @Operation(summary = "Accept the terms version in force, shown at login (R-MEM-2)")
  @APIResponse(
      responseCode = "200",
      description = "Accepted; the profile",
      content = @Content(schema = @Schema(implementation = Views.MemberView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.MemberView acceptTerms(@Valid @NotNull Commands.AcceptTerms form) {
    Actor actor = currentActor.require();
    participation.acceptCurrentTerms(actor, form.termsVersion());
    return view(actor, actor.requireMember());
  }

  /** The member says what they bring to the network (R-MEM-3). */
  @PUT
  @Path("/profile")
  @Transactional
  @Operation(summary = "Describe my skills, hobbies and particularities and offer them (R-MEM-3)")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content = @Content(schema = @Schema(implementation = Views.MemberView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.MemberView describe(@Valid @NotNull Commands.DescribeProfile form) {
    Actor actor = currentActor.require();
    MemberId me = actor.requireMember();
    participation.describe(
        actor,
        me,
        new Profile(
            form.skills(),
            form.hobbies(),
            form.particularities(),
            Boolean.TRUE.equals(form.offeredToNetwork())));
    return view(actor, me);
  }

  /** The member corrects their identity, phone and address (R-PRV-2). */
  @PUT
  @Path("/details")
  @Transactional
  @Operation(summary = "Correct my name, organisation, telephone and address (R-PRV-2)")
  @APIResponse(
      responseCode = "200",
      description = "The profile",
      content = @Content(schema = @Schema(implementation = Views.MemberView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.MemberView correct(@Valid @NotNull Commands.CorrectDetails form) {
    Actor actor = currentActor.require();
    MemberId me = actor.requireMember();
    privacy.correct(
        actor,
        me,
        new Identity(form.firstName(), form.lastName(), Optional.ofNullable(form.organisation())),
        form.phone(),
        form.postalAddress());
    return view(actor, me);
  }

  /** The member changes who sees groups of their fields (R-MEM-4, R-MEM-5). */
  @PUT
  @Path("/visibility")
  @Transactional
  @Operation(
      summary =
          "Choose who sees each group of my fields: the Service only, or members (R-MEM-4,"
              + " R-MEM-5)")
  @APIResponse(
      responseCode = "200",
      description = "The profile; each change is kept in the consent history",
      content = @Content(schema = @Schema(implementation = Views.MemberView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.MemberView changeVisibility(@Valid @NotNull Commands.ChangeVisibility form) {
    Actor actor = currentActor.require();
    MemberId me = actor.requireMember();
    for (Map.Entry<FieldGroup, Visibility> choice :
        MembersResource.visibility(form.visibility()).entrySet()) {
      privacy.changeVisibility(actor, me, choice.getKey(), choice.getValue());
    }
    return view(actor, me);
  }

  /** The member's visibility choices, oldest first (R-MEM-5). */
  @GET
  @Path("/consent-history")
  @Operation(summary = "My visibility choices with who made them and when, oldest first (R-MEM-5)")
  @APIResponse(
      responseCode = "200",
      description = "A page of the consent history",
      content = @Content(schema = @Schema(implementation = Views.ConsentHistoryPage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.ConsentHistoryPage consentHistory(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    Actor actor = currentActor.require();
    List<ConsentChange> history = privacy.consentHistory(actor, actor.requireMember());
    List<Positioned> positioned = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      positioned.add(new Positioned(i, history.get(i)));
    }
    // The history only grows at its end: a position names an entry for good.
    Ids.Slice<Positioned> page =
        Ids.slice(positioned, after, limit, p -> Integer.toString(p.position()));
    return new Views.ConsentHistoryPage(
        page.items().stream().map(p -> Views.ConsentChangeView.of(p.change())).toList(),
        page.nextCursor());
  }

  /** Where the participation stands (R-MEM-7). */
  @GET
  @Path("/participation")
  @Operation(summary = "My participation: status, end date, first day I can renew (R-MEM-7)")
  @APIResponse(
      responseCode = "200",
      description = "The participation",
      content = @Content(schema = @Schema(implementation = Views.ParticipationView.class)))
  public Views.ParticipationView participation() {
    Actor actor = currentActor.require();
    return Views.ParticipationView.of(participation.participation(actor, actor.requireMember()));
  }

  /** The member renews for one more period (R-MEM-7, R-MEM-8). */
  @POST
  @Path("/participation/renewal")
  @Transactional
  @Operation(summary = "Renew my participation for one more period, free (R-MEM-7, R-MEM-8)")
  @APIResponse(
      responseCode = "200",
      description = "The participation after the renewal",
      content = @Content(schema = @Schema(implementation = Views.ParticipationView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.ParticipationView renew() {
    Actor actor = currentActor.require();
    return Views.ParticipationView.of(participation.renew(actor, actor.requireMember()));
  }

  /** The member ends their participation, without a reason (R-MEM-6). */
  @POST
  @Path("/participation/ending")
  @Transactional
  @Operation(
      summary =
          "End my participation, without giving a reason; my open requests are withdrawn"
              + " (R-MEM-6)")
  @APIResponse(
      responseCode = "200",
      description = "Ended; the requests withdrawn. The login works no more",
      content = @Content(schema = @Schema(implementation = Views.EndedParticipationView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Views.EndedParticipationView end() {
    Actor actor = currentActor.require();
    return Views.EndedParticipationView.of(endParticipation.end(actor, actor.requireMember()));
  }

  /** Everything held on the member, as a JSON file to download (R-PRV-2). */
  @GET
  @Path("/data")
  @Operation(summary = "Download all the data held on me, as a JSON file (R-PRV-2)")
  @APIResponse(
      responseCode = "200",
      description = "The export, as an attachment (Content-Disposition)",
      content = @Content(schema = @Schema(implementation = ExportViews.DataExportView.class)))
  public Response export() {
    Actor actor = currentActor.require();
    MemberId me = actor.requireMember();
    ExportViews.DataExportView export = ExportViews.DataExportView.of(privacy.export(actor, me));
    return Response.ok(export, MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"clubaide-data-" + me + ".json\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The member has their data erased (R-PRV-2). */
  @POST
  @Path("/erasure")
  @Transactional
  @Operation(
      summary =
          "Erase my personal data: participation ended, requests kept anonymised, login removed"
              + " (R-PRV-2)")
  @APIResponse(
      responseCode = "200",
      description = "Erased; the login works no more",
      content = @Content(schema = @Schema(implementation = Views.ErasureView.class)))
  public Views.ErasureView erase() {
    Actor actor = currentActor.require();
    return Views.ErasureView.of(privacy.erase(actor, actor.requireMember()));
  }

  /** The member as the member sees themselves, with participation and terms to accept. */
  static Views.MemberView view(
      Actor actor,
      MemberId id,
      MemberRepository members,
      ParticipationService participation) {
    return Views.MemberView.of(
        members.findById(id).orElseThrow(() -> new NotFoundException("Member", id)),
        participation.termsToAccept(actor),
        participation.participation(actor, id));
  }

  private Views.MemberView view(Actor actor, MemberId id) {
    return view(actor, id, members, participation);
  }

  private record Positioned(int position, ConsentChange change) {}
}
