package org.qualcat.verification;

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

/** An employer's sheet of certificates on its way to becoming cases ({@link BulkSubmissions}). */
@Entity
@Table(name = "bulk_submission")
class BulkSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 20, unique = true)
  private String reference;

  @Column(nullable = false)
  private Long employerId;

  @Column(nullable = false, length = 64)
  private String submittedBy;

  @Column(nullable = false, length = 120)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private BulkStatus status;

  @Column(nullable = false)
  private int totalRows;

  @Column(nullable = false)
  private Instant submittedAt;

  private Instant startedAt;

  private Instant finishedAt;

  @Version
  private long version;

  protected BulkSubmission() {
  }

  BulkSubmission(String reference, Long employerId, String submittedBy, String fileName, int totalRows,
      Instant now) {
    this.reference = reference;
    this.employerId = employerId;
    this.submittedBy = submittedBy;
    this.fileName = fileName;
    this.totalRows = totalRows;
    this.status = BulkStatus.AWAITING_FILES;
    this.submittedAt = now;
  }

  void start(Instant now) {
    status = BulkStatus.RUNNING;
    startedAt = now;
  }

  void finish(Instant now) {
    status = BulkStatus.DONE;
    finishedAt = now;
  }

  void cancel(Instant now) {
    status = BulkStatus.CANCELLED;
    finishedAt = now;
  }

  Long getId() {
    return id;
  }

  String getReference() {
    return reference;
  }

  Long getEmployerId() {
    return employerId;
  }

  String getSubmittedBy() {
    return submittedBy;
  }

  String getFileName() {
    return fileName;
  }

  BulkStatus getStatus() {
    return status;
  }

  int getTotalRows() {
    return totalRows;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  Instant getFinishedAt() {
    return finishedAt;
  }
}
