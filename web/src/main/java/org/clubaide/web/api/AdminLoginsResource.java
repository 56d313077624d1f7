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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.administration.Administration;
import org.clubaide.core.administration.UserAdministration;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
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
 * The administrators' view of the logins (R-PRV-3): the list, a staff login's creation with an
 * initial password, its roles, and disabling or enabling any login. Every operation is the
 * administrator's only; each change is a security event naming accounts by digest only.
 */
@Path("/admin/logins")
@Tag(name = "Administration", description = "Logins and partners, for administrators")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AdminLoginsResource {

  @Inject Administration administration;
  @Inject UserAdministration users;
  @Inject CurrentActor currentActor;
  @Context HttpServletRequest request;
  @Context UriInfo uri;

  /**
   * A login as administrators see it; never its password hash.
   *
   * @param login the login name (an e-mail address, except the first administrator's)
   * @param roles its roles
   * @param member whether it is a member's login
   * @param staff whether it is a staff login, whose roles are changed here
   * @param enabled whether it may log in
   * @param createdAt when it was created
   * @param disabledAt when an administrator disabled it; null while enabled
   */
  @Schema(name = "Login", example = ApiExamples.LOGIN)
  public record LoginView(
      String login,
      Set<Role> roles,
      boolean member,
      boolean staff,
      boolean enabled,
      Instant createdAt,
      Instant disabledAt) {

    static LoginView of(Administration.Login login) {
      return new LoginView(
          login.login(),
          new TreeSet<>(login.roles()),
          login.member(),
          login.staff(),
          login.enabled(),
          login.createdAt(),
          login.disabledAt().orElse(null));
    }
  }

  /**
   * A page of logins, in alphabetical order.
   *
   * @param items the logins
   * @param nextCursor pass as {@code after} for the next page; null on the last page
   */
  @Schema(name = "LoginPage", example = ApiExamples.LOGIN_PAGE)
  public record LoginPage(List<LoginView> items, String nextCursor) {}

  /**
   * A new staff login.
   *
   * @param login the person's e-mail address
   * @param roles AGENT and/or ADMIN
   * @param password the initial password (12 to 128 characters), to be changed by its holder;
   *     absent to send the person an invitation by e-mail to choose their own
   */
  @Schema(name = "NewStaffLogin", example = ApiExamples.NEW_STAFF_LOGIN)
  public record NewStaffLogin(
      @NotNull String login,
      @NotNull Set<Role> roles,
      @Schema(
              description =
                  "The initial password, 12 to 128 characters; leave it out to e-mail the person"
                      + " an invitation to choose their own (a single-use link valid 72 hours)")
          String password) {}

  /**
   * The roles of a staff login.
   *
   * @param roles AGENT and/or ADMIN
   */
  @Schema(name = "RoleChange", example = ApiExamples.ROLE_CHANGE)
  public record RoleChange(@NotNull Set<Role> roles) {}

  /** A page of logins; pass {@code nextCursor} as {@code after} for the next page. */
  @GET
  @Operation(
      summary = "The logins with their roles, a page at a time, for administrators (R-PRV-3)")
  @APIResponse(
      responseCode = "200",
      description = "A page of logins, by login name",
      content = @Content(schema = @Schema(implementation = LoginPage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public LoginPage list(
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    int size = Math.max(1, Math.min(limit, Administration.MAX_PAGE));
    List<Administration.Login> page =
        administration.logins(currentActor.require(), cursor(after), size);
    String next = page.size() < size ? null : encode(page.get(page.size() - 1).login());
    return new LoginPage(page.stream().map(LoginView::of).toList(), next);
  }

  /** One login. */
  @GET
  @Path("/{login}")
  @Operation(summary = "One login with its roles and status, for administrators (R-PRV-3)")
  @APIResponse(
      responseCode = "200",
      description = "The login",
      content = @Content(schema = @Schema(implementation = LoginView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public LoginView get(@Parameter(description = "the login name") @PathParam("login") String login) {
    return users
        .find(currentActor.require(), login)
        .map(LoginView::of)
        .orElseThrow(() -> new NotFoundException("Login", login));
  }

  /** Creates a staff login with an initial password. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Create a login for the central Service's staff (R-PRV-3)",
      description =
          "The login is the person's e-mail address; the roles are AGENT and/or ADMIN. With a"
              + " password, it is the initial one: it follows the password policy (R-PRV-1) and"
              + " its holder changes it. Without one, the person is e-mailed an invitation to"
              + " choose their own (a single-use link valid 72 hours), and nobody knows the"
              + " password meanwhile. A login taken is answered 409.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the login",
      headers = @Header(name = "Location", description = "/api/v1/admin/logins/{login}"),
      content = @Content(schema = @Schema(implementation = LoginView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response create(@Valid @NotNull NewStaffLogin form) {
    Actor actor = currentActor.require();
    Administration.Login login =
        users.createStaffLogin(actor, form.login(), form.roles(), chars(form.password()));
    log(SecurityEvents.Type.LOGIN_CREATED, actor, login.login(), "roles", roles(login));
    return Response.created(uri.getAbsolutePathBuilder().path("{login}").build(login.login()))
        .entity(LoginView.of(login))
        .build();
  }

  /** Replaces a staff login's roles. */
  @PUT
  @Path("/{login}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Change a staff login's roles among AGENT and ADMIN (R-PRV-3)",
      description =
          "A member's or partner's login keeps the role of its membership or partner record"
              + " (422). Withdrawing the role of the last enabled administrator is answered 409.")
  @APIResponse(
      responseCode = "200",
      description = "The login with its new roles",
      content = @Content(schema = @Schema(implementation = LoginView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public LoginView changeRoles(
      @Parameter(description = "the login name") @PathParam("login") String login,
      @Valid @NotNull RoleChange change) {
    Actor actor = currentActor.require();
    Administration.Login changed = users.changeRoles(actor, login, change.roles());
    log(SecurityEvents.Type.ROLES_CHANGED, actor, changed.login(), "roles", roles(changed));
    return LoginView.of(changed);
  }

  /** Disables a login. */
  @POST
  @Path("/{login}/disable")
  @Transactional
  @Operation(
      summary = "Disable a login: it can no longer log in, and its sessions and tokens stop (R-PRV-3)",
      description =
          "Takes effect at the login's next request. Disabling one's own login is answered 422;"
              + " the last enabled administrator's, 409. Disabling a disabled login changes"
              + " nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The login, disabled",
      content = @Content(schema = @Schema(implementation = LoginView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public LoginView disable(@Parameter(description = "the login name") @PathParam("login") String login) {
    Actor actor = currentActor.require();
    Administration.Login changed = users.disable(actor, login);
    log(SecurityEvents.Type.LOGIN_DISABLED, actor, changed.login());
    return LoginView.of(changed);
  }

  /** Enables a disabled login again. */
  @POST
  @Path("/{login}/enable")
  @Transactional
  @Operation(
      summary = "Enable a disabled login again (R-PRV-3)",
      description = "Enabling an enabled login changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The login, enabled",
      content = @Content(schema = @Schema(implementation = LoginView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public LoginView enable(@Parameter(description = "the login name") @PathParam("login") String login) {
    Actor actor = currentActor.require();
    Administration.Login changed = users.enable(actor, login);
    log(SecurityEvents.Type.LOGIN_ENABLED, actor, changed.login());
    return LoginView.of(changed);
  }

  private void log(SecurityEvents.Type type, Actor actor, String target, String... details) {
    String[] all = new String[details.length + 2];
    all[0] = "target";
    all[1] = SecurityEvents.account(target);
    System.arraycopy(details, 0, all, 2, details.length);
    SecurityEvents.log(type, request, SecurityEvents.account(actor.login()), all);
  }

  private static String roles(Administration.Login login) {
    return String.join("+", new TreeSet<>(login.roles().stream().map(Enum::name).toList()));
  }

  static String encode(String login) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(login.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> cursor(String after) {
    if (after == null || after.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException("PAGING", "after", "The cursor is not valid.");
    }
  }

  /** The password as characters; absent or empty means none (an invitation is sent). */
  static char[] chars(String password) {
    return password == null || password.isEmpty() ? null : password.toCharArray();
  }
}
