package org.clubaide.web.problem;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes a problem detail straight to a servlet response, outside JAX-RS (authentication). */
public final class ProblemWriter {

  private ProblemWriter() {}

  /** Writes the problem with the given status, kind, title, detail and instance. */
  public static void write(
      HttpServletResponse response,
      int status,
      String kind,
      String title,
      String detail,
      String instance) {
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try {
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", Problem.TYPE_PREFIX + kind)
                  .add("title", title)
                  .add("status", status)
                  .add("detail", detail)
                  .add("instance", instance)
                  .build()
                  .toString());
      // Commit now, so that the container cannot replace the answer with an error page.
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
