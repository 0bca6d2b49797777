package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationMonitoringProcess.MESSAGE_CYCLE_REQUESTED;
import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_ID;
import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_REFERENCE;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.notification.Notifications;
import org.qualcat.process.References;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.ConflictException;
import org.qualcat.system.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monitoring cycles: started on schedule or by a monitor, one review per listed qualification, a report at the end. */
@Service
@Transactional
public class MonitoringCycles {

  static final String SCHEDULE = "schedule";

  private final MonitoringCycleRepository cycles;
  private final MonitoringRecordRepository records;
  private final CatalogEntries catalog;
  private final References references;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final StaffDirectory staff;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  MonitoringCycles(MonitoringCycleRepository cycles, MonitoringRecordRepository records,
      CatalogEntries catalog, References references, RuntimeService runtime,
      Notifications notifications, StaffDirectory staff, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
    this.cycles = cycles;
    this.records = records;
    this.catalog = catalog;
    this.references = references;
    this.runtime = runtime;
    this.notifications = notifications;
    this.staff = staff;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A monitor starts a cycle now; refused while another is running. */
  public MonitoringCycle start(String monitor) {
    refuseWhileRunning();
    MonitoringCycle cycle = cycles.save(new MonitoringCycle(references.next("MON", 2), monitor, null,
        clock.instant()));
    var process = runtime.startProcessInstanceByMessage(MESSAGE_CYCLE_REQUESTED, cycle.getReference(),
        Map.of(VAR_CYCLE_ID, cycle.getId(), VAR_CYCLE_REFERENCE, cycle.getReference()));
    cycle.started(process.getId());
    audit.decision(MonitoringAuditActions.MONITORING_CYCLE_STARTED, cycle.getReference(), "on request");
    return cycle;
  }

  /** The cycle record of a cycle the schedule started (a monitor's cycle has one already); returns it. */
  public MonitoringCycle openScheduled(String processInstanceId) {
    MonitoringCycle cycle = cycles.save(new MonitoringCycle(references.next("MON", 2), SCHEDULE, processInstanceId,
        clock.instant()));
    audit.decision(MonitoringAuditActions.MONITORING_CYCLE_STARTED, cycle.getReference(), "on schedule");
    return cycle;
  }

  /**
   * The qualifications this cycle reviews: every LISTED one, except those still in a review of an earlier cycle
   * (under rectification, say) or before the committee for removal.
   */
  public List<String> qualificationsToReview(long cycleId) {
    List<String> codes = codesToReview();
    cycle(cycleId).covers(codes.size());
    return codes;
  }

  /** Every LISTED qualification not in a review of an earlier cycle nor before the committee for removal, now. */
  @Transactional(readOnly = true)
  public List<String> codesToReview() {
    Set<String> busy = jdbc.queryForList("""
        select qualification_code from monitoring_record where finished_at is null
        union select qualification_code from exit_case where status = 'UNDER_REVIEW'""", String.class)
        .stream().collect(Collectors.toSet());
    return catalog.listed().stream()
        .map(CatalogEntries.Entry::code).filter(code -> !busy.contains(code)).toList();
  }

  /** Every review ended: the report, kept with the cycle and mailed to the monitors. */
  public MonitoringCycle report(long cycleId) {
    MonitoringCycle cycle = cycle(cycleId);
    Map<ReviewResult, Long> results = new EnumMap<>(ReviewResult.class);
    for (Object[] row : records.countResults(cycle)) {
      if (row[0] != null) {
        results.put((ReviewResult) row[0], (Long) row[1]);
      }
    }
    cycle.finish(results, clock.instant());
    List<String> monitors = staff.emailsOf(Roles.MONITORS);
    if (!monitors.isEmpty()) {
      Map<String, Object> model = new HashMap<>();
      model.put("reference", cycle.getReference());
      model.put("qualifications", cycle.getQualifications());
      model.put("compliant", cycle.getCompliant());
      model.put("onWatch", cycle.getOnWatch());
      model.put("nonCompliant", cycle.getNonCompliant());
      model.put("rectified", cycle.getRectified());
      model.put("removed", cycle.getRemoved());
      model.put("overturned", cycle.getOverturned());
      notifications.send("monitoring-cycle-report", monitors, model, cycle.getReference());
    }
    return cycle;
  }

  @Transactional(readOnly = true)
  public MonitoringCycle byReference(String reference) {
    return cycles.findByReference(reference).orElseThrow(() -> new NotFoundException("no monitoring cycle "
        + reference));
  }

  MonitoringCycle cycle(long id) {
    return cycles.findById(id).orElseThrow(() -> new NotFoundException("no monitoring cycle " + id));
  }

  private void refuseWhileRunning() {
    cycles.findAllByOrderByIdDesc(org.springframework.data.domain.PageRequest.of(0, 1)).stream()
        .filter(c -> "RUNNING".equals(c.getStatus())).findFirst().ifPresent(running -> {
          throw new ConflictException("monitoring cycle " + running.getReference() + " is still running");
        });
  }
}
