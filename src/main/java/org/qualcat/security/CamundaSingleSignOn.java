package org.qualcat.security;

import java.time.Duration;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security authenticated to the engine, so that engine authorizations apply to them:
 * for the webapps (Tasklist, Cockpit, Admin: no second login) and for each engine REST call. The user's groups
 * and tenants come from the identity service: the webapps keep them in the user's session (Camunda's filter),
 * the engine REST API for as long as a sign-in is remembered ({@link EngineRestAuthentication}). Both filters run
 * after Spring Security's chain.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

  private static final String AUTHENTICATION_PROVIDER = "authentication-provider";

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Qualcat webapp single sign-on");
    registration.addInitParameter(AUTHENTICATION_PROVIDER, ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(0);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaEngineRestAuthentication(
      @Value("${qualcat.security.sign-in-remembered-for:PT10S}") Duration rememberedFor) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthentication(rememberedFor));
    registration.setName("Qualcat engine REST authentication");
    registration.addInitParameter(AUTHENTICATION_PROVIDER, ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(0);
    return registration;
  }
}
