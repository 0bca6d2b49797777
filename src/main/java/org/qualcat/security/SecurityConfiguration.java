package org.qualcat.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qualcat.system.RoleNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three ways in. {@code /engine-rest}, {@code /api} and the metrics ({@code /actuator/prometheus}) take HTTP Basic
 * and keep no session; pages take a login form, and the Camunda webapps under {@code /camunda} trust that login
 * (single sign-on, see {@link CamundaSingleSignOn}). Anonymous users reach only the public catalog, the
 * verification-code check and the health probe.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String[] STAFF = Roles.STAFF.toArray(String[]::new);
  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPP_ENGINE_API = "/camunda/api/engine";
  /** The engine REST API answers for the default engine at its root and for each engine under this path. */
  private static final String NAMED_ENGINE = "/engine/*";

  /**
   * Matches the whole path: the engine REST API and the webapps are servlets of their own, not Spring MVC, so
   * MVC-based matchers would not see them.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** The roles' readable names, for the API document ({@link Roles#displayName}). */
  @Bean
  RoleNames roleNames() {
    return Roles::displayName;
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
    return statelessBasic(http.securityMatcher(path("/engine-rest/**")), problems)
        // the bureau's Tasklist calls (EngineRestAccess), the rest for administrators only
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EngineRestAccess.bureauCalls(ENGINE_REST, ENGINE_REST + NAMED_ENGINE)).hasAnyRole(STAFF)
            .anyRequest().hasRole(Roles.ADMIN))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
    return statelessBasic(http.securityMatcher(path("/api/**")), problems)
        .authorizeHttpRequests(requests -> requests
            // who may act is decided here, before a request body is read, and again on each controller method
            .requestMatchers(POST, "/api/catalog/imports").hasAnyRole(Access.IMPORT_CATALOG_GROUPS)
            .requestMatchers(POST, "/api/catalog/editions/draft/publish").hasAnyRole(Access.PUBLISH_EDITION_GROUPS)
            .requestMatchers(POST, "/api/nominations", "/api/nominations/*/supplements")
                .hasAnyRole(Access.NOMINATE_GROUPS)
            .requestMatchers(GET, "/api/nominations", "/api/nominations/*").hasAnyRole(Access.READ_NOMINATIONS_GROUPS)
            .requestMatchers(POST, "/api/adjustments").hasAnyRole(Access.REQUEST_ADJUSTMENT_GROUPS)
            .requestMatchers(GET, "/api/adjustments/*").hasAnyRole(Access.READ_ADJUSTMENTS_GROUPS)
            .requestMatchers(POST, "/api/exits", "/api/monitoring/**").hasAnyRole(Access.MONITOR_GROUPS)
            .requestMatchers(GET, "/api/exits/*").hasAnyRole(Access.READ_EXITS_GROUPS)
            .requestMatchers(GET, "/api/monitoring/**").hasAnyRole(Access.READ_MONITORING_GROUPS)
            .requestMatchers(POST, "/api/verification-cases/*/recommendation").hasAnyRole(Access.RECOMMEND_GROUPS)
            .requestMatchers(POST, "/api/verification-cases", "/api/verification-cases/*/withdraw",
                "/api/verification-cases/*/supplement").hasAnyRole(Access.SUBMIT_CASES_GROUPS)
            .requestMatchers(GET, "/api/verification-cases", "/api/verification-cases/*",
                "/api/verification-cases/*/result.pdf").hasAnyRole(Access.READ_CASES_GROUPS)
            .requestMatchers(POST, "/api/title-applications", "/api/title-applications/*/withdrawal")
                .hasAnyRole(Access.APPLY_FOR_TITLES_GROUPS)
            .requestMatchers(GET, "/api/title-applications", "/api/title-applications/*")
                .hasAnyRole(Access.READ_TITLES_GROUPS)
            .requestMatchers(GET, "/api/audit", "/api/audit/**").hasAnyRole(Access.READ_AUDIT_GROUPS)
            .requestMatchers("/api/bulk-submissions", "/api/bulk-submissions/**")
                .hasAnyRole(Access.SUBMIT_BULK_GROUPS)
            .requestMatchers(POST, "/api/employers").hasAnyRole(Access.MANAGE_EMPLOYERS_GROUPS)
            .requestMatchers(PUT, "/api/employers/*/members/*").hasAnyRole(Access.MANAGE_EMPLOYERS_GROUPS)
            .requestMatchers(DELETE, "/api/employers/*/members/*").hasAnyRole(Access.MANAGE_EMPLOYERS_GROUPS)
            .requestMatchers(GET, "/api/employers").hasAnyRole(Access.MANAGE_EMPLOYERS_GROUPS)
            .requestMatchers(GET, "/api/employers/*", "/api/employers/*/members")
                .hasAnyRole(Access.READ_EMPLOYER_GROUPS)
            .requestMatchers(GET, "/api/catalog", "/api/catalog/**").permitAll()
            .requestMatchers(GET, "/api/verification-codes/*").permitAll()
            .anyRequest().authenticated())
        .build();
  }

  /**
   * The metrics, for Prometheus: a user of the metrics readers' group (HTTP Basic, as Prometheus sends it) or a system
   * administrator, nobody else. They carry counts only, but they tell an outsider how busy the bureau is and whether
   * its engine is failing.
   */
  @Bean
  @Order(3)
  SecurityFilterChain metrics(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
    return statelessBasic(http.securityMatcher(path("/actuator/prometheus")), problems)
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(Roles.METRICS_READERS, Roles.ADMIN))
        .build();
  }

  /**
   * HTTP Basic, no session (so no CSRF token: changes a browser sends from another site are refused instead, see
   * {@link CrossSiteRequests}), problem details for 401 and 403, headers for JSON answers ({@link SecureHeaders}).
   */
  private static HttpSecurity statelessBasic(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
    return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new CrossSiteRequests(problems), BasicAuthenticationFilter.class)
        .headers(SecureHeaders.forApis());
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http, AuthenticationConfiguration authentication,
      ProblemSecurityHandlers problems) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/catalog", "/catalog/**", "/login", "/error", "/css/**", "/js/**", "/favicon.ico",
                "/actuator/health", "/actuator/health/**").permitAll()
            // the public check of a verification code (the address on every result, its QR code and the mail)
            .requestMatchers(GET, "/verification-codes", "/verification-codes/*").permitAll()
            // the matters under public notice (objecting to one needs a sign-in)
            .requestMatchers(GET, "/notices").permitAll()
            // the webapps' sign-in form: its fonts, the engines' names (as the webapps publish them), the sign-in
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(GET, "/camunda/assets/**"),
                PathPatternRequestMatcher.withDefaults().matcher(GET, "/camunda/api/engine/engine/"),
                PathPatternRequestMatcher.withDefaults().matcher(POST, WebappSignIn.PATH)).permitAll()
            // the webapps' engine API is the engine REST API again: the same calls for the bureau
            .requestMatchers(EngineRestAccess.bureauCalls(WEBAPP_ENGINE_API + NAMED_ENGINE)).hasAnyRole(STAFF)
            .requestMatchers(path(WEBAPP_ENGINE_API + "/**")).hasRole(Roles.ADMIN)
            .requestMatchers(path("/camunda/**")).hasAnyRole(STAFF)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        // the webapps' own sign-in form signs in to Qualcat too (after a sign-out in a webapp)
        .addFilterBefore(new WebappSignIn(authentication.getAuthenticationManager()),
            UsernamePasswordAuthenticationFilter.class)
        // signing out of Qualcat's pages or of a Camunda webapp signs the user out of both
        .logout(logout -> logout.logoutRequestMatcher(WebappSignOut.REQUEST)
            .invalidateHttpSession(false).addLogoutHandler(WebappSignOut::endSession)
            .logoutSuccessHandler(WebappSignOut.successHandler("/?signedOut")))
        // the webapps' API calls without a session are told so (401), not sent to the login page
        // and a refused call of theirs is answered in problem details; a refused page shows the error page. (One
        // defaultAccessDeniedHandlerFor alone would answer every refusal of this chain that way.)
        .exceptionHandling(e -> e.authenticationEntryPoint(signInFirst())
            .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                new LinkedHashMap<RequestMatcher, AccessDeniedHandler>(Map.of(path("/camunda/api/**"), problems)),
                new AccessDeniedHandlerImpl())))
        // the Camunda webapps run their own CSRF protection (XSRF-TOKEN cookie and header)
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
        .headers(SecureHeaders.forPages())
        .build();
  }

  /** The login page, except for the webapps' API calls: those are told 401, as the webapps expect. */
  private static AuthenticationEntryPoint signInFirst() {
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
    entryPoints.put(path("/camunda/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return entryPoint;
  }
}
