package org.qualcat.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

  /** One clock for the domain, so that tests can reason about time without sleeping. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
