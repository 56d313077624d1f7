package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clubaide.web.security.PasswordResets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Password reset by e-mailed link (R-PRV-1), for anyone who cannot log in: asking for a link never
 * tells whether the address is known (always 202), and the link sets a new password once, within
 * the hour. Both operations are anonymous; a call that carries a session cookie is still held to
 * the CSRF rule like every other.
 */
@Path("/password-resets")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

  /** The one answer to every accepted request, whatever the address. */
  static final String ACCEPTED_MESSAGE =
      "If a login has this e-mail address, a link to choose a new password was sent to it; it"
          + " works once, within one hour.";

  @Inject PasswordResets resets;
  @Context HttpServletRequest request;

  /**
   * A request for a reset link.
   *
   * @param email the login's e-mail address
   */
  @Schema(name = "PasswordResetRequest", description = "The e-mail address of the login")
  public record ResetRequest(@NotNull @Size(max = 254) String email) {}

  /**
   * The answer to every accepted request.
   *
   * @param message what happens next, the same for a known or an unknown address
   */
  @Schema(name = "PasswordResetAccepted", description = "The same answer for every address")
  public record Accepted(String message) {}

  /**
   * A new password set with a link.
   *
   * @param token the link's secret, the {@code token} of the e-mailed link
   * @param newPassword the new password: 12 to 128 characters, not a common password
   */
  @Schema(name = "PasswordResetCompletion", description = "The link's token and the new password")
  public record Completion(
      @NotNull @Size(max = 100) String token, @NotNull @Size(max = 1000) String newPassword) {}

  /** Asks for a link to choose a new password. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask for a link to choose a new password (R-PRV-1)",
      description =
          "Anonymous. When a login is this e-mail address (a member's login is their address), an"
              + " e-mail with a link valid one hour is sent to it, in the login's language; at"
              + " most 3 such e-mails per login and hour. The answer is 202 and the same whether"
              + " or not the address is known, so that nobody can learn which addresses have a"
              + " login. At most 20 requests per client address and hour (429 with Retry-After).")
  @SecurityRequirements
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ResetRequest.class),
              examples =
                  @ExampleObject(name = "request", value = "{\"email\":\"ada@example.org\"}")))
  @APIResponse(
      responseCode = "202",
      description = "Accepted; the same answer for every address",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Accepted.class),
              examples =
                  @ExampleObject(
                      name = "accepted",
                      value =
                          "{\"message\":\"If a login has this e-mail address, a link to choose a"
                              + " new password was sent to it; it works once, within one"
                              + " hour.\"}")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response request(@Valid @NotNull ResetRequest body) {
    resets.request(body.email(), request);
    return Response.accepted(new Accepted(ACCEPTED_MESSAGE)).build();
  }

  /** Sets a new password with the link's token. */
  @POST
  @Path("/completion")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose a new password with an e-mailed link (R-PRV-1)",
      description =
          "Anonymous. The token is the one of the e-mailed link (reset or invitation). A link"
              + " works once and until it expires; using it voids every other link of the login"
              + " and forgets the login's failed logins. An unknown, expired, used or voided link"
              + " is answered 422 with field token and one and the same sentence; a refused"
              + " password 422 with field newPassword, and the link stays usable.")
  @SecurityRequirements
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Completion.class),
              examples =
                  @ExampleObject(
                      name = "completion",
                      value =
                          "{\"token\":\"q3X0m2b9Yh8Zr1tVw4e6Kp5Ls7Jd0Fg2Nc8Ba1Mx3Qz\","
                              + "\"newPassword\":\"a new and longer passphrase\"}")))
  @APIResponse(responseCode = "204", description = "The new password is set; log in with it")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response complete(@Valid @NotNull Completion body) {
    resets.complete(body.token(), body.newPassword().toCharArray(), request);
    return Response.noContent().build();
  }
}
