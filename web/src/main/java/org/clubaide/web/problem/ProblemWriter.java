package org.clubaide.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Writes a problem detail straight to a servlet response, outside JAX-RS (authentication, CSRF,
 * throttling), in the client's language.
 */
public final class ProblemWriter {

  private ProblemWriter() {}

  /**
   * Writes the problem of the given status and kind, with its texts from {@link ProblemTexts}; the
   * given title and detail are the English defaults.
   *
   * @param request the request, for its language and path
   * @param response the response, committed afterwards
   * @param status the HTTP status
   * @param kind the kind of problem, for example {@code unauthenticated}
   * @param title the English title
   * @param detail the English detail
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String kind,
      String title,
      String detail) {
    Locale language = ProblemTexts.negotiate(request.getHeader("Accept-Language"));
    Problem problem =
        ProblemTexts.localise(
            new Problem(
                Problem.TYPE_PREFIX + kind,
                title,
                status,
                detail,
                request.getRequestURI(),
                null,
                null,
                null),
            language);
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", language.getLanguage());
    response.addHeader("Vary", "Accept-Language");
    response.setHeader("X-Content-Type-Options", "nosniff");
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", status)
            .add("detail", problem.detail());
    if (problem.instance() != null) {
      json.add("instance", problem.instance());
    }
    try {
      response.getWriter().write(json.build().toString());
      // Commit now, so that the container cannot replace the answer with an error page.
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
