package org.qualcat.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An HR user of an employer: a user of the identity service belongs to one organisation at most. */
@Entity
@Table(name = "employer_member")
class EmployerMember {

  @Id
  @Column(length = 64)
  private String userId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "employer_id", nullable = false)
  private Employer employer;

  @Column(nullable = false)
  private Instant addedAt;

  @Column(nullable = false, length = 64)
  private String addedBy;

  protected EmployerMember() {
  }

  EmployerMember(String userId, Employer employer, Instant addedAt, String addedBy) {
    this.userId = userId;
    this.employer = employer;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  String getUserId() {
    return userId;
  }

  Employer getEmployer() {
    return employer;
  }
}
