package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.ApiToken;
import org.clubaide.core.access.ApiTokenId;
import org.clubaide.core.access.ApiTokenService;
import org.clubaide.core.access.IssuedToken;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.web.security.ClubAideAuthenticationMechanism;
import org.clubaide.web.security.CurrentActor;
import org.clubaide.web.security.SecurityEvents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's personal access tokens (R-PRV-1): create one (its secret is shown once), list them,
 * revoke one. A token is sent as {@code Authorization: Bearer cat_…} and authenticates the API
 * only. Creating a token needs the password or the session: a call authenticated by a token cannot
 * create another, so that a stolen token cannot outlive its revocation.
 */
@Path("/members/me/tokens")
@Tag(name = "Access", description = "Passwords, personal access tokens and CSRF tokens")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "cat_ followed by 43 Base64url characters",
    description =
        "A personal access token created with POST /members/me/tokens, sent as"
            + " Authorization: Bearer <token>.")
public class TokensResource {

  @Inject ApiTokenService tokens;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  /**
   * What to create.
   *
   * @param name what the owner calls it, 1 to 60 characters
   * @param validityDays 1 to 365 days; 90 when absent
   */
  @Schema(name = "NewToken", description = "A personal access token to create")
  public record NewToken(
      @Schema(description = "What you call it, 1 to 60 characters", example = "backup script")
          @NotNull
          String name,
      @Schema(
              description = "How many days it stays valid, 1 to 365; 90 when absent",
              example = "30",
              minimum = "1",
              maximum = "365")
          Integer validityDays) {}

  /**
   * A token as listed: never its secret.
   *
   * @param id the token's identifier
   * @param name what the owner calls it
   * @param status ACTIVE, EXPIRED or REVOKED
   * @param createdAt when it was created
   * @param expiresAt when it stops working
   * @param revokedAt when it was revoked, if it was
   */
  @Schema(name = "Token", description = "A personal access token, without its secret")
  public record TokenView(
      String id,
      String name,
      @Schema(enumeration = {"ACTIVE", "EXPIRED", "REVOKED"}) String status,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt) {

    static TokenView of(ApiToken token, Instant now) {
      return new TokenView(
          token.id().toString(),
          token.name(),
          token.statusAt(now).name(),
          token.createdAt(),
          token.expiresAt(),
          token.revokedAt().orElse(null));
    }
  }

  /**
   * A token just created, with its secret: the only time it is shown.
   *
   * @param id the token's identifier
   * @param name what the owner calls it
   * @param status ACTIVE
   * @param createdAt when it was created
   * @param expiresAt when it stops working
   * @param token the secret to send as {@code Authorization: Bearer}
   */
  @Schema(name = "CreatedToken", description = "A token just created, with its secret, shown once")
  public record CreatedTokenView(
      String id,
      String name,
      String status,
      Instant createdAt,
      Instant expiresAt,
      @Schema(
              description = "The secret: send it as Authorization: Bearer; it is never shown again",
              example = "cat_q3X9mW0bVt2yJ8cK1nR5sD7fG4hL6pZ0aE2iU9oY3xT")
          String token) {}

  /** Creates a token for the caller (its secret is in the answer, and only there). */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Create a personal access token (its secret is shown once)",
      description =
          "The token authenticates API calls as the caller, sent as Authorization: Bearer, until"
              + " it expires or is revoked. Only its SHA-256 digest is stored. At most 20 active"
              + " tokens per login (422 beyond, or for a name or validity out of bounds). A call"
              + " authenticated by a token cannot create another (403).")
  @SecurityRequirement(name = "basic")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewToken.class),
              examples =
                  @ExampleObject(
                      name = "backup",
                      value = "{\"name\":\"backup script\",\"validityDays\":30}")))
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names it; the secret is in token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CreatedTokenView.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "{\"id\":\"0b3f8a52-5d0e-4c57-9f7e-2f3c1a9d4e61\",\"name\":\"backup"
                              + " script\",\"status\":\"ACTIVE\","
                              + "\"createdAt\":\"2026-03-10T08:15:30Z\","
                              + "\"expiresAt\":\"2026-04-09T08:15:30Z\","
                              + "\"token\":\"cat_q3X9mW0bVt2yJ8cK1nR5sD7fG4hL6pZ0aE2iU9oY3xT\"}")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response create(@Valid @NotNull NewToken form) {
    Actor actor = currentActor.require();
    if (ClubAideAuthenticationMechanism.via(request)
        .filter(v -> v == ClubAideAuthenticationMechanism.Via.BEARER)
        .isPresent()) {
      throw new AccessDeniedException(
          "A token cannot create another token: log in with your password to create one.");
    }
    IssuedToken issued = tokens.create(actor, form.name(), form.validityDays());
    ApiToken token = issued.token();
    SecurityEvents.log(
        SecurityEvents.Type.TOKEN_CREATED,
        request,
        SecurityEvents.account(actor.login()),
        "token",
        token.id().toString());
    return Response.created(uri.getAbsolutePathBuilder().path(token.id().toString()).build())
        .entity(
            new CreatedTokenView(
                token.id().toString(),
                token.name(),
                token.statusAt(clock.instant()).name(),
                token.createdAt(),
                token.expiresAt(),
                issued.secret()))
        .build();
  }

  /** The caller's tokens, newest first, without their secrets. */
  @GET
  @Operation(
      summary = "The caller's personal access tokens, newest first",
      description = "Active, expired and revoked tokens, never their secrets.")
  @SecurityRequirement(name = "basic")
  @SecurityRequirement(name = "bearer")
  @APIResponse(
      responseCode = "200",
      description = "The tokens",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class),
              examples =
                  @ExampleObject(
                      name = "one",
                      value =
                          "[{\"id\":\"0b3f8a52-5d0e-4c57-9f7e-2f3c1a9d4e61\",\"name\":\"backup"
                              + " script\",\"status\":\"ACTIVE\","
                              + "\"createdAt\":\"2026-03-10T08:15:30Z\","
                              + "\"expiresAt\":\"2026-04-09T08:15:30Z\"}]")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public List<TokenView> list() {
    Actor actor = currentActor.require();
    Instant now = clock.instant();
    return tokens.list(actor).stream().map(t -> TokenView.of(t, now)).toList();
  }

  /** Revokes one of the caller's tokens; revoking it again changes nothing. */
  @DELETE
  @Path("/{id}")
  @Transactional
  @Operation(
      summary = "Revoke one of the caller's personal access tokens",
      description =
          "The token stops working at once and stays listed as REVOKED. Revoking it again"
              + " answers 204 too. Another login's token is not found (404).")
  @SecurityRequirement(name = "basic")
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public Response revoke(
      @Parameter(
              description = "The token's identifier",
              example = "0b3f8a52-5d0e-4c57-9f7e-2f3c1a9d4e61")
          @PathParam("id")
          String id) {
    Actor actor = currentActor.require();
    ApiTokenId tokenId;
    try {
      tokenId = ApiTokenId.of(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException("Token", id);
    }
    tokens.revoke(actor, tokenId);
    SecurityEvents.log(
        SecurityEvents.Type.TOKEN_REVOKED,
        request,
        SecurityEvents.account(actor.login()),
        "token",
        tokenId.toString());
    return Response.noContent().build();
  }
}
