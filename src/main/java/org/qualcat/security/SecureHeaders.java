package org.qualcat.security;

import org.qualcat.system.ApiHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers that tell a browser what our answers may do, on top of Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store}, HSTS over HTTPS).
 *
 * <ul>
 *   <li>Qualcat's pages: a Content-Security-Policy that runs only our own script and style files (the templates have
 *   no inline script, style or event handler), loads nothing from elsewhere, posts forms only to us and lets no site
 *   frame them; {@code X-Frame-Options: DENY} for browsers that know no CSP. The Swagger UI is the exception that
 *   may add inline style (not script).</li>
 *   <li>The Camunda webapps under {@code /camunda} keep their own policy (Camunda's header filter sends one with a
 *   nonce for their inline scripts; two policies would both apply and break them) and may frame themselves.</li>
 *   <li>The APIs answer JSON only: a policy that allows nothing, so that a reflected value can never run.</li>
 *   <li>Everywhere: no referrer to other sites (page addresses name case references).</li>
 * </ul>
 */
final class SecureHeaders {

  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  /** The Swagger UI (signed-in users) adds a style element of its own: the one page that may have inline style. */
  static final String SWAGGER_UI_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private static final RequestMatcher WEBAPPS = PathPatternRequestMatcher.withDefaults().matcher("/camunda/**");
  private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

  private SecureHeaders() {
  }

  static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
    RequestMatcher ours = new NegatedRequestMatcher(WEBAPPS);
    RequestMatcher oursButSwagger = new AndRequestMatcher(ours, new NegatedRequestMatcher(SWAGGER_UI));
    return headers -> headers
        .frameOptions(frame -> frame.disable())
        .addHeaderWriter(only(ours, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
        .addHeaderWriter(only(WEBAPPS, new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
        .addHeaderWriter(only(oursButSwagger, new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
        .addHeaderWriter(only(SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  static Customizer<HeadersConfigurer<HttpSecurity>> forApis() {
    return headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(ApiHeaders.CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
  }

  private static HeaderWriter only(RequestMatcher requests, HeaderWriter writer) {
    return new DelegatingRequestMatcherHeaderWriter(requests, writer);
  }
}
