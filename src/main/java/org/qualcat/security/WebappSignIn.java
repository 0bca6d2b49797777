package org.qualcat.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;

/**
 * The Camunda webapps' own sign-in form signs in to Qualcat. Qualcat's script in the webapps sends people to Qualcat's
 * pages instead of that form (docs/adr/0016); where the form is still shown (a browser without the script, a session
 * that ended twice in a row), a user signing in there is authenticated here, as on Qualcat's login page (same
 * identity service, same throttle, same audit trail, a new session id), and the request goes on to the webapp, which
 * checks the user's access to the app and answers as it always does. A wrong password is answered 401, as the webapp
 * answers it. A sign-in without the webapps' CSRF token is not looked at here: the webapps refuse it (403), and
 * nobody is signed in or recorded.
 */
public final class WebappSignIn extends AbstractAuthenticationProcessingFilter {

  /** The webapps' sign-in: {@code /camunda/api/admin/auth/user/{engine}/login/{app}}, a form post. */
  public static final String PATH = "/camunda/api/admin/auth/user/*/login/*";

  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  WebappSignIn(AuthenticationManager authentication) {
    super(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH),
        WebappSignOut::carriesWebappToken), authentication);
    setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
    setSecurityContextRepository(sessions);
    setAuthenticationSuccessHandler((request, response, signedIn) -> {
      // the webapp answers: see successfulAuthentication
    });
    HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
    setAuthenticationFailureHandler(unauthorized::commence);
  }

  @Override
  public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
      throws AuthenticationException {
    String username = request.getParameter("username");
    String password = request.getParameter("password");
    return getAuthenticationManager().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
        username == null ? "" : username.strip(), password == null ? "" : password));
  }

  /**
   * Signed in (context set and saved, event published); the webapp now does its own sign-in and answers. The webapp
   * replaces the session on success, keeping only its own sign-in, so the context is saved again in the new one.
   */
  @Override
  protected void successfulAuthentication(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain, Authentication signedIn) throws IOException, ServletException {
    super.successfulAuthentication(request, response, chain, signedIn);
    chain.doFilter(request, response);
    if (request.getSession(false) != null) {
      sessions.saveContext(SecurityContextHolder.getContext(), request, response);
    }
  }
}
