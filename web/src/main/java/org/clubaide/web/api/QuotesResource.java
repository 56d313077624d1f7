package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.clubaide.core.access.Actor;
import org.clubaide.core.quote.AcceptQuote;
import org.clubaide.core.quote.Acknowledgement;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One quote: read it, and for the member who raised the request, accept it after reading the
 * intermediary notice (R-SOL-5) while it is valid (R-SOL-6), or decline it (R-SOL-4). The Service
 * reads but never decides for the member (403).
 */
@Path("/quotes")
@Tag(name = "Quotes")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class QuotesResource {

  @Inject QuoteService quotes;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;

  /** The notice a member confirms before accepting any quote (R-SOL-5). */
  @GET
  @Path("/notice")
  @Operation(
      summary =
          "The notice to confirm before accepting a quote: the Service is an intermediary, not a"
              + " party (R-SOL-5)")
  @APIResponse(
      responseCode = "200",
      description = "The notice and its version",
      content = @Content(schema = @Schema(implementation = QuoteViews.NoticeView.class)))
  public QuoteViews.NoticeView notice() {
    currentActor.require();
    return QuoteViews.NoticeView.current();
  }

  /** One quote, for the requester or the Service. */
  @GET
  @Path("/{id}")
  @Operation(summary = "A quote, for the member who raised the request or the Service")
  @APIResponse(
      responseCode = "200",
      description = "The quote",
      content = @Content(schema = @Schema(implementation = QuoteViews.QuoteView.class)))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public QuoteViews.QuoteView get(@PathParam("id") String id) {
    return QuoteViews.QuoteView.of(quotes.view(currentActor.require(), Ids.quote(id)), clock);
  }

  /** The requester accepts the quote (R-SOL-5, R-SOL-6). */
  @POST
  @Path("/{id}/acceptance")
  @Transactional
  @Operation(
      summary =
          "Accept a valid quote after confirming the intermediary notice; the other open quotes"
              + " are declined (R-SOL-4, R-SOL-5, R-SOL-6)")
  @APIResponse(
      responseCode = "200",
      description = "Accepted; the contract is between the member and the provider",
      content = @Content(schema = @Schema(implementation = QuoteViews.QuoteView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public QuoteViews.QuoteView accept(
      @PathParam("id") String id, @Valid @NotNull Commands.AcceptQuote form) {
    Actor actor = currentActor.require();
    QuoteId quote = Ids.quote(id);
    quotes.accept(
        actor,
        new AcceptQuote(
            quote,
            new Acknowledgement(Boolean.TRUE.equals(form.confirmed()), form.noticeVersion())));
    return QuoteViews.QuoteView.of(quotes.view(actor, quote), clock);
  }

  /** The requester declines the quote (R-SOL-4). */
  @POST
  @Path("/{id}/decline")
  @Transactional
  @Operation(summary = "Decline a quote, with an optional note for the provider (R-SOL-4)")
  @APIResponse(
      responseCode = "200",
      description = "Declined",
      content = @Content(schema = @Schema(implementation = QuoteViews.QuoteView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public QuoteViews.QuoteView decline(
      @PathParam("id") String id, @Valid @NotNull Commands.DeclineQuote form) {
    Actor actor = currentActor.require();
    QuoteId quote = Ids.quote(id);
    quotes.decline(actor, quote, form.note());
    return QuoteViews.QuoteView.of(quotes.view(actor, quote), clock);
  }
}
