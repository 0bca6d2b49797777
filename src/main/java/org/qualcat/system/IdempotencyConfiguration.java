package org.qualcat.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  /** After Spring Security (the caller is known), before the controllers. */
  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotency(IdempotencyFilter filter) {
    FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  IdempotencyFilter idempotencyFilter(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    return new IdempotencyFilter(jdbc, json, clock);
  }

  @Bean
  IdempotencyKeyExpiry idempotencyKeyExpiry(IdempotencyFilter filter, Clock clock,
      @Value("${qualcat.api.idempotency-keys-kept-for:P1D}") Duration keptFor) {
    return new IdempotencyKeyExpiry(filter, clock, keptFor);
  }
}
