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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.network.MemberSearch;
import org.clubaide.core.participation.ParticipationService;
import org.clubaide.core.privacy.PrivacyService;
import org.clubaide.core.registration.Registration;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Registration, another member's profile as the viewer may see it, and the Service's search of
 * members by skill. The logged-in member's own account is {@link MeResource}.
 */
@Path("/members")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject RegistrationService registration;
  @Inject MemberRepository members;
  @Inject AccountRepository accounts;
  @Inject ParticipationService participation;
  @Inject PrivacyService privacy;
  @Inject MemberSearch search;
  @Inject CurrentActor currentActor;
  @Context UriInfo uri;

  /** Registers a visitor who accepted the current terms (R-MEM-1). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Register as a member, accepting the current terms (R-MEM-1)")
  @SecurityRequirements
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the member's own profile",
      headers = @Header(name = "Location", description = "/api/v1/members/me"),
      content = @Content(schema = @Schema(implementation = Views.MemberView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response register(@Valid @NotNull Commands.Register form) {
    MemberId id =
        registration.register(
            new Registration(
                form.firstName(),
                form.lastName(),
                Optional.ofNullable(form.organisation()),
                form.email(),
                form.phone(),
                form.postalAddress(),
                form.password().toCharArray(),
                form.termsVersion(),
                Boolean.TRUE.equals(form.termsAccepted()),
                visibility(form.visibility()),
                Channel.WEB));
    Actor registered = accounts.findByLogin(form.email().strip()).orElseThrow().toActor();
    return Response.created(uri.getBaseUriBuilder().path("members/me").build())
        .entity(MeResource.view(registered, id, members, participation))
        .build();
  }

  /** Another member's profile, showing only what the member opened to members (R-MEM-4). */
  @GET
  @Path("/{id}")
  @Operation(
      summary = "A member's profile, showing only the groups they opened to members (R-MEM-4)")
  @SecurityRequirement(name = "basic")
  @APIResponse(
      responseCode = "200",
      description = "What the viewer may see",
      content = @Content(schema = @Schema(implementation = Views.MemberProfileView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Views.MemberProfileView profile(@PathParam("id") String id) {
    return Views.MemberProfileView.of(
        privacy.viewProfile(Optional.of(currentActor.require()), Ids.member(id)));
  }

  /**
   * A page of the members who listed a skill, for the Service; pass {@code nextCursor} as {@code
   * after} for the next page.
   */
  @GET
  @Operation(summary = "Members with a skill, for the Service (R-MEM-3, R-NET-1)")
  @SecurityRequirement(name = "basic")
  @APIResponse(
      responseCode = "200",
      description = "A page of members, by identifier",
      content = @Content(schema = @Schema(implementation = Views.MemberPage.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Views.MemberPage search(
      @Parameter(description = "the skill, as typed: case, accents and spacing do not matter")
          @QueryParam("skill")
          String skill,
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    List<MemberCard> page =
        search.bySkill(currentActor.require(), skill, Ids.memberCursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, MemberSearch.MAX_PAGE))
            ? null
            : page.get(page.size() - 1).id().toString();
    return new Views.MemberPage(page.stream().map(Views.MemberCardView::of).toList(), next);
  }

  /** Visibility choices as typed: each group named must be valid, or R-MEM-4 is broken. */
  static Map<FieldGroup, Visibility> visibility(Map<String, String> choices) {
    Map<FieldGroup, Visibility> result = new EnumMap<>(FieldGroup.class);
    if (choices == null) {
      return result;
    }
    choices.forEach(
        (group, value) -> {
          try {
            result.put(
                FieldGroup.valueOf(group.strip().toUpperCase(Locale.ROOT)),
                Visibility.valueOf(value.strip().toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException | NullPointerException e) {
            throw new RuleViolationException(
                "R-MEM-4",
                "visibility",
                "Visibility is chosen per group (IDENTITY, CONTACT_DETAILS, SKILLS, PHOTO) as"
                    + " SERVICE_ONLY or MEMBERS; \""
                    + group
                    + "\": \""
                    + value
                    + "\" is not valid.");
          }
        });
    return result;
  }
}
