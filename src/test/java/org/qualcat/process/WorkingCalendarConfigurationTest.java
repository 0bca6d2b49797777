package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The working calendar as operators write it: a YAML list, or one comma-separated environment variable. */
class WorkingCalendarConfigurationTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsTheHolidaysAndTheWeekendDaysWorkedFromEitherForm() {
    MockEnvironment yaml = new MockEnvironment()
        .withProperty("qualcat.calendar.holidays[0]", "2026-12-03")
        .withProperty("qualcat.calendar.holidays[1]", "2026-12-04")
        .withProperty("qualcat.calendar.working-weekends[0]", "2026-12-05");
    MockEnvironment variables = new MockEnvironment()
        .withProperty("qualcat.calendar.holidays", "2026-12-03,2026-12-04")
        .withProperty("qualcat.calendar.working-weekends", "2026-12-05");

    for (MockEnvironment environment : new MockEnvironment[] {yaml, variables}) {
      WorkingCalendar calendar = new ProcessConfiguration().workingCalendar(environment, CLOCK);
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-03"))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-05"))).isTrue();
      assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-11-27"), 5)).isEqualTo("2026-12-07");
    }
  }

  @Test
  void withoutAnyDatesWorkingDaysAreMondayToFriday() {
    WorkingCalendar calendar = new ProcessConfiguration().workingCalendar(new MockEnvironment(), CLOCK);

    assertThat(calendar.plusWorkingDays(LocalDate.parse("2026-11-27"), 5)).isEqualTo("2026-12-04");
  }

  @Test
  void aDateThatIsNotADateStopsTheStart() {
    MockEnvironment environment = new MockEnvironment().withProperty("qualcat.calendar.holidays", "2026-13-01");

    assertThatThrownBy(() -> new ProcessConfiguration().workingCalendar(environment, CLOCK))
        .hasMessageContaining("qualcat.calendar.holidays");
  }
}
