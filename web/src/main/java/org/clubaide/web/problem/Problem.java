package org.clubaide.web.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person
 * @param instance the path of the request
 * @param rule the rule of the terms behind a refusal, if any (for example {@code R-REQ-2})
 * @param errors the fields to correct, if any
 * @param correlationId for an unexpected error: the id under which it was logged
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String rule,
    List<FieldError> errors,
    String correlationId) {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The URI prefix of our problem types. */
  public static final String TYPE_PREFIX = "urn:clubaide:problem:";

  /**
   * One field to correct.
   *
   * @param field the field's name in the request
   * @param message what is wrong with it
   */
  public record FieldError(String field, String message) {}
}
