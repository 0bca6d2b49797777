package org.qualcat.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every process timer's duration or cycle, from {@code qualcat.timers.*} (ISO 8601), so that a deployment, a demo
 * or a test can shorten them. Models read them by key (the bean is named {@code timers}):
 * <ul>
 *   <li>{@code <timeDuration>${timers.duration('expert-reminder')}</timeDuration>} for a timer event;</li>
 *   <li>{@code camunda:dueDate="${timers.dueIn('expert-scoring')}"} for a task's due date;</li>
 *   <li>{@code <timeDate>${timers.workingDaysFromNow('public-notice')}</timeDate>} where a period counts working
 *       days (the bureau's {@link WorkingCalendar}: Monday to Friday in Beijing, without the public holidays and with
 *       the weekend days worked instead).</li>
 * </ul>
 * Values are checked at start-up; an unknown key fails the timer loudly.
 */
public class ProcessTimers {

  /** The bean name models use in expressions. */
  public static final String BEAN_NAME = "timers";

  /** A repeating cycle, with or without a start: R/P1Y, R3/PT1H, R/2027-01-05T09:00:00+08:00/P1Y. */
  private static final Pattern CYCLE = Pattern.compile("R(\\d*)/(?:(\\d{4}-[^/]+)/)?(P.+)");

  private static final Pattern WHOLE_DAYS = Pattern.compile("P(\\d+)D");

  private final Map<String, String> timers;
  private final WorkingCalendar calendar;
  private final Clock clock;

  public ProcessTimers(Map<String, String> timers, WorkingCalendar calendar, Clock clock) {
    this.timers = timers == null ? Map.of() : new TreeMap<>(timers);
    this.timers.forEach(ProcessTimers::check);
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The ISO 8601 duration or cycle configured under {@code key}. */
  public String duration(String key) {
    String value = timers.get(key);
    if (value == null) {
      throw new IllegalArgumentException("No timer qualcat.timers." + key + " is configured; known: " + timers.keySet());
    }
    return value;
  }

  /** The instant {@code key}'s duration from now, as a task due date. */
  public Date dueIn(String key) {
    return Date.from(IsoDurations.plus(clock.instant(), duration(key)));
  }

  /**
   * The end of a period that counts working days: a configured {@code PnD} is n working days from now (days off
   * skipped, ending at the same time of day); any other duration (as tests configure, PT1M) is added as it is.
   */
  public Date workingDaysFromNow(String key) {
    String value = duration(key);
    Matcher days = WHOLE_DAYS.matcher(value);
    if (!days.matches()) {
      return Date.from(IsoDurations.plus(clock.instant(), value));
    }
    ZonedDateTime now = clock.instant().atZone(BureauTime.ZONE);
    ZonedDateTime end = now.with(calendar.plusWorkingDays(now.toLocalDate(), Integer.parseInt(days.group(1))));
    return Date.from(end.toInstant());
  }

  /** All configured timers, by key. */
  public Map<String, String> all() {
    return Map.copyOf(timers);
  }

  private static void check(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("qualcat.timers." + key + " is empty");
    }
    Matcher cycle = CYCLE.matcher(value);
    String duration = cycle.matches() ? cycle.group(3) : value;
    try {
      if (cycle.matches() && cycle.group(2) != null) {
        java.time.OffsetDateTime.parse(cycle.group(2));
      }
      IsoDurations.parse(duration);
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("qualcat.timers." + key + " = " + value
          + " is not an ISO 8601 duration (P5D, PT4H) or cycle (R/P1Y, R/2027-01-05T09:00:00+08:00/P1Y)", e);
    }
  }
}
