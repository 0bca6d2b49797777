package org.qualcat.process;

import java.time.Clock;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

  @Bean(ProcessTimers.BEAN_NAME)
  ProcessTimers timers(Environment environment, Clock clock) {
    Map<String, String> timers = Binder.get(environment)
        .bind("qualcat.timers", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
    return new ProcessTimers(timers, clock);
  }
}
