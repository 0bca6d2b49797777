package org.qualcat.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three ways in. {@code /engine-rest} and {@code /api} take HTTP Basic and keep no session; pages take a login
 * form, and the Camunda webapps under {@code /camunda} trust that login (single sign-on, see
 * {@link CamundaSingleSignOn}). Anonymous users reach only the public catalog, the verification-code check and
 * the health probe.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String[] STAFF = Roles.STAFF.toArray(String[]::new);

  /**
   * Matches the whole path: the engine REST API and the webapps are servlets of their own, not Spring MVC, so
   * MVC-based matchers would not see them.
   */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
    return statelessBasic(http.securityMatcher(path("/engine-rest/**")), problems)
        .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(STAFF))
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
            .requestMatchers(POST, "/api/verification-cases", "/api/verification-cases/*/withdraw",
                "/api/verification-cases/*/supplement").hasAnyRole(Access.SUBMIT_CASES_GROUPS)
            .requestMatchers(GET, "/api/verification-cases", "/api/verification-cases/*")
                .hasAnyRole(Access.READ_CASES_GROUPS)
            .requestMatchers(GET, "/api/audit", "/api/audit/**").hasAnyRole(Access.READ_AUDIT_GROUPS)
            .requestMatchers(GET, "/api/catalog", "/api/catalog/**").permitAll()
            .requestMatchers(GET, "/api/verification-codes/*").permitAll()
            .anyRequest().authenticated())
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
  @Order(3)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/catalog", "/catalog/**", "/login", "/error", "/css/**", "/js/**", "/favicon.ico",
                "/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers(path("/camunda/**")).hasAnyRole(STAFF)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
        // the Camunda webapps run their own CSRF protection (XSRF-TOKEN cookie and header)
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
        .headers(SecureHeaders.forPages())
        .build();
  }
}
