package org.qualcat.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The bureau's working days in Beijing: Monday to Friday, except the public holidays, plus the weekend days worked
 * to make up for them. China's State Council publishes each year's arrangement; operators list it under
 * {@code qualcat.calendar} ({@code holidays} and {@code working-weekends}). Without a list, working days are Monday to
 * Friday.
 */
public final class WorkingCalendar {

  /** Monday to Friday, no holidays. */
  public static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Set.of(), Set.of());

  private final SortedSet<LocalDate> holidays;
  private final SortedSet<LocalDate> workingWeekends;

  /**
   * Refuses a make-up working day that is not a Saturday or a Sunday, and a day that is both a holiday and a working
   * day: a typo in the arrangement fails at start-up instead of moving a deadline.
   */
  public WorkingCalendar(Collection<LocalDate> holidays, Collection<LocalDate> workingWeekends) {
    this.holidays = new TreeSet<>(holidays);
    this.workingWeekends = new TreeSet<>(workingWeekends);
    for (LocalDate day : this.workingWeekends) {
      if (!isWeekend(day)) {
        throw new IllegalArgumentException("qualcat.calendar.working-weekends: " + day + " is a " + day.getDayOfWeek()
            + ", not a weekend day");
      }
      if (this.holidays.contains(day)) {
        throw new IllegalArgumentException("qualcat.calendar: " + day + " is both a holiday and a working weekend day");
      }
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    return isWeekend(day) ? workingWeekends.contains(day) : !holidays.contains(day);
  }

  /** The working day {@code count} working days after {@code day} (the day itself does not count). */
  public LocalDate plusWorkingDays(LocalDate day, int count) {
    LocalDate end = day;
    for (int left = count; left > 0; ) {
      end = end.plusDays(1);
      if (isWorkingDay(end)) {
        left--;
      }
    }
    return end;
  }

  /** The last day the calendar knows about: after it, only weekends are skipped. */
  public LocalDate knownUntil() {
    LocalDate last = holidays.isEmpty() ? null : holidays.last();
    if (!workingWeekends.isEmpty() && (last == null || workingWeekends.last().isAfter(last))) {
      last = workingWeekends.last();
    }
    return last;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
