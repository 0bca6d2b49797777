package org.qualcat.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.qualcat.bureau.Bureau;
import org.qualcat.bureau.Bureaus;
import org.qualcat.notification.MailStatus;
import org.qualcat.operations.OperationsFigures.Figures;
import org.qualcat.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Qualcat's gauges and the job executor's counters, as Prometheus reads them on {@code /actuator/prometheus}
 * (Micrometer's dots become underscores there: {@code qualcat.tasks.open} is {@code qualcat_tasks_open}, a counter
 * gains {@code _total}). docs/operations.md lists them with the alerts worth setting.
 *
 * <p>A labelled gauge has one series per value the database holds (a case status, a group, an incident type), added
 * when a reading first shows that value, so a status no case has reached yet is simply absent. The values an alert or
 * the dashboard relies on are there from the start at zero: the bureau's groups, the bureaus, the engine's incident
 * types, the mail statuses.
 */
@Component
class OperationsMeters implements MeterBinder {

  static final String CASES = "qualcat.verification.cases";
  static final String OPEN_TASKS = "qualcat.tasks.open";
  static final String OVERDUE_TASKS = "qualcat.tasks.overdue";
  static final String BUREAU_OPEN_TASKS = "qualcat.bureau.tasks.open";
  static final String BUREAU_OVERDUE_TASKS = "qualcat.bureau.tasks.overdue";
  static final String EXECUTABLE_JOBS = "qualcat.engine.jobs.executable";
  static final String JOBS_WITHOUT_RETRIES = "qualcat.engine.jobs.no.retries";
  static final String EXPIRED_JOB_LOCKS = "qualcat.engine.jobs.lock.expired";
  static final String INCIDENTS = "qualcat.engine.incidents";
  static final String MAILS = "qualcat.mail.outbox";
  static final String JOB_EXECUTOR = "qualcat.job.executor.";

  private final List<Family> families;

  /** The job executor's counters, each over one of the engine's own counts (a {@link Metrics} name). */
  private static final List<JobCounter> JOB_COUNTERS = List.of(
      new JobCounter("acquisition.attempts", Metrics.JOB_ACQUISITION_ATTEMPT, "Job acquisition cycles run"),
      new JobCounter("acquired", Metrics.JOB_ACQUIRED_SUCCESS, "Jobs acquired (locked) for execution by this node"),
      new JobCounter("acquisition.conflicts", Metrics.JOB_ACQUIRED_FAILURE,
          "Jobs another node locked first (optimistic locking)"),
      new JobCounter("rejected", Metrics.JOB_EXECUTION_REJECTED, "Acquired jobs the executor's queue had no room for"),
      new JobCounter("executed", Metrics.JOB_SUCCESSFUL, "Jobs executed successfully"),
      new JobCounter("failed", Metrics.JOB_FAILED, "Job executions that failed (each retry counts)"));

  private final OperationsFigures figures;
  private final JobExecutorCounts jobs;
  /** Each registry bound (one, normally) with the series already added to it. */
  private final Map<MeterRegistry, Set<String>> registries = new ConcurrentHashMap<>();

  OperationsMeters(OperationsFigures figures, JobExecutorCounts jobs, Bureaus bureaus) {
    this.figures = figures;
    this.jobs = jobs;
    Set<String> tenants = bureaus.all().stream().map(Bureau::tenantId).collect(Collectors.toUnmodifiableSet());
    this.families = List.of(
        new Family(CASES, "status", "Verification cases by status", Figures::casesByStatus, Set.of()),
        new Family(OPEN_TASKS, "group", "Open user tasks offered to a candidate group (claimed or not)",
            Figures::openTasksByGroup, Set.copyOf(Roles.BUREAU)),
        new Family(OVERDUE_TASKS, "group", "Open user tasks of a candidate group whose due date has passed",
            Figures::overdueTasksByGroup, Set.copyOf(Roles.BUREAU)),
        new Family(BUREAU_OPEN_TASKS, "bureau", "Open user tasks of a bureau's verification cases (its tenant id)",
            Figures::openTasksByBureau, tenants),
        new Family(BUREAU_OVERDUE_TASKS, "bureau", "Open user tasks of a bureau's verification cases whose due date "
            + "has passed", Figures::overdueTasksByBureau, tenants),
        new Family(INCIDENTS, "type", "Open engine incidents by type", Figures::incidentsByType,
            Set.of(Incident.FAILED_JOB_HANDLER_TYPE, Incident.EXTERNAL_TASK_HANDLER_TYPE)),
        new Family(MAILS, "status", "Mails not sent yet (PENDING, SENDING) and given up (FAILED)",
            Figures::mailsByStatus, Set.of(MailStatus.PENDING.name(), MailStatus.SENDING.name(),
                MailStatus.FAILED.name())));
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    registries.put(registry, ConcurrentHashMap.newKeySet());
    gauge(registry, EXECUTABLE_JOBS, "Engine jobs due and ready to run (the job executor's backlog)",
        Figures::executableJobs);
    gauge(registry, JOBS_WITHOUT_RETRIES, "Engine jobs that failed and have no retries left (each has an incident)",
        Figures::jobsWithoutRetries);
    gauge(registry, EXPIRED_JOB_LOCKS, "Engine jobs locked by a node whose lock has expired",
        Figures::expiredJobLocks);
    families.forEach(family -> family.seeds().forEach(value -> register(registry, family, value)));
    for (JobCounter counter : JOB_COUNTERS) {
      FunctionCounter.builder(JOB_EXECUTOR + counter.name(), jobs, j -> j.total(counter.metric()))
          .description(counter.description()).register(registry);
    }
  }

  /**
   * Reads the figures now and adds a series for every value seen for the first time: what a scrape would show if the
   * cache had just expired. For tests and for nothing else.
   */
  void refresh() {
    figures.refresh().ifPresent(this::addNewSeries);
  }

  private Optional<Figures> reading() {
    Optional<Figures> reading = figures.current();
    reading.ifPresent(this::addNewSeries);
    return reading;
  }

  private void addNewSeries(Figures reading) {
    for (MeterRegistry registry : registries.keySet()) {
      for (Family family : families) {
        family.counts().apply(reading).keySet().forEach(value -> register(registry, family, value));
      }
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<Figures> count) {
    Gauge.builder(name, this, meters -> meters.reading().map(f -> (double) count.applyAsLong(f)).orElse(Double.NaN))
        .description(description).register(registry);
  }

  private void register(MeterRegistry registry, Family family, String value) {
    if (value == null || !registries.get(registry).add(family.name() + '\n' + value)) {
      return;
    }
    Gauge.builder(family.name(), this, meters -> meters.reading()
            .map(f -> (double) family.counts().apply(f).getOrDefault(value, 0L)).orElse(Double.NaN))
        .tag(family.tag(), value).description(family.description()).register(registry);
  }

  /** A gauge with one series per value of its tag, and the values it has from the start. */
  private record Family(String name, String tag, String description, Function<Figures, Map<String, Long>> counts,
      Set<String> seeds) {
  }

  private record JobCounter(String name, String metric, String description) {
  }
}
