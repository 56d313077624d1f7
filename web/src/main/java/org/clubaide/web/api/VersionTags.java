package org.clubaide.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.ext.Provider;

/**
 * The version of an aggregate as an HTTP entity tag: every answer carrying a help request has
 * {@code ETag: "<version>"}, which a client sends back in {@code If-Match} to act only on what it
 * read.
 */
@Provider
public class VersionTags implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof Views.HelpRequestView view) {
      response.getHeaders().putSingle("ETag", new EntityTag(Long.toString(view.version())));
    }
  }

  /** The version named by an {@code If-Match} value such as {@code "3"} or {@code W/"3"}. */
  static long parse(String ifMatch) {
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new BadRequestException("If-Match must be an ETag this API returned, such as \"3\".");
    }
  }
}
