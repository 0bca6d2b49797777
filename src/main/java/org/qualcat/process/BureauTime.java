package org.qualcat.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates the bureau speaks in (ETAs, due dates, "issued on") are Beijing dates. */
public final class BureauTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BureauTime() {
  }

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
