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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteComparison;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The quotes for accompaniments on one request (R-SOL-2 … R-SOL-6): the Service records them (in
 * its own name, or for a member or partner whose offer came by e-mail or phone); the requester and
 * the Service list them and compare them side by side. Another member's request is "not found".
 */
@Path("/requests/{id}/quotes")
@Tag(name = "Quotes")
@SecurityRequirement(name = "basic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "404", ref = "NotFound")
public class RequestQuotesResource {

  @Inject QuoteService quotes;
  @Inject CurrentActor currentActor;
  @Inject Clock clock;
  @Context UriInfo uri;

  /** Records a quote on the request (R-SOL-2, R-SOL-3, R-SOL-6). */
  @POST
  @Transactional
  @Operation(
      summary =
          "Make a quote: usual price, lower member price, duration, validity (R-SOL-2, R-SOL-3,"
              + " R-SOL-6)")
  @APIResponse(
      responseCode = "201",
      description = "Made; Location names the quote",
      headers = @Header(name = "Location", description = "/api/v1/quotes/{id}"),
      content = @Content(schema = @Schema(implementation = QuoteViews.QuoteView.class)))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public Response propose(
      @PathParam("id") String requestId, @Valid @NotNull Commands.NewQuote form) {
    Actor actor = currentActor.require();
    // A member or partner never learns a request's identifier (R-NET-2): they quote through the
    // call they received (CallQuotes), never here, or anyone could quote on any request (R-PRV-3).
    actor.requireService("record a quote on a request");
    QuoteId id =
        quotes.propose(
            actor,
            new ProposeQuote(
                Ids.request(requestId),
                Optional.ofNullable(form.onBehalfOf()).map(RequestQuotesResource::provider),
                form.title(),
                form.scope(),
                money(form.usualPrice()),
                money(form.memberPrice()),
                new EngagementDuration(form.duration().amount(), form.duration().unit()),
                form.validUntil()));
    return Response.created(uri.getBaseUriBuilder().path("quotes").path(id.toString()).build())
        .entity(QuoteViews.QuoteView.of(quotes.view(actor, id), clock))
        .build();
  }

  /** The quotes of the request, in the order they were made (R-SOL-4). */
  @GET
  @Operation(summary = "The quotes of a request, oldest first, for its requester or the Service")
  @APIResponse(
      responseCode = "200",
      description = "A page of quotes",
      content = @Content(schema = @Schema(implementation = QuoteViews.QuotePage.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public QuoteViews.QuotePage list(
      @PathParam("id") String requestId,
      @Parameter(description = "the nextCursor of the previous page") @QueryParam("after")
          String after,
      @Parameter(description = "1 to 100") @QueryParam("limit") @DefaultValue("50") int limit) {
    List<Quote> all = quotes.list(currentActor.require(), Ids.request(requestId));
    Ids.Slice<Quote> page = Ids.slice(all, after, limit, q -> q.id().toString());
    return new QuoteViews.QuotePage(
        page.items().stream().map(q -> QuoteViews.QuoteView.of(q, clock)).toList(),
        page.nextCursor());
  }

  /** The quotes side by side, with the notice to read before accepting one (R-SOL-4, R-SOL-5). */
  @GET
  @Path("/comparison")
  @Operation(
      summary =
          "Compare the quotes side by side: prices, saving, duration, validity, provider kind,"
              + " and the intermediary notice (R-SOL-4, R-SOL-5)")
  @APIResponse(
      responseCode = "200",
      description = "The comparison",
      content = @Content(schema = @Schema(implementation = QuoteViews.ComparisonView.class)))
  @APIResponse(responseCode = "422", ref = "RuleViolation")
  public QuoteViews.ComparisonView compare(
      @PathParam("id") String requestId,
      @Parameter(
              description =
                  "MEMBER_PRICE (default), SAVING, SAVING_PERCENT, DURATION or VALID_UNTIL")
          @QueryParam("sort")
          @DefaultValue("MEMBER_PRICE")
          String sort,
      @Parameter(description = "ASCENDING or DESCENDING; each sort has its own default")
          @QueryParam("direction")
          String direction) {
    RequestId request = Ids.request(requestId);
    QuoteComparison.SortKey key = sortKey(sort);
    QuoteComparison.Direction order =
        direction == null || direction.isBlank() ? key.defaultDirection() : direction(direction);
    return QuoteViews.ComparisonView.of(
        quotes.compare(currentActor.require(), request), key, order);
  }

  private static QuoteComparison.SortKey sortKey(String text) {
    try {
      return QuoteComparison.SortKey.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          "R-SOL-4",
          "sort",
          "Sort by MEMBER_PRICE, SAVING, SAVING_PERCENT, DURATION or VALID_UNTIL.");
    }
  }

  private static QuoteComparison.Direction direction(String text) {
    try {
      return QuoteComparison.Direction.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          "R-SOL-4", "direction", "The direction is ASCENDING or DESCENDING.");
    }
  }

  private static Money money(Commands.Amount amount) {
    return Money.of(amount.amount(), amount.currency());
  }

  private static Provider provider(Commands.ProviderRef ref) {
    return switch (ref.kind()) {
      case SERVICE -> Provider.service();
      case MEMBER -> Provider.member(Ids.memberRef(ref.member(), "R-SOL-2", "onBehalfOf"));
      case PARTNER -> Provider.partner(ref.partner());
    };
  }
}
