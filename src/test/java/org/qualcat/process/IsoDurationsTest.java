package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IsoDurationsTest {

  private static final Instant NOON = Instant.parse("2026-01-31T04:00:00Z");

  @Test
  void addsDaysHoursAndCalendarMonthsAsTheEngineTimersDo() {
    assertThat(IsoDurations.plus(NOON, "P14D")).isEqualTo(Instant.parse("2026-02-14T04:00:00Z"));
    assertThat(IsoDurations.plus(NOON, "PT1H")).isEqualTo(Instant.parse("2026-01-31T05:00:00Z"));
    // a month after 31 January is the last day of February, as java.util.Date arithmetic (the engine's) has it
    assertThat(IsoDurations.plus(NOON, "P1M")).isEqualTo(Instant.parse("2026-02-28T04:00:00Z"));
    assertThat(IsoDurations.minus(NOON, "P1D")).isEqualTo(Instant.parse("2026-01-30T04:00:00Z"));
  }

  @Test
  void refusesWhatIsNotADuration() {
    assertThatThrownBy(() -> IsoDurations.plus(NOON, "14 days")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneParserServesConcurrentCallers() {
    List<CompletableFuture<Instant>> sums = IntStream.range(0, 400)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> IsoDurations.plus(NOON, "P" + (i % 20) + "D")))
        .toList();

    for (int i = 0; i < sums.size(); i++) {
      assertThat(sums.get(i).join()).isEqualTo(NOON.plusSeconds(86_400L * (i % 20)));
    }
  }
}
