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

  /** Verification cases in flight that the removal ended when it came into force. */
  private Integer casesEnded;

  /** The committee's resolution: why it confirmed the removal, or why it overturned the finding. */
  @Column(length = 4000)
  private String decisionReason;

  private Instant decidedAt;

  /** The code of the published edition that removed the qualification. */
  @Column(length = 32)
  private String removedInEdition;

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

  /** The committee's decision: the removal confirmed (in force once published) or the finding overturned. */
  void decided(ExitStatus outcome, String reason, Instant now) {
    if (status != ExitStatus.UNDER_REVIEW) {
      throw new IllegalStateException("exit case " + reference + " is already decided (" + status + ")");
    }
    if (outcome != ExitStatus.REMOVAL_DECIDED && outcome != ExitStatus.OVERTURNED) {
      throw new IllegalArgumentException("not a decision: " + outcome);
    }
    status = outcome;
    decisionReason = reason;
    decidedAt = now;
    if (outcome == ExitStatus.OVERTURNED) {
      closedAt = now;
    }
  }

  /** The edition that removes the qualification is published: the removal is in force, the cases in flight ended. */
  void removalInForce(String editionCode, int endedCases, Instant now) {
    if (status != ExitStatus.REMOVAL_DECIDED) {
      throw new IllegalStateException("exit case " + reference + " has no removal waiting (" + status + ")");
    }
    status = ExitStatus.REMOVED;
    removedInEdition = editionCode;
    casesEnded = endedCases;
    closedAt = now;
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

  public String getDecisionReason() {
    return decisionReason;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getRemovedInEdition() {
    return removedInEdition;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
