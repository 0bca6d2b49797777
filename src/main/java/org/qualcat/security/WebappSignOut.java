package org.qualcat.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Signing out of a Camunda webapp signs out of Qualcat. The webapps' "Log out" only forgets the webapp's own copy of
 * the user, and single sign-on would hand the user straight back to it: on a shared desk the next person would be
 * signed in as the last. So the webapps' sign-out request is Spring Security's sign-out too: the user is signed out of
 * both, the audit trail records it, and the webapp is answered as the webapp itself answers (200, no body). The
 * session itself stays, holding no one: it keeps the webapps' CSRF token, so that the webapp's sign-in form works
 * ({@link WebappSignIn}) where it is still shown; Qualcat's script in the webapps opens Qualcat's signed-out page
 * instead (docs/adr/0016). Qualcat's own sign-out ends the session.
 *
 * <p>Spring Security leaves CSRF under {@code /camunda} to the webapps' own filter, which never sees a request the
 * sign-out answers; so the sign-out checks the webapps' token itself ({@code X-XSRF-TOKEN} against the session's).
 * A request without it is not a sign-out here and goes on to the webapps, which refuse it.
 */
final class WebappSignOut {

  /** The webapps' sign-out, for any engine name. */
  static final String PATH = "/camunda/api/admin/auth/user/*/logout";
  private static final RequestMatcher WEBAPP_PATH =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH);

  /** A sign-out request: Qualcat's sign-out form, or the webapps' sign-out with the webapps' CSRF token. */
  static final RequestMatcher REQUEST = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
      request -> WEBAPP_PATH.matches(request) && carriesWebappToken(request));

  private WebappSignOut() {
  }

  /**
   * Ends Qualcat's session on Qualcat's sign-out; on a webapp's, forgets the webapps' own sign-in and keeps the
   * session (Spring Security's own handler forgets the user in both cases).
   */
  static void endSession(HttpServletRequest request, HttpServletResponse response, Authentication signedOut) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return;
    }
    if (WEBAPP_PATH.matches(request)) {
      AuthenticationUtil.updateSession(session, new Authentications());
    } else {
      session.invalidate();
    }
  }

  /** The webapps are answered as they expect; Qualcat's pages go to {@code signedOutUrl}. */
  static LogoutSuccessHandler successHandler(String signedOutUrl) {
    SimpleUrlLogoutSuccessHandler pages = new SimpleUrlLogoutSuccessHandler();
    pages.setDefaultTargetUrl(signedOutUrl);
    return (request, response, authentication) -> {
      if (WEBAPP_PATH.matches(request)) {
        response.setStatus(HttpServletResponse.SC_OK);
      } else {
        pages.onLogoutSuccess(request, response, authentication);
      }
    };
  }

  /** Whether the request carries the webapps' CSRF token of its session (header {@code X-XSRF-TOKEN}). */
  static boolean carriesWebappToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return sent != null && expected instanceof String token
        && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
