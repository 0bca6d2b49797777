package org.qualcat.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ProcessConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessConfiguration.class);

  @Bean(ProcessTimers.BEAN_NAME)
  ProcessTimers timers(Environment environment, WorkingCalendar calendar, Clock clock) {
    Map<String, String> timers = Binder.get(environment)
        .bind("qualcat.timers", Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
    return new ProcessTimers(timers, calendar, clock);
  }

  @Bean
  WorkingCalendar workingCalendar(Environment environment, Clock clock) {
    Binder binder = Binder.get(environment);
    WorkingCalendar calendar = new WorkingCalendar(
        binder.bind("qualcat.calendar.holidays", Bindable.listOf(LocalDate.class)).orElse(List.of()),
        binder.bind("qualcat.calendar.working-weekends", Bindable.listOf(LocalDate.class)).orElse(List.of()));
    LocalDate knownUntil = calendar.knownUntil();
    if (knownUntil == null || knownUntil.isBefore(BureauTime.today(clock))) {
      LOG.warn("qualcat.calendar lists no public holidays from today on: working days are Monday to Friday. "
          + "Add this year's arrangement of the State Council (see README).");
    }
    return calendar;
  }
}
