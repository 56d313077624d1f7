package org.clubaide.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.web.problem.Problem;
import org.clubaide.web.problem.Problems;
import org.clubaide.web.security.NotAuthenticatedException;

/**
 * Every error the API can meet, mapped to a problem detail: never a stack trace. Domain refusals
 * keep their rule identifier; unexpected errors are logged under a correlation id that the
 * response carries.
 */
public final class ExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());
  private static final Logger SECURITY_LOG = Logger.getLogger("org.clubaide.security");

  private ExceptionMappers() {}

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** Refusals by the domain: 422, 409, 404, 403 by kind. */
  @Provider
  public static class DomainMapper implements ExceptionMapper<DomainException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
      if (e instanceof RuleViolationException v) {
        List<Problem.FieldError> errors =
            v.field() == null ? null : List.of(new Problem.FieldError(v.field(), v.getMessage()));
        return Problems.of(
            422, "rule-violation", "A rule of the service was not met", e.getMessage(), path(uri),
            e.rule(), errors, null);
      }
      if (e instanceof IllegalTransitionException) {
        return Problems.of(
            409, "illegal-transition", "Not possible in the request's current state",
            e.getMessage(), path(uri), e.rule(), null, null);
      }
      if (e instanceof ConflictException) {
        return Problems.of(
            409, "conflict", "Conflict with saved data", e.getMessage(), path(uri), e.rule(), null,
            null);
      }
      if (e instanceof AccessDeniedException) {
        SECURITY_LOG.info(() -> "Access denied on " + path(uri));
        return Problems.of(
            403, "forbidden", "Not allowed", e.getMessage(), path(uri), e.rule(), null, null);
      }
      return Problems.of(404, "not-found", "Not found", e.getMessage(), path(uri));
    }
  }

  /** Bean Validation failures on transfer objects: 400 with the fields to correct. */
  @Provider
  public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(field(v), v.getMessage()))
              .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
              .toList();
      SECURITY_LOG.fine(() -> "Validation failed on " + path(uri));
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
          .header("WWW-Authenticate", "Basic realm=\"Club Aide\", charset=\"UTF-8\"")
          .build();
    }
  }

  /** Errors JAX-RS raises itself (404, 405, 406, 415…), kept with their status. */
  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e instanceof NotFoundException) {
        return Problems.of(404, "not-found", "Not found", "Nothing is at this address.", path(uri));
      }
      if (e instanceof NotAllowedException) {
        return Problems.of(405, "method-not-allowed", "Method not allowed",
            "This address does not accept this method.", path(uri));
      }
      if (e instanceof NotSupportedException) {
        return Problems.of(415, "unsupported-media-type", "Unsupported media type",
            "Send the body as application/json.", path(uri));
      }
      if (status >= 500) {
        return unexpected(e, path(uri));
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
        return mapper.toResponse(domain);
      }
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof jakarta.persistence.OptimisticLockException) {
          return Problems.of(409, "conflict", "Conflict with saved data",
              "The data was changed by someone else in the meantime. Reload it and try again.",
              path(uri), "CONCURRENT-UPDATE", null, null);
        }
      }
      return unexpected(e, path(uri));
    }
  }

  private static Response unexpected(Throwable e, String path) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error " + correlationId + " on " + path, e);
    return Problems.of(
        500, "internal", "Unexpected error",
        "Something went wrong on our side. Quote this reference if you contact us: "
            + correlationId,
        path, null, null, correlationId);
  }
}
