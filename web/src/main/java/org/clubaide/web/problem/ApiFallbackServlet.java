package org.clubaide.web.problem;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Addresses under {@code /api/} that are not the API's version 1 (an unknown version, a typo):
 * answered 404 with a problem detail, like any unknown address of the API, rather than the HTML
 * error page of the site.
 */
@WebServlet(urlPatterns = "/api/*")
public class ApiFallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) {
    ProblemWriter.write(
        request, response, 404, "not-found", "Not found", "Nothing is at this address.");
  }
}
