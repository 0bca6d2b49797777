package org.qualcat.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.qualcat.process.Refusal;
import org.qualcat.process.RefusalSentences;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers unauthenticated (401, with a Basic challenge) and forbidden (403) API calls as problem details. A call of
 * the engine's APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}) refused for the caller's role also
 * carries the {@code message} the Tasklist shows, in Chinese and English (docs/adr/0024).
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Qualcat";
  /** The property of an engine API's error the Camunda webapps show. */
  static final String MESSAGE = "message";
  private static final String ROLE = "Your role does not allow this.";

  private final ObjectMapper json;
  private final RefusalSentences sentences;

  ProblemSecurityHandlers(ObjectMapper json, RefusalSentences sentences) {
    this.json = json;
    this.sentences = sentences;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic (user name and password) to use this endpoint.",
        request);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    ProblemDetail problem = problem(HttpStatus.FORBIDDEN, ROLE, request);
    if (ofTheEngine(request)) {
      problem.setProperty(MESSAGE, sentences.sentence(Refusal.NOT_YOUR_ROLE));
    }
    write(response, problem);
  }

  /** Whether the request is one of the engine REST API or of the webapps' own API (which the Tasklist calls). */
  static boolean ofTheEngine(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/engine-rest/") || path.equals("/engine-rest") || path.startsWith("/camunda/api/");
  }

  /** Refuses a request for a reason other than the caller's role, saying which. */
  void forbid(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
    write(response, HttpStatus.FORBIDDEN, detail, request);
  }

  private void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
      throws IOException {
    write(response, problem(status, detail, request));
  }

  private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    return problem;
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
