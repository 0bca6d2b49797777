package org.qualcat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A professional qualification as the catalog knows it now (the working copy behind the draft edition). */
@Entity
@Table(name = "qualification")
class Qualification {

  @Id
  @Column(length = 32)
  private String code;

  @Embedded
  private QualificationDetails details;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private QualificationStatus status;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected Qualification() {
  }

  Qualification(String code, QualificationDetails details, QualificationStatus status, Instant now) {
    this.code = Objects.requireNonNull(code);
    this.details = Objects.requireNonNull(details);
    this.status = Objects.requireNonNull(status);
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void revise(QualificationDetails newDetails, Instant now) {
    this.details = Objects.requireNonNull(newDetails);
    this.updatedAt = now;
  }

  public void changeStatus(QualificationStatus newStatus, Instant now) {
    this.status = Objects.requireNonNull(newStatus);
    this.updatedAt = now;
  }

  public String getCode() {
    return code;
  }

  public QualificationDetails getDetails() {
    return details;
  }

  public QualificationStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
