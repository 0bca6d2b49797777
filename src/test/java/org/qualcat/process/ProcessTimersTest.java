package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessTimersTest {

  /** Friday 27 November 2026, 10:00 in Beijing. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);

  @Test
  void acceptsDurationsAndCycles() {
    ProcessTimers timers = timers(Map.of("public-notice", "P5D", "reminder", "PT4H",
        "monitoring-cycle", "R/P1Y", "retry", "R3/PT10M", "yearly", "R/2027-01-05T09:00:00+08:00/P1Y"));

    assertThat(timers.duration("public-notice")).isEqualTo("P5D");
    assertThat(timers.duration("monitoring-cycle")).isEqualTo("R/P1Y");
  }

  @Test
  void refusesAValueThatIsNotIso8601AtStartUp() {
    assertThatThrownBy(() -> timers(Map.of("public-notice", "5 days")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qualcat.timers.public-notice = 5 days");
    assertThatThrownBy(() -> timers(Map.of("cycle", "R/yearly")))
        .hasMessageContaining("qualcat.timers.cycle");
    assertThatThrownBy(() -> timers(Map.of("start", "R/2027-13-45T09:00/P1Y")))
        .hasMessageContaining("qualcat.timers.start");
    assertThatThrownBy(() -> timers(Map.of("empty", " ")))
        .hasMessageContaining("is empty");
  }

  @Test
  void anUnknownKeyNamesTheKnownOnes() {
    ProcessTimers timers = timers(Map.of("b", "P1D", "a", "P2D"));

    assertThatThrownBy(() -> timers.duration("public-notise"))
        .hasMessage("No timer qualcat.timers.public-notise is configured; known: [a, b]");
  }

  @Test
  void aWorkingDayPeriodSkipsTheWeekend() {
    ProcessTimers timers = timers(Map.of("public-notice", "P5D", "one", "P1D", "short", "PT1M"));

    // Friday + 5 working days = the next Friday, same time; Friday + 1 working day = Monday
    assertThat(timers.workingDaysFromNow("public-notice").toInstant()).isEqualTo("2026-12-04T02:00:00Z");
    assertThat(timers.workingDaysFromNow("one").toInstant()).isEqualTo("2026-11-30T02:00:00Z");
    assertThat(timers.workingDaysFromNow("short").toInstant()).isEqualTo("2026-11-27T02:01:00Z");
  }

  @Test
  void aDueDateIsTheDurationFromNow() {
    ProcessTimers timers = timers(Map.of("scoring", "P14D", "months", "P1M"));

    assertThat(timers.dueIn("scoring").toInstant()).isEqualTo("2026-12-11T02:00:00Z");
    assertThat(timers.dueIn("months").toInstant()).isEqualTo("2026-12-27T02:00:00Z");
  }

  @Test
  void aWorkingDayPeriodSkipsPublicHolidaysAndCountsTheWeekendDaysWorkedInstead() {
    // an arrangement like the National Day week: Thursday 3 and Friday 4 December off, Saturday 5 worked instead
    WorkingCalendar calendar = new WorkingCalendar(
        List.of(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-04")), List.of(LocalDate.parse("2026-12-05")));
    ProcessTimers timers = new ProcessTimers(Map.of("public-notice", "P5D"), calendar, CLOCK);

    // Friday 27 Nov + 5 working days: Mon 30, Tue 1, Wed 2, (Thu 3 and Fri 4 off), Sat 5, Mon 7
    assertThat(timers.workingDaysFromNow("public-notice").toInstant()).isEqualTo("2026-12-07T02:00:00Z");
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-05"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-06"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-04"))).isFalse();
    assertThat(calendar.knownUntil()).isEqualTo("2026-12-05");
  }

  @Test
  void aCalendarWithAWeekdayAsWorkingWeekendOrADayBothOffAndWorkedIsRefused() {
    assertThatThrownBy(() -> new WorkingCalendar(List.of(), List.of(LocalDate.parse("2026-12-07"))))
        .hasMessage("qualcat.calendar.working-weekends: 2026-12-07 is a MONDAY, not a weekend day");
    assertThatThrownBy(() -> new WorkingCalendar(List.of(LocalDate.parse("2026-12-05")),
        List.of(LocalDate.parse("2026-12-05"))))
        .hasMessage("qualcat.calendar: 2026-12-05 is both a holiday and a working weekend day");
    assertThat(WorkingCalendar.WEEKDAYS.knownUntil()).isNull();
  }

  private static ProcessTimers timers(Map<String, String> values) {
    return new ProcessTimers(values, WorkingCalendar.WEEKDAYS, CLOCK);
  }
}
