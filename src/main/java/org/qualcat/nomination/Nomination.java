package org.qualcat.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.QualificationStatus;

/** A proposal to include a qualification in the catalog, from the secretariat or a nominating authority. */
@Entity
@Table(name = "nomination")
class Nomination {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String reference;

  /** The code the qualification will have in the catalog. */
  @Column(nullable = false, length = 32)
  private String code;

  @Embedded
  private QualificationDetails details;

  @Column(nullable = false, length = 4000)
  private String justification;

  @Column(nullable = false, length = 64)
  private String nominatedBy;

  @Column(nullable = false, length = 254)
  private String contactEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private NominationStatus status;

  /** The qualification's status before this nomination (REMOVED), or null for a qualification new to Qualcat. */
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private QualificationStatus statusBefore;

  @Column(length = 2000)
  private String supplementRequest;

  private Instant supplementDueAt;

  @Column(length = 4000)
  private String supplement;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private Instant submittedAt;

  private Instant closedAt;

  @Version
  private long version;

  protected Nomination() {
  }

  Nomination(String reference, String code, QualificationDetails details, String justification, String nominatedBy,
      String contactEmail, QualificationStatus statusBefore, Instant now) {
    this.reference = reference;
    this.code = code;
    this.details = details;
    this.justification = justification;
    this.nominatedBy = nominatedBy;
    this.contactEmail = contactEmail;
    this.statusBefore = statusBefore;
    this.status = NominationStatus.SUBMITTED;
    this.submittedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void askForSupplement(String request, Instant dueAt) {
    status = NominationStatus.AWAITING_SUPPLEMENT;
    supplementRequest = request;
    supplementDueAt = dueAt;
  }

  void supplied(String text) {
    status = NominationStatus.SUBMITTED;
    supplement = supplement == null ? text : supplement + "\n---\n" + text;
  }

  void toReview() {
    status = NominationStatus.UNDER_REVIEW;
  }

  void close(NominationStatus outcome, Instant now) {
    status = outcome;
    closedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getCode() {
    return code;
  }

  public QualificationDetails getDetails() {
    return details;
  }

  public String getJustification() {
    return justification;
  }

  public String getNominatedBy() {
    return nominatedBy;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public NominationStatus getStatus() {
    return status;
  }

  public QualificationStatus getStatusBefore() {
    return statusBefore;
  }

  public String getSupplementRequest() {
    return supplementRequest;
  }

  public Instant getSupplementDueAt() {
    return supplementDueAt;
  }

  public String getSupplement() {
    return supplement;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
