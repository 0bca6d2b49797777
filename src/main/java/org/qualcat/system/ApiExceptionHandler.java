package org.qualcat.system;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into RFC 9457 problem details. Input errors name the field
 * ({@code errors: [{field, message}]}); nothing internal (stack traces, SQL) ever reaches the client.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  static final String ERRORS = "errors";
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  record FieldProblem(String field, String message) {
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  /** Two requests created the same thing at once (a unique key); the loser is told, nothing is half done. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail duplicate(DataIntegrityViolationException e) {
    return problem(HttpStatus.CONFLICT, "This conflicts with data recorded at the same time; reload and try again.");
  }

  /** Two requests changed the same rows at once: a version check failed, or the database chose a deadlock victim. */
  @ExceptionHandler(ConcurrencyFailureException.class)
  ProblemDetail concurrentChange(ConcurrencyFailureException e) {
    return problem(HttpStatus.CONFLICT, "Someone else changed this at the same time; reload and try again.");
  }

  /** The engine's own words for the same: its optimistic locking, or a rolled-back transaction under it. */
  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    // Qualcat's own refusal, thrown in a listener or delegate the engine ran for this request: answered as such
    InvalidInputException invalid = causeOf(e, InvalidInputException.class);
    if (invalid != null) {
      return invalid(invalid);
    }
    ConflictException conflict = causeOf(e, ConflictException.class);
    if (conflict != null) {
      return conflict(conflict);
    }
    NotFoundException missing = causeOf(e, NotFoundException.class);
    if (missing != null) {
      return notFound(missing);
    }
    SQLException sql = causeOf(e, SQLException.class);
    if (causeOf(e, OptimisticLockingException.class) != null
        || sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
      return concurrentChange(null);
    }
    return unexpected(e);
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return invalid(e.getErrors().stream().map(f -> new FieldProblem(f.field(), f.message())).toList());
  }

  /**
   * Left to Spring Security, which answers 401 to anonymous callers and 403 to signed-in ones
   * (rethrowing from a handler lets the exception travel on to its filter).
   */
  @ExceptionHandler(AccessDeniedException.class)
  void accessDenied(AccessDeniedException e) {
    throw e;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() != null && e.getRequiredType().isEnum()
        ? "one of " + enumValues(e.getRequiredType())
        : "a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
    return invalid(List.of(new FieldProblem(e.getName(), "must be " + expected)));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
        .toList();
    List<FieldProblem> global = e.getBindingResult().getGlobalErrors().stream()
        .map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage()))
        .toList();
    return ResponseEntity.badRequest().body(invalid(concat(fields, global)));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> fields = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream()
            .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
    return ResponseEntity.badRequest().body(invalid(fields));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    BodyTooLargeException tooLarge = causeOf(e, BodyTooLargeException.class);
    if (tooLarge != null) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestBodyLimit.problem(tooLarge.limit()));
    }
    if (causeOf(e, StreamConstraintsException.class) != null) {
      return ResponseEntity.badRequest().body(
          problem(HttpStatus.BAD_REQUEST, "The request body is nested too deeply or too long to be read."));
    }
    FieldProblem problem = null;
    Throwable cause = e.getCause();
    if (cause instanceof UnrecognizedPropertyException u) {
      problem = new FieldProblem(path(u), "is not a known field");
    } else if (cause instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      problem = new FieldProblem(path(f), "must be " + (target != null && target.isEnum()
          ? "one of " + enumValues(target) : "a valid " + (target == null ? "value" : target.getSimpleName())));
    } else if (cause instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      problem = new FieldProblem(path(m), "has the wrong type or format");
    }
    ProblemDetail body = problem == null
        ? problem(HttpStatus.BAD_REQUEST, "The request body is missing or not valid JSON for this endpoint.")
        : invalid(List.of(problem));
    return ResponseEntity.badRequest().body(body);
  }

  /** A missing query parameter is a missing field. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getParameterName(), "must be given"))));
  }

  /** A missing part of an upload (the file) is a missing field. */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(e.getRequestPartName(), "must be given"))));
  }

  /** An upload too large for the multipart limit, found while Tomcat parsed it. */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail body = problem(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than this endpoint accepts.");
    body.setTitle("Request body too large");
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(body);
  }

  /**
   * An upload that is not a well-formed {@code multipart/form-data} body (no boundary, cut off, too many parts).
   * Parsed lazily ({@code spring.servlet.multipart.resolve-lazily}), so it surfaces here rather than as a 500.
   */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail brokenUpload(MultipartException e) {
    return problem(HttpStatus.BAD_REQUEST, "The upload is not a well-formed multipart/form-data body.");
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (status.is5xxServerError()) {
      log.error("Request failed", e);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; the error was logged.");
  }

  static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }

  private static ProblemDetail invalid(List<FieldProblem> fields) {
    String summary = fields.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request is not valid: " + summary);
    problem.setTitle("Invalid request");
    problem.setProperty(ERRORS, fields);
    return problem;
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String enumValues(Class<?> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
        .collect(Collectors.joining(", "));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
