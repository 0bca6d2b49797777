package org.qualcat.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates the bureau speaks in (ETAs, due dates, "issued on") are Beijing dates. */
public final class BureauTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'Beijing time'")
      .withZone(ZONE);

  private BureauTime() {
  }

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /** A moment as mails, forms and the audit trail write it: "2026-05-11 10:30 Beijing time"; empty for none. */
  public static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
