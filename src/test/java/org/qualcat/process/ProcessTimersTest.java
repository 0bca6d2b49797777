package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessTimersTest {

  @Test
  void acceptsDurationsAndCycles() {
    ProcessTimers timers = new ProcessTimers(Map.of("public-notice", "P5D", "reminder", "PT4H",
        "monitoring-cycle", "R/P1Y", "retry", "R3/PT10M"));

    assertThat(timers.duration("public-notice")).isEqualTo("P5D");
    assertThat(timers.duration("monitoring-cycle")).isEqualTo("R/P1Y");
  }

  @Test
  void refusesAValueThatIsNotIso8601AtStartUp() {
    assertThatThrownBy(() -> new ProcessTimers(Map.of("public-notice", "5 days")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qualcat.timers.public-notice = 5 days");
    assertThatThrownBy(() -> new ProcessTimers(Map.of("cycle", "R/yearly")))
        .hasMessageContaining("qualcat.timers.cycle");
    assertThatThrownBy(() -> new ProcessTimers(Map.of("empty", " ")))
        .hasMessageContaining("is empty");
  }

  @Test
  void anUnknownKeyNamesTheKnownOnes() {
    ProcessTimers timers = new ProcessTimers(Map.of("b", "P1D", "a", "P2D"));

    assertThatThrownBy(() -> timers.duration("public-notise"))
        .hasMessage("No timer qualcat.timers.public-notise is configured; known: [a, b]");
  }
}
