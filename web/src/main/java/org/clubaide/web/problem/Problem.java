package org.clubaide.web.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail. Title and detail are in the language the client asked for with
 * {@code Accept-Language} (French by default, or English); see {@link ProblemTexts}.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind
 * @param status the HTTP status
 * @param detail what went wrong this time, for a person
 * @param instance the path of the request
 * @param rule the rule of the terms behind a refusal, if any (for example {@code R-REQ-2})
 * @param reason for a refusal by the domain: the domain's own sentence, in English, naming the
 *     values at fault (in English, the same as {@code detail})
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
    String reason,
    List<FieldError> errors,
    String correlationId) {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The URI prefix of our problem types. */
  public static final String TYPE_PREFIX = "urn:clubaide:problem:";

  /**
   * A problem without a domain reason.
   *
   * @param type a URI naming the kind of problem
   * @param title a short summary of the kind
   * @param status the HTTP status
   * @param detail what went wrong this time
   * @param instance the path of the request
   * @param rule the rule behind a refusal, if any
   * @param errors the fields to correct, if any
   * @param correlationId the id of an unexpected error, if any
   */
  public Problem(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      String rule,
      List<FieldError> errors,
      String correlationId) {
    this(type, title, status, detail, instance, rule, null, errors, correlationId);
  }

  /** The kind of problem: the type without its prefix, for example {@code not-found}. */
  public String kind() {
    return type != null && type.startsWith(TYPE_PREFIX)
        ? type.substring(TYPE_PREFIX.length())
        : "about:blank";
  }

  /**
   * One field to correct.
   *
   * @param field the field's name in the request
   * @param message what is wrong with it
   */
  public record FieldError(String field, String message) {}
}
