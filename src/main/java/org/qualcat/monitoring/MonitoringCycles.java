package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationMonitoringProcess.REFERENCE_DIGITS;
import static org.qualcat.monitoring.QualificationMonitoringProcess.REFERENCE_PREFIX;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.process.References;
import org.qualcat.system.ConflictException;
import org.qualcat.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
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
  private final MonitoringFlow flow;
  private final MonitoringMails mails;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  MonitoringCycles(MonitoringCycleRepository cycles, MonitoringRecordRepository records,
      CatalogEntries catalog, References references, MonitoringFlow flow, MonitoringMails mails, JdbcTemplate jdbc,
      AuditTrail audit, Clock clock) {
    this.cycles = cycles;
    this.records = records;
    this.catalog = catalog;
    this.references = references;
    this.flow = flow;
    this.mails = mails;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A monitor starts a cycle now; refused while another is running. */
  public MonitoringCycle start(String monitor) {
    refuseWhileRunning();
    MonitoringCycle cycle = cycles.save(new MonitoringCycle(nextReference(), monitor, null, clock.instant()));
    cycle.started(flow.startCycle(cycle));
    audit.decision(MonitoringAuditActions.MONITORING_CYCLE_STARTED, cycle.getReference(), "on request");
    return cycle;
  }

  /** The cycle record of a cycle the schedule started (a monitor's cycle has one already); returns it. */
  MonitoringCycle openScheduled(String processInstanceId) {
    MonitoringCycle cycle = cycles.save(new MonitoringCycle(nextReference(), SCHEDULE, processInstanceId,
        clock.instant()));
    audit.decision(MonitoringAuditActions.MONITORING_CYCLE_STARTED, cycle.getReference(), "on schedule");
    return cycle;
  }

  /**
   * The qualifications this cycle reviews: every LISTED one, except those still in a review of an earlier cycle
   * (under rectification, say) or before the committee for removal.
   */
  List<String> qualificationsToReview(long cycleId) {
    List<String> codes = codesToReview();
    cycle(cycleId).covers(codes.size());
    return codes;
  }

  /** Every LISTED qualification not in a review of an earlier cycle nor before the committee for removal, now. */
  @Transactional(readOnly = true)
  List<String> codesToReview() {
    Set<String> busy = jdbc.queryForList("""
        select qualification_code from monitoring_record where finished_at is null
        union select qualification_code from exit_case where status = 'UNDER_REVIEW'""", String.class)
        .stream().collect(Collectors.toSet());
    return catalog.listed().stream()
        .map(CatalogEntries.Entry::code).filter(code -> !busy.contains(code)).toList();
  }

  /** Every review ended: the report, kept with the cycle and mailed to the monitors. */
  MonitoringCycle report(long cycleId) {
    MonitoringCycle cycle = cycle(cycleId);
    cycle.finish(records.resultsOf(cycle), clock.instant());
    mails.cycleReport(cycle);
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

  private String nextReference() {
    return references.next(REFERENCE_PREFIX, REFERENCE_DIGITS);
  }

  private void refuseWhileRunning() {
    cycles.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream()
        .filter(c -> "RUNNING".equals(c.getStatus())).findFirst().ifPresent(running -> {
          throw new ConflictException("monitoring cycle " + running.getReference() + " is still running");
        });
  }
}
