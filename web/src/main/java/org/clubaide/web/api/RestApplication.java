package org.clubaide.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.clubaide.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1. The error responses every operation may name ({@code ref =
 * "NotFound"}…) are declared once here, each an RFC 9457 problem document with an example.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Club Aide API",
            version = "1",
            description =
                "Members raise help requests; the central Service qualifies them, finds solutions"
                    + " in its own means or through the network, and keeps the member informed."
                    + " Errors are RFC 9457 problem details (application/problem+json). Lists are"
                    + " read a page at a time: pass a page's nextCursor as `after`.",
            license = @License(name = "Apache-2.0")),
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  responseCode = "400",
                  description = "Unreadable JSON, a value of the wrong type, or a missing field",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "validation",
                                  value = ApiExamples.PROBLEM_400))),
              @APIResponse(
                  name = "Unauthorized",
                  responseCode = "401",
                  description = "No login, or a wrong one",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unauthenticated",
                                  value = ApiExamples.PROBLEM_401))),
              @APIResponse(
                  name = "Forbidden",
                  responseCode = "403",
                  description =
                      "The role does not allow it, the current terms are not accepted yet, or a"
                          + " change authenticated by the session cookie lacks its X-CSRF-Token",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "forbidden",
                                  value = ApiExamples.PROBLEM_403))),
              @APIResponse(
                  name = "NotFound",
                  responseCode = "404",
                  description = "No such resource, or one the caller may not know of",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "not-found",
                                  value = ApiExamples.PROBLEM_404))),
              @APIResponse(
                  name = "Conflict",
                  responseCode = "409",
                  description =
                      "The current state does not allow it, a duplicate, or a concurrent change",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "illegal-transition",
                                  value = ApiExamples.PROBLEM_409))),
              @APIResponse(
                  name = "UnsupportedMediaType",
                  responseCode = "415",
                  description = "A body that is not application/json",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "unsupported-media-type",
                                  value = ApiExamples.PROBLEM_415))),
              @APIResponse(
                  name = "RuleViolation",
                  responseCode = "422",
                  description = "A rule of the service terms is not met; `rule` names it",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "rule-violation",
                                  value = ApiExamples.PROBLEM_422))),
              @APIResponse(
                  name = "TooManyRequests",
                  responseCode = "429",
                  description =
                      "Too many failed logins for this login or from this address; Retry-After"
                          + " gives the seconds to wait",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class),
                          examples =
                              @ExampleObject(
                                  name = "too-many-requests",
                                  value = ApiExamples.PROBLEM_429)))
            }))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "The member's, partner's or agent's login and password.")
public class RestApplication extends Application {}
