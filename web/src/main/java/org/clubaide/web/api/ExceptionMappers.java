package org.clubaide.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.problem.CorrelationId;
import org.clubaide.web.problem.Problem;
import org.clubaide.web.problem.ProblemTexts;
import org.clubaide.web.problem.Problems;
import org.clubaide.web.security.LoginThrottledException;
import org.clubaide.web.security.NotAuthenticatedException;
import org.clubaide.web.security.SecurityEvents;

/**
 * Every error the API can meet, mapped to a problem detail: never a stack trace. The mappers give
 * English defaults; {@link org.clubaide.web.problem.ProblemLanguageFilter} answers in French or
 * English after {@code Accept-Language}. Domain refusals keep their rule identifier and the
 * domain's own sentence as {@code reason}; unexpected errors are logged under the request's
 * correlation id, which the response carries. Refused input and denied access are security
 * events.
 */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());
  private static final String BASIC_CHALLENGE = "Basic realm=\"Club Aide\", charset=\"UTF-8\"";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"Club Aide\"";

  private ExceptionMappers() {}

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  private static void event(
      HttpServletRequest request, SecurityEvents.Type type, String... details) {
    if (request != null) {
      Principal caller = request.getUserPrincipal();
      SecurityEvents.log(
          type, request, caller == null ? null : SecurityEvents.account(caller.getName()), details);
    }
  }

  /** Refusals by the domain: 422, 409, 404, 403 by kind. */
  @Provider
  public static class DomainMapper implements ExceptionMapper<DomainException> {
    @Context UriInfo uri;
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(DomainException e) {
      String reason = e.getMessage();
      if (e instanceof RuleViolationException v) {
        event(request, SecurityEvents.Type.VALIDATION_FAILED, "rule", e.rule(), "status", "422");
        List<Problem.FieldError> errors =
            v.field() == null ? null : List.of(new Problem.FieldError(v.field(), reason));
        return Problems.of(
            422, "rule-violation", "A rule of the service was not met", reason, path(uri),
            e.rule(), reason, errors, null);
      }
      if (e instanceof IllegalTransitionException) {
        return Problems.of(
            409, "illegal-transition", "Not possible in the current state", reason, path(uri),
            e.rule(), reason, null, null);
      }
      if (e instanceof ConflictException) {
        return Problems.of(
            409, "conflict", "Conflict with saved data", reason, path(uri), e.rule(), reason, null,
            null);
      }
      if (e instanceof AccessDeniedException) {
        event(request, SecurityEvents.Type.ACCESS_DENIED, "rule", e.rule());
        return Problems.of(
            403, "forbidden", "Not allowed", reason, path(uri), e.rule(), reason, null, null);
      }
      return Problems.of(404, "not-found", "Not found", reason, path(uri), null, reason, null, null);
    }
  }

  /** Bean Validation failures on transfer objects: 400 with the fields to correct. */
  @Provider
  public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context UriInfo uri;
    @Context HttpHeaders headers;
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      Locale language =
          ProblemTexts.negotiate(headers == null ? null : headers.getHeaderString("Accept-Language"));
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(field(v), ValidationMessages.of(v, language)))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      event(request, SecurityEvents.Type.VALIDATION_FAILED, "status", "400");
      return Problems.of(
          400, "validation", "The request has invalid fields",
          "Correct the fields listed in errors.", path(uri), null, errors, null);
    }

    private static String field(ConstraintViolation<?> v) {
      String p = v.getPropertyPath().toString();
      int dot = p.lastIndexOf('.');
      return dot < 0 ? p : p.substring(dot + 1);
    }
  }

  /** Bean Validation messages in the client's language. */
  static final class ValidationMessages {

    private static volatile MessageInterpolator interpolator;

    private ValidationMessages() {}

    /** The violation's message in {@code language}, or as Bean Validation gave it. */
    static String of(ConstraintViolation<?> violation, Locale language) {
      try {
        MessageInterpolator current = interpolator;
        if (current == null) {
          current = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
          interpolator = current;
        }
        return current.interpolate(
            violation.getMessageTemplate(),
            new MessageInterpolator.Context() {
              @Override
              public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
              }

              @Override
              public Object getValidatedValue() {
                return violation.getInvalidValue();
              }

              @Override
              public <T> T unwrap(Class<T> type) {
                if (type.isInstance(this)) {
                  return type.cast(this);
                }
                throw new ValidationException("Cannot unwrap to " + type);
              }
            },
            language);
      } catch (RuntimeException unavailable) {
        return violation.getMessage();
      }
    }
  }

  /** Malformed JSON or a value of the wrong type: 400. */
  @Provider
  public static class JsonMapper implements ExceptionMapper<JsonbException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
      return Problems.of(
          400, "malformed", "The request body could not be read",
          "Send a JSON document that follows the API's schema.", path(uri));
    }
  }

  /** Body-reading failures that JAX-RS wraps: 400. */
  @Provider
  public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
      return Problems.of(
          400, "malformed", "The request body could not be read",
          "Send a JSON document that follows the API's schema.", path(uri));
    }
  }

  /** The caller is not logged in: 401. */
  @Provider
  public static class UnauthenticatedMapper implements ExceptionMapper<NotAuthenticatedException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(NotAuthenticatedException e) {
      return Response.fromResponse(
              Problems.of(401, "unauthenticated", "Authentication required", e.getMessage(),
                  path(uri)))
          .header("WWW-Authenticate", BASIC_CHALLENGE)
          .header("WWW-Authenticate", BEARER_CHALLENGE)
          .build();
    }
  }

  /** Too many failed logins: 429 with the delay to wait. */
  @Provider
  public static class ThrottledMapper implements ExceptionMapper<LoginThrottledException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(LoginThrottledException e) {
      return Response.fromResponse(
              Problems.of(429, e.type(), "Too many attempts", e.getMessage(),
                  path(uri)))
          .header("Retry-After", Long.toString(e.retryAfter().toSeconds()))
          .build();
    }
  }

  /** Errors JAX-RS raises itself (404, 405, 406, 415…), kept with their status. */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof NotFoundException) {
        return Problems.of(404, "not-found", "Not found", "Nothing is at this address.", path(uri));
      }
      if (e instanceof NotAllowedException) {
        return Response.fromResponse(
                Problems.of(405, "method-not-allowed", "Method not allowed",
                    "This address does not accept this method.", path(uri)))
            .allow(e.getResponse().getAllowedMethods())
            .build();
      }
      if (e instanceof NotAcceptableException) {
        return Problems.of(406, "not-acceptable", "Response format not available",
            "This address answers application/json.", path(uri));
      }
      if (e instanceof NotSupportedException) {
        return Problems.of(415, "unsupported-media-type", "Unsupported media type",
            "Send the body as application/json.", path(uri));
      }
      if (status >= 500) {
        return unexpected(e, path(uri), request);
      }
      if (e.getCause() instanceof JsonbException || status == 400) {
        return Problems.of(400, "malformed", "The request could not be read",
            "Send a JSON document that follows the API's schema, with valid parameters.",
            path(uri));
      }
      return Problems.of(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
          "The request cannot be served as sent.", path(uri));
    }
  }

  /** Anything else: 500 with a correlation id; the cause goes to the log only. */
  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
    @Context UriInfo uri;
    @Context HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        if (cause instanceof DomainException) {
          break;
        }
        cause = cause.getCause();
      }
      if (cause instanceof DomainException domain) {
        DomainMapper mapper = new DomainMapper();
        mapper.uri = uri;
        mapper.request = request;
        return mapper.toResponse(domain);
      }
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof jakarta.persistence.OptimisticLockException) {
          String reason =
              "The data was changed by someone else in the meantime. Reload it and try again.";
          return Problems.of(409, "conflict", "Conflict with saved data", reason, path(uri),
              "CONCURRENT-UPDATE", reason, null, null);
        }
      }
      return unexpected(e, path(uri), request);
    }
  }

  private static Response unexpected(Throwable e, String path, HttpServletRequest request) {
    String correlationId =
        request == null ? UUID.randomUUID().toString() : CorrelationId.of(request);
    LOG.log(Level.SEVERE, "Unexpected error " + correlationId + " on " + path, e);
    return Problems.of(
        500, "internal", "Unexpected error",
        "Something went wrong on our side. Quote this reference if you contact us: "
            + correlationId,
        path, null, null, correlationId);
  }
}
