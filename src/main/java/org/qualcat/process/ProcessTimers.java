package org.qualcat.process;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/**
 * Every process timer's duration or cycle, from {@code qualcat.timers.*} (ISO 8601), so that a deployment, a demo
 * or a test can shorten them. Models read them by key: {@code <timeDuration>${timers.duration('public-notice')}}
 * (the bean is named {@code timers}). Values are checked at start-up; an unknown key fails the timer loudly.
 */
public class ProcessTimers {

  /** The bean name models use in expressions. */
  public static final String BEAN_NAME = "timers";

  /** A duration (P5D, PT4H) or a repeating cycle (R/P1Y, R3/PT1H). */
  private static final Pattern CYCLE = Pattern.compile("R(\\d*)/(P.+)");

  private final Map<String, String> timers;

  public ProcessTimers(Map<String, String> timers) {
    this.timers = timers == null ? Map.of() : new TreeMap<>(timers);
    this.timers.forEach(ProcessTimers::check);
  }

  /** The ISO 8601 duration or cycle configured under {@code key}. */
  public String duration(String key) {
    String value = timers.get(key);
    if (value == null) {
      throw new IllegalArgumentException("No timer qualcat.timers." + key + " is configured; known: " + timers.keySet());
    }
    return value;
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
    String duration = cycle.matches() ? cycle.group(2) : value;
    try {
      DatatypeFactory.newInstance().newDuration(duration);
    } catch (IllegalArgumentException | DatatypeConfigurationException e) {
      throw new IllegalArgumentException("qualcat.timers." + key + " = " + value
          + " is not an ISO 8601 duration (P5D, PT4H) or cycle (R/P1Y)", e);
    }
  }
}
