package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessTimersTest {

  /** Friday 27 November 2026, 10:00 in Beijing. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);

  @Test
  void acceptsDurationsAndCycles() {
    ProcessTimers timers = new ProcessTimers(Map.of("public-notice", "P5D", "reminder", "PT4H",
        "monitoring-cycle", "R/P1Y", "retry", "R3/PT10M", "yearly", "R/2027-01-05T09:00:00+08:00/P1Y"), CLOCK);

    assertThat(timers.duration("public-notice")).isEqualTo("P5D");
    assertThat(timers.duration("monitoring-cycle")).isEqualTo("R/P1Y");
  }

  @Test
  void refusesAValueThatIsNotIso8601AtStartUp() {
    assertThatThrownBy(() -> new ProcessTimers(Map.of("public-notice", "5 days"), CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qualcat.timers.public-notice = 5 days");
    assertThatThrownBy(() -> new ProcessTimers(Map.of("cycle", "R/yearly"), CLOCK))
        .hasMessageContaining("qualcat.timers.cycle");
    assertThatThrownBy(() -> new ProcessTimers(Map.of("start", "R/2027-13-45T09:00/P1Y"), CLOCK))
        .hasMessageContaining("qualcat.timers.start");
    assertThatThrownBy(() -> new ProcessTimers(Map.of("empty", " "), CLOCK))
        .hasMessageContaining("is empty");
  }

  @Test
  void anUnknownKeyNamesTheKnownOnes() {
    ProcessTimers timers = new ProcessTimers(Map.of("b", "P1D", "a", "P2D"), CLOCK);

    assertThatThrownBy(() -> timers.duration("public-notise"))
        .hasMessage("No timer qualcat.timers.public-notise is configured; known: [a, b]");
  }

  @Test
  void aWorkingDayPeriodSkipsTheWeekend() {
    ProcessTimers timers = new ProcessTimers(Map.of("public-notice", "P5D", "one", "P1D", "short", "PT1M"), CLOCK);

    // Friday + 5 working days = the next Friday, same time; Friday + 1 working day = Monday
    assertThat(timers.workingDaysFromNow("public-notice").toInstant()).isEqualTo("2026-12-04T02:00:00Z");
    assertThat(timers.workingDaysFromNow("one").toInstant()).isEqualTo("2026-11-30T02:00:00Z");
    assertThat(timers.workingDaysFromNow("short").toInstant()).isEqualTo("2026-11-27T02:01:00Z");
  }

  @Test
  void aDueDateIsTheDurationFromNow() {
    ProcessTimers timers = new ProcessTimers(Map.of("scoring", "P14D", "months", "P1M"), CLOCK);

    assertThat(timers.dueIn("scoring").toInstant()).isEqualTo("2026-12-11T02:00:00Z");
    assertThat(timers.dueIn("months").toInstant()).isEqualTo("2026-12-27T02:00:00Z");
  }
}
