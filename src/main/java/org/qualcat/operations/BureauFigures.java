package org.qualcat.operations;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's figures for its dashboard (issue 15; notice IV.1 asks the platform to "shorten the inspection
 * duration"): verification cases per week by status, the days from submission to result per verification channel
 * and per bureau (the employer's region), tasks waiting and overdue per group, monitoring outcomes per cycle, and
 * catalog changes per edition. Plain SQL over the features' tables and the engine's (operations depends on no
 * feature), counts and durations only: nothing personal.
 */
@Component
@Transactional(readOnly = true)
public class BureauFigures {

  /** Weeks of cases shown, this one included. */
  static final int WEEKS = 12;
  /** Cycles and editions shown, the latest first. */
  static final int LATEST = 10;
  /** The statuses of a verification case, in the order of its course. */
  static final List<String> CASE_STATUSES = List.of("SUBMITTED", "SUPPLEMENT_REQUESTED", "IN_VERIFICATION",
      "VERIFIED", "NOT_VERIFIED", "REFUSED", "WITHDRAWN", "CLOSED");
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final JdbcTemplate jdbc;
  private final OperationsFigures operations;
  private final Clock clock;

  BureauFigures(JdbcTemplate jdbc, OperationsFigures operations, Clock clock) {
    this.jdbc = jdbc;
    this.operations = operations;
    this.clock = clock;
  }

  /** Cases submitted in one week (Monday, Beijing time), by their status today. */
  public record Week(LocalDate monday, Map<String, Long> byStatus) {

    public long count(String status) {
      return byStatus.getOrDefault(status, 0L);
    }

    public long total() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Days from submission to result of the cases with a result, for one channel or one bureau. */
  public record DaysToResult(String key, int cases, double median, double p90) {
  }

  /** Tasks waiting for a group, and how many of them are past their due date. */
  public record GroupTasks(String group, long open, long overdue) {
  }

  /** What one monitoring cycle found. */
  public record Cycle(String reference, LocalDate startedOn, String status, int qualifications, int compliant,
      int onWatch, int nonCompliant, int rectified, int removed) {
  }

  /** What one published edition changed. */
  public record EditionChanges(String code, String name, String nameZh, LocalDate publishedOn, long added,
      long adjusted, long removed) {
  }

  /** The weeks of the last {@link #WEEKS}, oldest first, each with its cases by status. */
  public List<Week> casesPerWeek() {
    LocalDate thisMonday = LocalDate.now(clock.withZone(BEIJING)).with(TemporalAdjusters.previousOrSame(
        DayOfWeek.MONDAY));
    LocalDate first = thisMonday.minusWeeks(WEEKS - 1);
    Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
    for (int i = 0; i < WEEKS; i++) {
      weeks.put(first.plusWeeks(i), new LinkedHashMap<>());
    }
    jdbc.query("select submitted_at, status from verification_case where submitted_at >= ?", (ResultSet row) -> {
      LocalDate day = row.getTimestamp(1).toInstant().atZone(BEIJING).toLocalDate();
      Map<String, Long> week = weeks.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      if (week != null) {
        week.merge(row.getString(2), 1L, Long::sum);
      }
    }, Timestamp.from(first.atStartOfDay(BEIJING).toInstant()));
    List<Week> result = new ArrayList<>();
    weeks.forEach((monday, counts) -> result.add(new Week(monday, counts)));
    return result;
  }

  /** Days from submission to result by verification channel (how the issuer is reached), channels in name order. */
  public List<DaysToResult> daysToResultByChannel() {
    return daysToResult("check_channel");
  }

  /** Days from submission to result by bureau (the employer's region). */
  public List<DaysToResult> daysToResultByBureau() {
    return daysToResult("employer_region");
  }

  private List<DaysToResult> daysToResult(String column) {
    Map<String, List<Double>> days = new TreeMap<>();
    jdbc.query("select " + column + ", submitted_at, result_issued_at from verification_case "
        + "where result_issued_at is not null and " + column + " is not null", (ResultSet row) -> {
          Instant from = row.getTimestamp(2).toInstant();
          Instant to = row.getTimestamp(3).toInstant();
          days.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
              .add(Duration.between(from, to).toMinutes() / (24.0 * 60));
        });
    List<DaysToResult> result = new ArrayList<>();
    days.forEach((key, values) -> {
      values.sort(Double::compare);
      result.add(new DaysToResult(key, values.size(), round(percentile(values, 50)), round(percentile(values, 90))));
    });
    return result;
  }

  /** The nearest-rank percentile of sorted values: the smallest value with at least {@code p} % at or below it. */
  static double percentile(List<Double> sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double round(double days) {
    return Math.round(days * 10) / 10.0;
  }

  /** Tasks waiting per candidate group, with those past their due date, as the operations gauges read them. */
  public List<GroupTasks> tasksByGroup() {
    OperationsFigures.Figures figures = operations.refresh()
        .orElseThrow(() -> new IllegalStateException("the task figures could not be read"));
    List<GroupTasks> result = new ArrayList<>();
    new TreeMap<>(figures.openTasksByGroup()).forEach((group, open) -> result.add(new GroupTasks(group, open,
        figures.overdueTasksByGroup().getOrDefault(group, 0L))));
    return result;
  }

  /** The latest monitoring cycles, oldest first. */
  public List<Cycle> monitoringCycles() {
    List<Cycle> shown = new ArrayList<>(jdbc.query("select reference, started_at, status, qualifications, compliant, "
        + "on_watch, non_compliant, rectified, removed from monitoring_cycle order by started_at desc, id desc limit ?",
        (row, n) -> new Cycle(row.getString(1), row.getTimestamp(2).toInstant().atZone(BEIJING).toLocalDate(),
            row.getString(3), row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8),
            row.getInt(9)), LATEST));
    Collections.reverse(shown);
    return shown;
  }

  /** The latest published editions with what each added, adjusted and removed, oldest first. */
  public List<EditionChanges> catalogChanges() {
    List<EditionChanges> shown = new ArrayList<>(jdbc.query("select c.code, c.name, c.name_zh, c.published_on, "
        + "sum(case when e.change_type = 'ADDED' then 1 else 0 end), "
        + "sum(case when e.change_type = 'ADJUSTED' then 1 else 0 end), "
        + "sum(case when e.change_type = 'REMOVED' then 1 else 0 end) "
        + "from catalog_edition c left join edition_change e on e.edition_id = c.id where c.status = 'PUBLISHED' "
        + "group by c.id, c.code, c.name, c.name_zh, c.published_on order by c.published_on desc, c.id desc limit ?",
        (row, n) -> new EditionChanges(row.getString(1), row.getString(2), row.getString(3),
            row.getObject(4, LocalDate.class), row.getLong(5), row.getLong(6), row.getLong(7)), LATEST));
    Collections.reverse(shown);
    return shown;
  }
}
