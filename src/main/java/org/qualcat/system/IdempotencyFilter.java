package org.qualcat.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the API's POSTs: a client that does not know whether its request arrived (a timeout,
 * a dropped connection) sends it again with the same key and gets the first answer, not a second case. Keys are per
 * caller; the same key with a different request is refused (422); a key whose first request is still running
 * answers 409. Answers to a request that failed on our side (5xx) are not kept, so a retry runs again.
 * Multipart uploads are left out: the catalog import they carry is idempotent by itself. Keys are kept for a day
 * ({@code qualcat.api.idempotency-keys-kept-for}), then forgotten.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED = "Idempotent-Replayed";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int MAX_KEPT_BODY = 8000;
  /** Bodies are read into memory to be hashed: never more than this. */
  private static final int MAX_HASHED_BODY = 1024 * 1024;

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public IdempotencyFilter(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
        || request.getHeader(HEADER) == null
        || contentType != null && contentType.toLowerCase().startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER).strip();
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null || !caller.isAuthenticated() || "anonymousUser".equals(caller.getName())) {
      chain.doFilter(request, response);
      return;
    }
    if (!KEY.matcher(key).matches()) {
      problem(response, HttpStatus.BAD_REQUEST, "The Idempotency-Key header must be 1 to 64 letters, digits, dashes "
          + "or underscores.", Map.of("errors", List.of(Map.of("field", HEADER, "message",
          "must be 1 to 64 letters, digits, dashes or underscores"))));
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_HASHED_BODY + 1);
    if (body.length > MAX_HASHED_BODY) {
      problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large.", Map.of());
      return;
    }
    String hash = sha256(request.getMethod(), request.getRequestURI(), body);
    List<Map<String, Object>> earlier = jdbc.queryForList(
        "select request_hash, status, content_type, location, body from idempotent_request where caller = ? and "
            + "idem_key = ?", caller.getName(), key);
    if (!earlier.isEmpty()) {
      replay(earlier.get(0), hash, response);
      return;
    }
    try {
      jdbc.update("insert into idempotent_request (caller, idem_key, method, path, request_hash, created_at) "
          + "values (?, ?, ?, ?, ?, ?)", caller.getName(), key, request.getMethod(), trim(request.getRequestURI(), 300),
          hash, Timestamp.from(clock.instant()));
    } catch (DuplicateKeyException e) {
      problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed.", Map.of());
      return;
    }
    ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(new CachedBody(request, body), recorded);
    } finally {
      keep(caller.getName(), key, recorded);
      recorded.copyBodyToResponse();
    }
  }

  /**
   * Forgets keys used before {@code keptSince}, and keys whose first request never finished (the application stopped
   * while it ran) before {@code abandonedSince}, so that a client may use them again. Returns how many went.
   */
  public int forget(Instant keptSince, Instant abandonedSince) {
    return jdbc.update("delete from idempotent_request where created_at < ? or (status is null and created_at < ?)",
        Timestamp.from(keptSince), Timestamp.from(abandonedSince));
  }

  private void replay(Map<String, Object> earlier, String hash, HttpServletResponse response) throws IOException {
    if (!hash.equals(earlier.get("request_hash"))) {
      problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "This Idempotency-Key was used for a different request; "
          + "use a new key for a new request.", Map.of());
      return;
    }
    if (earlier.get("status") == null) {
      problem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed.", Map.of());
      return;
    }
    response.setStatus(((Number) earlier.get("status")).intValue());
    response.setHeader(REPLAYED, "true");
    if (earlier.get("location") != null) {
      response.setHeader("Location", (String) earlier.get("location"));
    }
    if (earlier.get("content_type") != null) {
      response.setContentType((String) earlier.get("content_type"));
    }
    if (earlier.get("body") != null) {
      response.getOutputStream().write(((String) earlier.get("body")).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void keep(String caller, String key, ContentCachingResponseWrapper recorded) {
    int status = recorded.getStatus();
    String body = new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8);
    if (status >= 500 || body.length() > MAX_KEPT_BODY) {
      jdbc.update("delete from idempotent_request where caller = ? and idem_key = ?", caller, key);
      return;
    }
    jdbc.update("update idempotent_request set status = ?, content_type = ?, location = ?, body = ? where caller = ? "
        + "and idem_key = ?", status, recorded.getContentType(), recorded.getHeader("Location"), body, caller, key);
  }

  private void problem(HttpServletResponse response, HttpStatus status, String detail, Map<String, Object> properties)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    properties.forEach(problem::setProperty);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static String sha256(String method, String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String trim(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  /** The request with its body read once, for the hash, and handed on again. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
