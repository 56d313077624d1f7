package org.clubaide.web.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Puts every problem detail the API answers in the client's language ({@link ProblemTexts}),
 * whichever resource or mapper built it, and says which language it is in.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof Problem problem) {
      Locale language = ProblemTexts.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
      response.setEntity(
          ProblemTexts.localise(problem, language),
          response.getEntityAnnotations(),
          response.getMediaType());
      response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
      response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
  }
}
