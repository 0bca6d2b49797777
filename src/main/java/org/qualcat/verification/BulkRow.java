package org.qualcat.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of a bulk submission: its fields until its case exists (the holder's document number encrypted), then the
 * case's reference or why it could not become one.
 */
@Entity
@Table(name = "bulk_row")
class BulkRow {

  enum Status {
    PENDING, SUBMITTED, FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long submissionId;

  @Column(name = "line_no", nullable = false)
  private int line;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Column(length = 4000)
  private String payload;

  @Column(nullable = false, length = 255)
  private String certificateCopy;

  @Column(length = 255)
  private String employmentProof;

  @Column(length = 20)
  private String caseReference;

  @Column(length = 64)
  private String problemCode;

  @Column(length = 500)
  private String problem;

  protected BulkRow() {
  }

  BulkRow(Long submissionId, int line, String payload, String certificateCopy, String employmentProof) {
    this.submissionId = submissionId;
    this.line = line;
    this.payload = payload;
    this.certificateCopy = certificateCopy;
    this.employmentProof = employmentProof;
    this.status = Status.PENDING;
  }

  /** The row is a case now: its fields are no longer kept. */
  void submitted(String reference) {
    status = Status.SUBMITTED;
    caseReference = reference;
    payload = null;
  }

  /** The row could not become a case: why, in the API's English and as a message code; its fields are dropped. */
  void failed(String code, String why) {
    status = Status.FAILED;
    problemCode = code;
    problem = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
    payload = null;
  }

  Long getId() {
    return id;
  }

  Long getSubmissionId() {
    return submissionId;
  }

  int getLine() {
    return line;
  }

  Status getStatus() {
    return status;
  }

  String getPayload() {
    return payload;
  }

  String getCertificateCopy() {
    return certificateCopy;
  }

  String getEmploymentProof() {
    return employmentProof;
  }

  String getCaseReference() {
    return caseReference;
  }

  String getProblemCode() {
    return problemCode;
  }

  String getProblem() {
    return problem;
  }
}
