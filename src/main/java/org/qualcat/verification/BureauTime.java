package org.qualcat.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates the bureau speaks in (ETAs, due dates, "issued on") are Beijing dates. */
final class BureauTime {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BureauTime() {
  }

  static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
