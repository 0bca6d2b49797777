package org.qualcat.system;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every API answer carries. Spring Security writes them ({@code org.qualcat.security.SecureHeaders});
 * answers to requests refused before its filters ran (by its firewall, or by Tomcat) get them here.
 */
public final class ApiHeaders {

  /** JSON needs nothing from a browser, so nothing is allowed: a value echoed in an answer can never run. */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

  private ApiHeaders() {
  }

  static void addMissing(HttpServletResponse response) {
    setIfMissing(response, "X-Content-Type-Options", "nosniff");
    setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
    setIfMissing(response, "Cache-Control", "no-store");
    setIfMissing(response, "Referrer-Policy", "no-referrer");
  }

  private static void setIfMissing(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }
}
