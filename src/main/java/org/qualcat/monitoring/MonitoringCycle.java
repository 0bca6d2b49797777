package org.qualcat.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/** One monitoring cycle over the catalog, with its report once every review has ended. */
@Entity
@Table(name = "monitoring_cycle")
public class MonitoringCycle {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String reference;

  @Column(nullable = false, length = 64)
  private String startedBy;

  @Column(nullable = false)
  private Instant startedAt;

  @Column(length = 64)
  private String processInstanceId;

  private int qualifications;

  /** RUNNING, then FINISHED. */
  @Column(nullable = false, length = 16)
  private String status;

  private Instant finishedAt;
  private int compliant;
  private int onWatch;
  private int nonCompliant;
  private int rectified;
  private int removed;
  private int overturned;

  @Version
  private long version;

  protected MonitoringCycle() {
  }

  MonitoringCycle(String reference, String startedBy, String processInstanceId, Instant now) {
    this.reference = reference;
    this.startedBy = startedBy;
    this.processInstanceId = processInstanceId;
    this.startedAt = now;
    this.status = "RUNNING";
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void covers(int count) {
    qualifications = count;
  }

  /** The report: counts per result, from the cycle's monitoring records. */
  void finish(Map<ReviewResult, Long> results, Instant now) {
    compliant = count(results, ReviewResult.COMPLIANT);
    onWatch = count(results, ReviewResult.ON_WATCH);
    rectified = count(results, ReviewResult.RECTIFIED);
    removed = count(results, ReviewResult.REMOVED);
    overturned = count(results, ReviewResult.OVERTURNED);
    nonCompliant = rectified + removed + overturned;
    status = "FINISHED";
    finishedAt = now;
  }

  private static int count(Map<ReviewResult, Long> results, ReviewResult result) {
    return results.getOrDefault(result, 0L).intValue();
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public int getQualifications() {
    return qualifications;
  }

  public String getStatus() {
    return status;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getCompliant() {
    return compliant;
  }

  public int getOnWatch() {
    return onWatch;
  }

  public int getNonCompliant() {
    return nonCompliant;
  }

  public int getRectified() {
    return rectified;
  }

  public int getRemoved() {
    return removed;
  }

  public int getOverturned() {
    return overturned;
  }
}
