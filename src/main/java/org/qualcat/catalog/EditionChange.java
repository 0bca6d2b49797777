package org.qualcat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of an edition's change log: what changed for which qualification, and the decision behind it
 * (a process instance for committee decisions, a reference such as an import for data loads).
 */
@Entity
@Immutable
@Table(name = "edition_change")
public class EditionChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "edition_id")
  private CatalogEdition edition;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ChangeType changeType;

  @Column(nullable = false, length = 1000)
  private String summary;

  /** The summary in Chinese; null where none was written (changes before it was, or a free text only). */
  @Column(length = 1000)
  private String summaryZh;

  @Column(nullable = false, length = 120)
  private String decisionReference;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false, length = 64)
  private String decidedBy;

  @Column(nullable = false)
  private Instant decidedAt;

  protected EditionChange() {
  }

  EditionChange(CatalogEdition edition, String qualificationCode, ChangeType changeType, Decision decision) {
    if (!edition.isDraft()) {
      throw new IllegalStateException("a published edition never changes");
    }
    this.edition = edition;
    this.qualificationCode = qualificationCode;
    this.changeType = changeType;
    this.summary = decision.summary();
    this.summaryZh = decision.summaryZh();
    this.decisionReference = decision.reference();
    this.processInstanceId = decision.processInstanceId();
    this.decidedBy = decision.decidedBy();
    this.decidedAt = decision.decidedAt();
  }

  public Long getId() {
    return id;
  }

  public CatalogEdition getEdition() {
    return edition;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public ChangeType getChangeType() {
    return changeType;
  }

  public String getSummary() {
    return summary;
  }

  public String getSummaryZh() {
    return summaryZh;
  }

  public String getDecisionReference() {
    return decisionReference;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
