package org.clubaide.web.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses. */
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
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                correlationId))
        .build();
  }

  /** A problem response without rule, field errors or correlation id. */
  public static Response of(int status, String kind, String title, String detail, String instance) {
    return of(status, kind, title, detail, instance, null, null, null);
  }
}
