package org.qualcat.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.qualcat.security.AccountUnlocked;
import org.qualcat.security.WebappSignIn;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.filter.OrderedRequestContextFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.RequestContextFilter;

/**
 * Sign-ins in the audit trail, from Spring Security's authentication events: every interactive sign-in (on the login
 * page or a Camunda webapp's sign-in form), every failed authentication (those and HTTP Basic alike), and sign-outs.
 *
 * <p>A successful HTTP Basic authentication is <em>not</em> recorded: the API and the engine REST API authenticate
 * every request that way, so it would be one line per API call. What such a caller does is recorded as the
 * decision, view or export itself, with the caller as actor.
 */
@Configuration(proxyBeanMethods = false)
class SignInAudit {

  /** Spring Security's form login posts here (the login page's own path). */
  static final String LOGIN_PATH = "/login";
  static final String FORM = "form";
  static final String BASIC = "basic";
  /** A sign-in or sign-out through a Camunda webapp's own form or menu (Tasklist, Cockpit, Admin). */
  static final String WEBAPP = "webapp";
  private static final String WEBAPPS = "/camunda/";
  private static final RequestMatcher WEBAPP_LOGIN =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, WebappSignIn.PATH);
  /** The actor of a failed authentication: nobody is signed in; the name given is the subject. */
  static final String ANONYMOUS = "anonymous";

  private final AuditTrail audit;

  SignInAudit(AuditTrail audit) {
    this.audit = audit;
  }

  /**
   * Publishes an event for every failed authentication, whatever exception a provider or a throttle throws (the
   * default publisher knows only a fixed list of exceptions and stays silent on any other).
   */
  @Bean
  AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
    DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
    publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
    return publisher;
  }

  /**
   * Exposes the request (path, caller's address) to the authentication events, which Spring Security publishes in
   * its filter chain. Spring Boot's own request-context filter comes with Jersey (the engine REST API) and runs after
   * Spring Security, too late for them; this one replaces it and runs just before.
   */
  @Bean
  FilterRegistrationBean<RequestContextFilter> requestContextBeforeSecurity() {
    FilterRegistrationBean<RequestContextFilter> registration =
        new FilterRegistrationBean<>(new OrderedRequestContextFilter());
    registration.setName("Qualcat request context before security");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
    return registration;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    String channel = channel(currentRequest());
    if (!BASIC.equals(channel)) {
      String user = event.getAuthentication().getName();
      audit.signIn(AuditTrailActions.LOGIN_SUCCEEDED, user, user, channel);
    }
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    // the name as given: it may name no user at all; the password is never looked at
    String given = event.getAuthentication() == null ? null : event.getAuthentication().getName();
    String channel = channel(currentRequest());
    audit.signIn(AuditTrailActions.LOGIN_FAILED, ANONYMOUS, given == null || given.isBlank() ? "-" : given,
        channel + ": " + event.getException().getClass().getSimpleName());
  }

  @EventListener
  void loggedOut(LogoutSuccessEvent event) {
    String user = event.getAuthentication().getName();
    boolean fromWebapp = currentRequest()
        .filter(r -> r.getRequestURI().substring(r.getContextPath().length()).startsWith(WEBAPPS)).isPresent();
    audit.signIn(AuditTrailActions.LOGOUT, user, user, fromWebapp ? WEBAPP : FORM);
  }

  /** A lockout lifted by security's scheduler: recorded in the transaction that unlocked the user. */
  @EventListener
  void unlocked(AccountUnlocked event) {
    audit.signIn(AuditTrailActions.ACCOUNT_UNLOCKED, AuditTrail.SYSTEM, event.user(), event.details());
  }

  private static Optional<HttpServletRequest> currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? Optional.of(attributes.getRequest()) : Optional.empty();
  }

  /** How the request signs in: Qualcat's login form, a webapp's sign-in form, or else HTTP Basic. */
  private static String channel(Optional<HttpServletRequest> request) {
    Optional<String> posted = request.filter(r -> HttpMethod.POST.matches(r.getMethod()))
        .map(r -> r.getRequestURI().substring(r.getContextPath().length()));
    if (posted.filter(LOGIN_PATH::equals).isPresent()) {
      return FORM;
    }
    return request.filter(WEBAPP_LOGIN::matches).isPresent() ? WEBAPP : BASIC;
  }
}
