package org.qualcat.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of request bodies on {@code /api}, before anything reads them into memory: a body that declares a
 * larger {@code Content-Length} is answered 413 at once, unread; a body sent without one (chunked) is cut off as soon
 * as it passes the limit, and the API answers 413 too ({@link ApiExceptionHandler}). The limit depends on the
 * content type ({@link ApiLimits}); uploads ({@code multipart/form-data}) keep Spring's multipart limit, which Tomcat
 * enforces while it parses them. Runs right after Spring Security, so that the answer carries the security headers
 * and an anonymous caller learns nothing but 401.
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimit {

  @Bean
  FilterRegistrationBean<LimitFilter> apiRequestBodyLimit(ApiLimits limits, MultipartProperties multipart,
      ObjectMapper json) {
    FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(
        new LimitFilter(limits, multipart.getMaxRequestSize().toBytes(), json));
    registration.setName("Qualcat API request body limit");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  static final class LimitFilter extends OncePerRequestFilter {

    private final ApiLimits limits;
    private final long multipartLimit;
    private final ObjectMapper json;

    LimitFilter(ApiLimits limits, long multipartLimit, ObjectMapper json) {
      this.limits = limits;
      this.multipartLimit = multipartLimit;
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String contentType = request.getContentType();
      boolean multipart = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
      long limit = multipart ? multipartLimit : isCsv(contentType)
          ? limits.maxCatalogFileSize().toBytes() : limits.maxBodySize().toBytes();
      long declared = request.getContentLengthLong();
      if (declared > limit) {
        tooLarge(request, response, limit);
        return;
      }
      boolean unknownLength = declared < 0 && !multipart;
      chain.doFilter(unknownLength ? new LimitedRequest(request, limit) : request, response);
    }

    private static boolean isCsv(String contentType) {
      try {
        return contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(new MediaType("text", "csv"));
      } catch (RuntimeException e) {
        return false; // not a media type at all: the API refuses it later (415)
      }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem(limit));
    }
  }

  static ProblemDetail problem(long limit) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
        "The request body is larger than the " + describe(limit) + " this endpoint accepts.");
    problem.setTitle("Request body too large");
    return problem;
  }

  private static String describe(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
        : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
  }

  /** A request whose body can be read only up to {@code limit} bytes; then reading fails. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset;
      try {
        charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new java.io.UnsupportedEncodingException("unknown charset");
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
