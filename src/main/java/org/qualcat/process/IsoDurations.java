package org.qualcat.process;

import java.time.Instant;
import java.util.Date;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;

/** ISO 8601 durations (P14D, PT1H, P1M) added to instants the way the engine's timers add them. */
public final class IsoDurations {

  /** The JDK's own implementation: {@code newInstance()} would search the class path for another on every call. */
  private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

  private IsoDurations() {
  }

  public static Instant plus(Instant instant, String isoDuration) {
    return add(instant, parse(isoDuration));
  }

  public static Instant minus(Instant instant, String isoDuration) {
    return add(instant, parse(isoDuration).negate());
  }

  private static Instant add(Instant instant, Duration duration) {
    Date date = Date.from(instant);
    duration.addTo(date);
    return date.toInstant();
  }

  /** The duration, or an {@link IllegalArgumentException} when {@code isoDuration} is not one. */
  static Duration parse(String isoDuration) {
    return DATATYPES.newDuration(isoDuration);
  }
}
