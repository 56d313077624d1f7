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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.network.MemberSearch;
import org.clubaide.core.registration.Registration;
import org.clubaide.core.registration.RegistrationService;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration, the member's own profile, and the Service's search of members by skill. */
@Path("/members")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  @Inject RegistrationService registration;
  @Inject MemberRepository members;
  @Inject MemberSearch search;
  @Inject CurrentActor currentActor;
  @Context UriInfo uri;

  /** Registers a visitor who accepted the current terms (R-MEM-1). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Register as a member, accepting the current terms (R-MEM-1)")
  @APIResponse(responseCode = "201", description = "Registered; Location names the member")
  @APIResponse(responseCode = "400", description = "Missing or malformed fields")
  @APIResponse(responseCode = "409", description = "E-mail address already registered")
  @APIResponse(responseCode = "422", description = "Terms not accepted, or a field breaks a rule")
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
    return Response.created(uri.getBaseUriBuilder().path("members/me").build())
        .entity(Views.MemberView.of(members.findById(id).orElseThrow()))
        .build();
  }

  /** The logged-in member's own profile. */
  @GET
  @Path("/me")
  @Operation(summary = "The logged-in member's profile")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "The profile")
  @APIResponse(responseCode = "401", description = "Not logged in")
  @APIResponse(responseCode = "403", description = "The login is not a member's")
  public Views.MemberView me() {
    MemberId id = currentActor.require().requireMember();
    return Views.MemberView.of(
        members.findById(id).orElseThrow(() -> new NotFoundException("Member", id)));
  }

  /**
   * A page of the members who listed a skill, for the Service; pass {@code nextCursor} as {@code
   * after} for the next page.
   */
  @GET
  @Operation(summary = "Members with a skill, for the Service (R-MEM-3, R-NET-1)")
  @SecurityRequirement(name = "basic")
  @APIResponse(responseCode = "200", description = "A page of members, by identifier")
  @APIResponse(responseCode = "401", description = "Not logged in")
  @APIResponse(responseCode = "403", description = "Not an agent")
  @APIResponse(responseCode = "422", description = "No skill given, or a malformed cursor")
  public Views.MemberPage search(
      @QueryParam("skill") String skill,
      @QueryParam("after") String after,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    List<MemberCard> page =
        search.bySkill(currentActor.require(), skill, Ids.memberCursor(after), limit);
    String next =
        page.size() < Math.max(1, Math.min(limit, MemberSearch.MAX_PAGE))
            ? null
            : page.get(page.size() - 1).id().toString();
    return new Views.MemberPage(page.stream().map(Views.MemberCardView::of).toList(), next);
  }

  private static Map<FieldGroup, Visibility> visibility(Map<String, String> choices) {
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
