package org.qualcat.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a call that changes something on {@code /api} or {@code /engine-rest} when the browser says it comes
 * from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}). These APIs take HTTP Basic and no
 * CSRF token; a browser that once answered their Basic challenge sends the credentials with every request, so another
 * site's form could otherwise post a catalog file or withdraw a case in its user's name. Reading stays open, and
 * clients that are not browsers send no such header and are not affected. Pages have CSRF tokens instead.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

  static final String FETCH_SITE = "Sec-Fetch-Site";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

  private final ProblemSecurityHandlers problems;

  CrossSiteRequests(ProblemSecurityHandlers problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String site = request.getHeader(FETCH_SITE);
    if (!SAFE_METHODS.contains(request.getMethod()) && site != null && OTHER_SITES.contains(site.strip())) {
      problems.forbid(request, response, "This API does not take changes sent by a browser from another site.");
      return;
    }
    chain.doFilter(request, response);
  }
}
