package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clubaide.core.administration.TermsPublication;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service terms (R-MEM-2): the version in force, which a visitor accepts to register; every
 * published version with its text, which anyone may read; and the publication of a new version by
 * an administrator, after which every member accepts it at their next login.
 */
@Path("/terms")
@Tag(name = "Terms")
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

  static final String TEXT_EXAMPLE =
      """
      {
        "label": "V4/2026",
        "validFrom": "2026-12-01",
        "text": "Conditions générales de service du Club Aide…"
      }""";

  @Inject TermsCatalogue terms;
  @Inject TermsPublication publication;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;
  @Context UriInfo uri;

  /**
   * A version with its text.
   *
   * @param label the version's label
   * @param validFrom the first day it is in force
   * @param text its text, as published
   */
  @Schema(name = "TermsText", example = TEXT_EXAMPLE)
  public record TermsTextView(String label, LocalDate validFrom, String text) {}

  /**
   * A version to publish.
   *
   * @param label its label, at most 40 characters, unused so far
   * @param validFrom the first day it is in force: today or later, after every published version
   * @param text its text, at most 60,000 characters
   */
  @Schema(name = "NewTermsVersion", example = TEXT_EXAMPLE)
  public record NewTermsVersion(
      @NotNull String label, @NotNull LocalDate validFrom, @NotNull String text) {}

  /** The version in force today (R-MEM-2). */
  @GET
  @Path("/current")
  @Operation(summary = "The terms version in force today, to accept when registering (R-MEM-2)")
  @SecurityRequirements
  @APIResponse(
      responseCode = "200",
      description = "Label and validity date",
      content = @Content(schema = @Schema(implementation = Views.TermsView.class)))
  public Views.TermsView current() {
    return Views.TermsView.of(terms.currentOn(LocalDate.now(clock)));
  }

  /** Every published version, oldest first (R-MEM-2). */
  @GET
  @Operation(
      summary = "Every published terms version, oldest first, including those still to come (R-MEM-2)")
  @SecurityRequirements
  @APIResponse(
      responseCode = "200",
      description = "The versions, oldest first",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.TermsView.class)))
  public List<Views.TermsView> history() {
    return publication.history().stream().map(Views.TermsView::of).toList();
  }

  /** The text of a version (R-MEM-2). */
  @GET
  @Path("/text")
  @Operation(
      summary = "The text of a published terms version (R-MEM-2)",
      description =
          "The label goes in a query parameter because labels may hold a slash (V3/2018).")
  @SecurityRequirements
  @APIResponse(
      responseCode = "200",
      description = "The version with its text",
      content = @Content(schema = @Schema(implementation = TermsTextView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public TermsTextView text(
      @Parameter(description = "The version's label", example = "V3/2018", required = true)
          @QueryParam("label")
          @NotNull
          String label) {
    TermsVersion version =
        publication.history().stream()
            .filter(v -> v.label().equals(label))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Terms version", label));
    return new TermsTextView(
        version.label(), version.validFrom(), publication.textOf(version.label()).orElse(""));
  }

  /** Publishes a new version (R-MEM-2): administrators only. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @Operation(
      summary = "Publish a new terms version; members accept it at their next login (R-MEM-2)",
      description =
          "Administrators only. The version comes into force today or later, after every"
              + " published version; from that day, a member who has not accepted it reads only"
              + " their own data until they do.")
  @SecurityRequirement(name = "basic")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = NewTermsVersion.class)))
  @APIResponse(
      responseCode = "201",
      description = "Published; Location reads its text",
      headers = @Header(name = "Location", description = "/api/v1/terms/text?label=…"),
      content = @Content(schema = @Schema(implementation = TermsTextView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response publish(@Valid @NotNull NewTermsVersion form) {
    TermsVersion version =
        publication.publish(currentActor.require(), form.label(), form.validFrom(), form.text());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(TermsResource.class)
                .path("text")
                .queryParam("label", "{label}")
                .build(version.label()))
        .entity(
            new TermsTextView(
                version.label(),
                version.validFrom(),
                publication.textOf(version.label()).orElse(form.text())))
        .build();
  }
}
