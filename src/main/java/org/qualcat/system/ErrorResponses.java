package org.qualcat.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of the servlet container, which answers whatever no controller did: a method or content type no
 * endpoint takes (405, 415), a path that does not exist, a request the firewall refused, an upload too large.
 * Pages keep Boot's handling (our {@code error.html}); everything under {@code /api} is answered with problem
 * details whatever the client accepts, so that the API never shows an HTML page, a whitelabel page or a trace.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorResponses extends BasicErrorController {

  private static final String API = "/api";

  private final ObjectMapper json;

  ErrorResponses(ErrorAttributes errorAttributes, ServerProperties server,
      ObjectProvider<ErrorViewResolver> viewResolvers, ObjectMapper json) {
    super(errorAttributes, server.getError(), viewResolvers.orderedStream().toList());
    this.json = json;
  }

  @Override
  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
    if (!ofApi(request)) {
      return super.errorHtml(request, response);
    }
    HttpStatus status = getStatus(request);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    ApiHeaders.addMissing(response);
    try {
      json.writeValue(response.getOutputStream(), problem(status));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null; // answered
  }

  @Override
  @RequestMapping
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    if (!ofApi(request)) {
      return super.error(request);
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
        && current.getResponse() != null) {
      ApiHeaders.addMissing(current.getResponse());
    }
    HttpStatus status = getStatus(request);
    ProblemDetail problem = problem(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private static boolean ofApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String path)) {
      return false;
    }
    return isApiPath(path.substring(Math.min(path.length(), request.getContextPath().length())));
  }

  /**
   * Whether a path as the client sent it (not decoded, perhaps refused for that) is under {@code /api}: also
   * {@code /api%2F…} and {@code /api;…}, which the firewall refuses but which were meant for the API.
   */
  static boolean isApiPath(String path) {
    if (!path.startsWith(API)) {
      return false;
    }
    if (path.length() == API.length()) {
      return true;
    }
    char next = path.charAt(API.length());
    return next == '/' || next == '%' || next == ';' || next == '\\' || next == '?';
  }

  /** What the client is told: the status and a sentence, never the exception or the request echoed back. */
  static ProblemDetail problem(HttpStatus status) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, switch (status) {
      case BAD_REQUEST -> "The request is not valid.";
      case UNAUTHORIZED -> "Sign in with HTTP Basic (user name and password) to use this endpoint.";
      case FORBIDDEN -> "Your role does not allow this.";
      case NOT_FOUND -> "There is nothing here.";
      case METHOD_NOT_ALLOWED -> "This endpoint does not take this method; the Allow header says which it takes.";
      case NOT_ACCEPTABLE -> "This endpoint answers with JSON only.";
      case PAYLOAD_TOO_LARGE -> "The request body is too large.";
      case UNSUPPORTED_MEDIA_TYPE -> "This endpoint does not take this content type.";
      default -> status.is5xxServerError() ? "Something went wrong on our side; the error was logged."
          : "The request cannot be answered.";
    });
    return problem;
  }
}
