package org.clubaide.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds problem responses. Titles and details given here are the English defaults: {@link
 * ProblemLanguageFilter} puts them in the client's language on the way out.
 */
public final class Problems {

  private Problems() {}

  /** A problem response of the given status and kind. */
  public static Response of(
      int status,
      String kind,
      String title,
      String detail,
      String instance,
      String rule,
      List<Problem.FieldError> errors,
      String correlationId) {
    return of(status, kind, title, detail, instance, rule, null, errors, correlationId);
  }

  /**
   * A problem response carrying the domain's own sentence as its reason.
   *
   * @param reason the domain's English sentence, or {@code null}
   * @return the response
   */
  public static Response of(
      int status,
      String kind,
      String title,
      String detail,
      String instance,
      String rule,
      String reason,
      List<Problem.FieldError> errors,
      String correlationId) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new Problem(
                Problem.TYPE_PREFIX + kind,
                title,
                status,
                detail,
                instance,
                rule,
                reason,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                correlationId))
        .build();
  }

  /** A problem response without rule, field errors or correlation id. */
  public static Response of(int status, String kind, String title, String detail, String instance) {
    return of(status, kind, title, detail, instance, null, null, null, null);
  }
}
