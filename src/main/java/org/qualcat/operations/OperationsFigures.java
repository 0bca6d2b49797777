package org.qualcat.operations;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.qualcat.notification.MailStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures an operator watches, read from the database in one go and kept for a few seconds
 * ({@code qualcat.operations.figures-cache}): Prometheus reads every gauge of a node on each scrape, every 15 seconds
 * or so, and more than one Prometheus may scrape, but the database answers these counts at most once per period.
 *
 * <p>Counts only: no query reads a name, a number or anything a person typed, so nothing personal can reach a metric
 * or the log. Verification cases and mails are counted in their tables by status (plain SQL, so that operations
 * depends on no feature); tasks, jobs and incidents in the engine's tables, whose layout Camunda documents.
 */
@Component
class OperationsFigures {

  /** Tasks waiting per candidate group, and those of them whose due date has passed: one pass over the tasks. */
  private static final String TASKS_BY_GROUP = "select l.GROUP_ID_, count(*), "
      + "sum(case when t.DUE_DATE_ < ? then 1 else 0 end) from ACT_RU_TASK t "
      + "join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ "
      + "where l.TYPE_ = ? and l.GROUP_ID_ is not null and t.SUSPENSION_STATE_ = 1 group by l.GROUP_ID_";
  /**
   * Tasks waiting per bureau (the engine's tenant of a verification case's tasks, docs/adr/0030), and those overdue;
   * tasks of no tenant (the catalog's, monitoring's, titles') are counted by group only.
   */
  private static final String TASKS_BY_BUREAU = "select t.TENANT_ID_, count(*), "
      + "sum(case when t.DUE_DATE_ < ? then 1 else 0 end) from ACT_RU_TASK t "
      + "where t.TENANT_ID_ is not null and t.SUSPENSION_STATE_ = 1 group by t.TENANT_ID_";
  /** Jobs a node took and neither finished nor gave back before its lock ran out (a node died, or hangs). */
  private static final String EXPIRED_LOCKS =
      "select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_EXP_TIME_ < ?";
  private static final String INCIDENTS_BY_TYPE =
      "select INCIDENT_TYPE_, count(*) from ACT_RU_INCIDENT group by INCIDENT_TYPE_";
  private static final String CASES_BY_STATUS = "select status, count(*) from verification_case group by status";
  /** Mails still owed and mails given up; sent mails are history, not a backlog. */
  private static final String MAILS_BY_STATUS =
      "select status, count(*) from outbound_mail where status <> ? group by status";

  private static final Logger log = LoggerFactory.getLogger(OperationsFigures.class);

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final Clock clock;
  private final Duration keepFor;
  /** The last reading; empty if it failed (the gauges then show no value rather than an old one). */
  private Optional<Figures> last = Optional.empty();
  private Instant readAt;

  OperationsFigures(JdbcTemplate jdbc, ManagementService management, Clock clock,
      @Value("${qualcat.operations.figures-cache:PT10S}") Duration keepFor) {
    this.jdbc = jdbc;
    this.management = management;
    this.clock = clock;
    this.keepFor = keepFor;
  }

  /**
   * The figures as read at most {@code qualcat.operations.figures-cache} ago; empty if the database did not answer
   * then (tried again once that period has passed, so that a database that is down does not hold up every gauge).
   */
  synchronized Optional<Figures> current() {
    if (readAt == null || !clock.instant().isBefore(readAt.plus(keepFor))) {
      refresh();
    }
    return last;
  }

  /** Reads the figures now, whatever the cache holds. */
  synchronized Optional<Figures> refresh() {
    try {
      last = Optional.of(read());
    } catch (RuntimeException e) {
      // the exception names the query (counts, no personal data) and what went wrong
      log.warn("The operations figures could not be read: {}", e.toString());
      last = Optional.empty();
    }
    readAt = clock.instant();
    return last;
  }

  private Figures read() {
    // the engine's clock decides when a task is overdue and a lock expired, as the engine itself does
    Timestamp engineNow = new Timestamp(ClockUtil.getCurrentTime().getTime());
    Map<String, Long> openTasks = new LinkedHashMap<>();
    Map<String, Long> overdueTasks = new LinkedHashMap<>();
    jdbc.query(TASKS_BY_GROUP, (ResultSet row) -> {
      openTasks.put(row.getString(1), row.getLong(2));
      overdueTasks.put(row.getString(1), row.getLong(3));
    }, engineNow, IdentityLinkType.CANDIDATE);
    Map<String, Long> openByBureau = new LinkedHashMap<>();
    Map<String, Long> overdueByBureau = new LinkedHashMap<>();
    jdbc.query(TASKS_BY_BUREAU, (ResultSet row) -> {
      openByBureau.put(row.getString(1), row.getLong(2));
      overdueByBureau.put(row.getString(1), row.getLong(3));
    }, engineNow);
    return new Figures(
        countsBy(CASES_BY_STATUS),
        Collections.unmodifiableMap(openTasks),
        Collections.unmodifiableMap(overdueTasks),
        Collections.unmodifiableMap(openByBureau),
        Collections.unmodifiableMap(overdueByBureau),
        management.createJobQuery().executable().active().count(),
        management.createJobQuery().noRetriesLeft().count(),
        count(EXPIRED_LOCKS, engineNow),
        countsBy(INCIDENTS_BY_TYPE),
        countsBy(MAILS_BY_STATUS, MailStatus.SENT.name()));
  }

  private Map<String, Long> countsBy(String sql, Object... arguments) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(sql, (ResultSet row) -> {
      counts.put(row.getString(1), row.getLong(2));
    }, arguments);
    return Collections.unmodifiableMap(counts);
  }

  private long count(String sql, Object... arguments) {
    Long count = jdbc.queryForObject(sql, Long.class, arguments);
    return count == null ? 0 : count;
  }

  /**
   * One reading. Maps are keyed by the value as stored (a case's or mail's status, a group id, a bureau's tenant id,
   * an incident type); a key that is missing counts zero.
   */
  record Figures(Map<String, Long> casesByStatus, Map<String, Long> openTasksByGroup,
      Map<String, Long> overdueTasksByGroup, Map<String, Long> openTasksByBureau,
      Map<String, Long> overdueTasksByBureau, long executableJobs, long jobsWithoutRetries, long expiredJobLocks,
      Map<String, Long> incidentsByType, Map<String, Long> mailsByStatus) {
  }
}
