package org.qualcat.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  /** After Spring Security (the caller is known), before the controllers. */
  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotency(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(jdbc, json, clock));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(10);
    return registration;
  }
}
