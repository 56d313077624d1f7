package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.AccountService;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.LoginThrottle;
import org.clubaide.core.access.WrongPasswordException;
import org.clubaide.web.security.ClubAideAuthenticationMechanism;
import org.clubaide.web.security.CurrentActor;
import org.clubaide.web.security.LoginGuard;
import org.clubaide.web.security.LoginThrottledException;
import org.clubaide.web.security.SecurityEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Changing one's password (R-PRV-1): the current one is asked again, and a wrong one counts as a
 * failed login for the throttle, so that a stolen session cannot guess the password. The session
 * the change is made in goes on; the login's other sessions stop at their next request.
 */
@Path("/members/me/password")
@Tag(name = "Access")
public class PasswordResource {

  @Inject AccountService accounts;
  @Inject AccountRepository logins;
  @Inject CurrentActor currentActor;
  @Inject LoginGuard guard;
  @Context HttpServletRequest request;

  /**
   * A password change.
   *
   * @param currentPassword the password now
   * @param newPassword the new one: 12 to 128 characters, not a common password
   */
  @Schema(name = "PasswordChange", description = "The current password and the new one")
  public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {}

  /** Changes the caller's password. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Change one's password (R-PRV-1)",
      description =
          "The new password has 12 to 128 characters and is not one of the common passwords."
              + " A wrong current password, or a refused new one, is answered 422 (R-PRV-1); a"
              + " wrong current password also counts as a failed login.")
  @SecurityRequirement(name = "basic")
  @SecurityRequirement(name = "bearer")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PasswordChange.class),
              examples =
                  @ExampleObject(
                      name = "change",
                      value =
                          "{\"currentPassword\":\"correct horse battery\","
                              + "\"newPassword\":\"a new and longer passphrase\"}")))
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response change(@Valid @NotNull PasswordChange change) {
    Actor actor = currentActor.require();
    String address = SecurityEvents.clientAddress(request);
    if (guard.check(actor.login(), address) instanceof LoginThrottle.Verdict.Refused refused) {
      throw new LoginThrottledException(refused.retryAfter());
    }
    try {
      accounts.changePassword(
          actor, change.currentPassword().toCharArray(), change.newPassword().toCharArray());
    } catch (WrongPasswordException wrong) {
      guard.failed(actor.login(), address);
      SecurityEvents.log(
          SecurityEvents.Type.LOGIN_FAILED,
          request,
          SecurityEvents.account(actor.login()),
          "via",
          "password-change");
      throw wrong;
    }
    // This session goes on with the new password; the login's other sessions stop.
    logins
        .findByLogin(actor.login())
        .ifPresent(
            a ->
                ClubAideAuthenticationMechanism.passwordChanged(
                    request, LoginGuard.stamp(a.passwordHash())));
    SecurityEvents.log(
        SecurityEvents.Type.PASSWORD_CHANGED, request, SecurityEvents.account(actor.login()));
    return Response.noContent().build();
  }
}
