package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.web.security.CsrfTokens;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The CSRF token of the caller's session (OWASP ASVS V13.2.3): a state-changing API call that the
 * session cookie authenticates must send it back in the {@code X-CSRF-Token} header, or is refused
 * with 403. Calls authenticated by HTTP Basic or a bearer token need none.
 */
@Path("/csrf")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
public class CsrfResource {

  @Inject CurrentActor currentActor;
  @Context HttpServletRequest request;

  /**
   * The token and the header to send it in.
   *
   * @param header the request header's name, {@code X-CSRF-Token}
   * @param token the session's token
   */
  @Schema(
      name = "CsrfToken",
      description = "The session's CSRF token and where to send it",
      example = ApiExamples.CSRF_TOKEN)
  public record CsrfTokenView(
      @Schema(example = "X-CSRF-Token") String header,
      @Schema(example = "N2l6bVh0c2ZqUjN3a0RzcFdJQ3FsZ0h5bGp3cVp6c0k") String token) {}

  /** The session's CSRF token, drawn anew at each login. */
  @GET
  @Operation(
      summary = "The CSRF token of the caller's session",
      description =
          "Send it in X-CSRF-Token with every POST, PUT, PATCH or DELETE authenticated by the"
              + " session cookie. It changes at each login. A call without a session (one"
              + " authenticated by a bearer token, which needs no CSRF token) is answered 404.")
  @SecurityRequirement(name = "basic")
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "200",
      description = "The token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CsrfTokenView.class)))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public CsrfTokenView token() {
    currentActor.require();
    HttpSession session = request.getSession(false);
    if (session == null) {
      throw new NotFoundException("Session", "of this call");
    }
    return new CsrfTokenView(CsrfTokens.HEADER, CsrfTokens.of(session));
  }
}
