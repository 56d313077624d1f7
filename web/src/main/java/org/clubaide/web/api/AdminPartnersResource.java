package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.clubaide.core.access.Actor;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.administration.UserAdministration;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.web.security.CurrentActor;
import org.clubaide.web.security.SecurityEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partners of the network, for administrators (R-NET-1): the list, recording a partner,
 * stopping or resuming calling on it, and giving it a login with the role PARTNER (R-PRV-3).
 */
@Path("/admin/partners")
@Tag(name = "Administration", description = "Logins and partners, for administrators")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AdminPartnersResource {

  @Inject Administration administration;
  @Inject UserAdministration users;
  @Inject CurrentActor currentActor;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  /**
   * A partner of the network as administrators see it.
   *
   * @param id identifier
   * @param name the firm's or expert's name
   * @param login its login, null when it has none
   * @param email e-mail address
   * @param phone telephone
   * @param postalAddress postal address
   * @param skills the skills it offers
   * @param active whether the Service still calls on it
   */
  @Schema(name = "Partner", example = ApiExamples.PARTNER)
  public record PartnerView(
      String id,
      String name,
      String login,
      String email,
      String phone,
      String postalAddress,
      List<String> skills,
      boolean active) {

    static PartnerView of(Partner p) {
      return new PartnerView(
          p.id().toString(),
          p.name(),
          p.login().orElse(null),
          p.contact().email(),
          p.contact().phone(),
          p.contact().postalAddress(),
          p.skills(),
          p.active());
    }
  }

  /**
   * A page of partners, by name.
   *
   * @param items the partners
   * @param nextCursor pass as {@code after} for the next page; null on the last page
   */
  @Schema(name = "PartnerPage", example = ApiExamples.PARTNER_PAGE)
  public record PartnerPage(List<PartnerView> items, String nextCursor) {}

  /**
   * A partner to record.
   *
   * @param name the firm's or expert's name
   * @param email e-mail address
   * @param phone telephone
   * @param postalAddress postal address
   * @param skills the skills it offers
   */
  @Schema(name = "NewPartner", example = ApiExamples.NEW_PARTNER)
  public record NewPartner(
      @NotNull String name,
      @NotNull String email,
      @NotNull String phone,
      @NotNull String postalAddress,
      List<String> skills) {}

  /**
   * Whether the Service calls on a partner.
   *
   * @param active true to call on it, false to stop
   */
  @Schema(name = "PartnerActivity", example = ApiExamples.PARTNER_ACTIVITY)
  public record PartnerActivity(@NotNull Boolean active) {}

  /**
   * A partner's new login.
   *
   * @param login the e-mail address that becomes the login
   * @param password the initial password (12 to 128 characters), to be changed by its holder;
   *     absent to send the partner an invitation by e-mail to choose its own
   */
  @Schema(name = "NewPartnerLogin", example = ApiExamples.NEW_PARTNER_LOGIN)
  public record NewPartnerLogin(
      @NotNull String login,
      @Schema(
              description =
                  "The initial password, 12 to 128 characters; leave it out to e-mail the partner"
                      + " an invitation to choose its own (a single-use link valid 72 hours)")
          String password) {}

  /** A page of partners, by name; pass {@code nextCursor} as {@code after}. */
  @GET
  @Operation(summary = "The partners of the network, a page at a time, for administrators (R-NET-1)")
  @APIResponse(
      responseCode = "200",
      description = "A page of partners, by name",
      content = @Content(schema = @Schema(implementation = PartnerPage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public PartnerPage list(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    Ids.Slice<Partner> slice =
        Ids.slice(administration.partners(currentActor.require()), after, limit, p -> p.id().toString());
    return new PartnerPage(slice.items().stream().map(PartnerView::of).toList(), slice.nextCursor());
  }

  /** One partner. */
  @GET
  @Path("/{id}")
  @Operation(summary = "One partner of the network, for administrators (R-NET-1)")
  @APIResponse(
      responseCode = "200",
      description = "The partner",
      content = @Content(schema = @Schema(implementation = PartnerView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public PartnerView get(@Parameter(description = "the partner's identifier") @PathParam("id") String id) {
    Actor actor = currentActor.require();
    return PartnerView.of(find(actor, partnerId(id)));
  }

  /** Records a partner, called on from now on. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Record a partner of the network (R-NET-1)",
      description = "A name already recorded is answered 409; incomplete contact details, 422.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded; Location names the partner",
      headers = @Header(name = "Location", description = "/api/v1/admin/partners/{id}"),
      content = @Content(schema = @Schema(implementation = PartnerView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response record(@Valid @NotNull NewPartner form) {
    Actor actor = currentActor.require();
    PartnerId id =
        administration.addPartner(
            actor,
            form.name(),
            new ContactDetails(form.email(), form.phone(), form.postalAddress()),
            form.skills() == null ? List.of() : form.skills());
    return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
        .entity(PartnerView.of(find(actor, id)))
        .build();
  }

  /** Stops or resumes calling on a partner. */
  @PUT
  @Path("/{id}/active")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(summary = "Stop or resume calling on a partner (R-NET-1)")
  @APIResponse(
      responseCode = "200",
      description = "The partner as changed",
      content = @Content(schema = @Schema(implementation = PartnerView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  public PartnerView setActive(
      @Parameter(description = "the partner's identifier") @PathParam("id") String id,
      @Valid @NotNull PartnerActivity activity) {
    Actor actor = currentActor.require();
    PartnerId partner = partnerId(id);
    administration.setPartnerActive(actor, partner, activity.active());
    return PartnerView.of(find(actor, partner));
  }

  /** Gives a partner without a login its login. */
  @POST
  @Path("/{id}/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Give a partner a login with the role PARTNER (R-PRV-3, R-NET-1)",
      description =
          "With it the partner reads the calls for help sent to it, and only those, and answers"
              + " them. The initial password follows the password policy (R-PRV-1); without one,"
              + " the partner is e-mailed an invitation to choose its own. A partner"
              + " with a login already, or a login taken, is answered 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the login",
      headers = @Header(name = "Location", description = "/api/v1/admin/logins/{login}"),
      content = @Content(schema = @Schema(implementation = AdminLoginsResource.LoginView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response giveLogin(
      @Parameter(description = "the partner's identifier") @PathParam("id") String id,
      @Valid @NotNull NewPartnerLogin form) {
    Actor actor = currentActor.require();
    Administration.Login login =
        users.givePartnerLogin(
            actor, partnerId(id), form.login(), AdminLoginsResource.chars(form.password()));
    SecurityEvents.log(
        SecurityEvents.Type.LOGIN_CREATED,
        request,
        SecurityEvents.account(actor.login()),
        "target",
        SecurityEvents.account(login.login()),
        "partner",
        id,
        "roles",
        "PARTNER");
    return Response.created(uri.getBaseUriBuilder().path("admin/logins/{login}").build(login.login()))
        .entity(AdminLoginsResource.LoginView.of(login))
        .build();
  }

  private Partner find(Actor actor, PartnerId id) {
    return administration.partners(actor).stream()
        .filter(p -> p.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Partner", id));
  }

  private static PartnerId partnerId(String text) {
    try {
      return PartnerId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Partner", text);
    }
  }
}
