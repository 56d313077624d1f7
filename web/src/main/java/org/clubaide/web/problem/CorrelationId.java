package org.clubaide.web.problem;

import jakarta.servlet.ServletRequest;
import java.util.UUID;

/**
 * The id of one HTTP request in the logs: drawn by the server when the request arrives (never taken
 * from the client, so that nobody can write into the logs through it), sent back in the {@value
 * #HEADER} header, carried by the problem detail of an unexpected error and by every security
 * event the request logs.
 */
public final class CorrelationId {

  /** The response header that carries it. */
  public static final String HEADER = "X-Correlation-Id";

  private static final String ATTRIBUTE = CorrelationId.class.getName();

  private CorrelationId() {}

  /**
   * The request's id, drawn on first use.
   *
   * @param request the request
   * @return its id, a random UUID
   */
  public static String of(ServletRequest request) {
    if (request.getAttribute(ATTRIBUTE) instanceof String id) {
      return id;
    }
    String id = UUID.randomUUID().toString();
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }
}
