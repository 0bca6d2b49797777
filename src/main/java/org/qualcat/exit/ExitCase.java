package org.qualcat.exit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A proposal to remove a qualification from the catalog, and what came of it. */
@Entity
@Table(name = "exit_case")
public class ExitCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String reference;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Column(nullable = false, length = 4000)
  private String grounds;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExitOrigin origin;

  @Column(nullable = false, length = 64)
  private String flaggedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ExitStatus status;

  @Column(length = 64)
  private String processInstanceId;

  /** Verification cases in flight that the removal ended. */
  private Integer casesEnded;

  @Column(nullable = false)
  private Instant openedAt;

  private Instant closedAt;

  @Version
  private long version;

  protected ExitCase() {
  }

  ExitCase(String reference, String qualificationCode, String grounds, ExitOrigin origin, String flaggedBy,
      String processInstanceId, Instant now) {
    this.reference = reference;
    this.qualificationCode = qualificationCode;
    this.grounds = grounds;
    this.origin = origin;
    this.flaggedBy = flaggedBy;
    this.processInstanceId = processInstanceId;
    this.status = ExitStatus.UNDER_REVIEW;
    this.openedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void close(ExitStatus outcome, Instant now) {
    status = outcome;
    closedAt = now;
  }

  void casesEnded(int count) {
    casesEnded = count;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public String getGrounds() {
    return grounds;
  }

  public ExitOrigin getOrigin() {
    return origin;
  }

  public String getFlaggedBy() {
    return flaggedBy;
  }

  public ExitStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Integer getCasesEnded() {
    return casesEnded;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
