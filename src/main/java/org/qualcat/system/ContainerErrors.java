package org.qualcat.system;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Requests Tomcat refuses before the application sees them (an encoded slash, backslash or null byte in the path, a
 * URI it cannot decode) are answered by Tomcat's error report valve, as an HTML page. Under {@code /api} this valve
 * answers with problem details instead, like every other API error ({@link ErrorResponses}); elsewhere Tomcat's
 * plain page stays. Added after Boot's own valve, so that it reports first.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

  @Bean
  ApiErrorReports apiErrorReports() {
    return new ApiErrorReports();
  }

  /** Adds the valve to the host, after Boot's error report valve. */
  static final class ApiErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ApiErrorReportValve()));
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }

  static final class ApiErrorReportValve extends ErrorReportValve {

    ApiErrorReportValve() {
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !ErrorResponses.isApiPath(rawPath(request))) {
        super.report(request, response, throwable);
        return;
      }
      if (!response.setErrorReported()) {
        return;
      }
      HttpStatus known = HttpStatus.resolve(status);
      String detail = ErrorResponses.problem(known == null ? HttpStatus.BAD_REQUEST : known).getDetail();
      String title = known == null ? "Error" : known.getReasonPhrase();
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ApiHeaders.addMissing(response);
        PrintWriter writer = response.getReporter();
        if (writer != null) {
          // fixed texts only: nothing of the request is echoed
          writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
              + detail + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client has gone; nothing to tell it
      }
    }

    private static String rawPath(Request request) {
      String uri = request.getCoyoteRequest().requestURI().toString();
      return uri == null ? "" : uri;
    }
  }
}
