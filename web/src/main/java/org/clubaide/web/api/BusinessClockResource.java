package org.clubaide.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.config.ServiceClock;
import org.clubaide.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * For integration tests only: moves business time forward, so that a test sees a deadline pass
 * without waiting. It answers only when the Liberty variable {@code clubaide.clock.control.enabled}
 * is {@code true} and an administrator asks; otherwise it does not exist (404).
 */
@Path("/test/clock")
@Produces(MediaType.APPLICATION_JSON)
public class BusinessClockResource {

  @Inject Clock clock;
  @Inject CurrentActor currentActor;

  /**
   * How far business time is ahead of the system's, and the time it shows.
   *
   * @param offset an ISO-8601 duration, such as {@code P3D}
   * @param now the business time now
   */
  public record ClockView(String offset, String now) {}

  /** The business clock now. */
  @GET
  @Operation(hidden = true)
  public ClockView read() {
    ServiceClock controlled = controlled();
    return new ClockView(controlled.offset().toString(), controlled.instant().toString());
  }

  /** Sets how far business time is ahead of the system's. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public ClockView move(ClockView wanted) {
    ServiceClock controlled = controlled();
    currentActor.require().requireService("move business time");
    try {
      Duration offset = Duration.parse(wanted == null ? "" : String.valueOf(wanted.offset()));
      if (offset.isNegative()) {
        throw new RuleViolationException("CLOCK", "offset", "Business time only moves forward.");
      }
      controlled.moveBy(offset);
    } catch (DateTimeParseException e) {
      throw new RuleViolationException("CLOCK", "offset", "The offset is an ISO-8601 duration.");
    }
    return read();
  }

  private ServiceClock controlled() {
    if (clock instanceof ServiceClock controlled && controlled.controllable()) {
      return controlled;
    }
    throw new NotFoundException();
  }
}
