package org.qualcat.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert asked to score a review, with the due date and what happened when it passed. */
@Entity
@Table(name = "review_assignment")
class ReviewAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  private CommitteeReview review;

  @Column(nullable = false, length = 64)
  private String expert;

  @Column(nullable = false, length = 64)
  private String assignedBy;

  @Column(nullable = false)
  private Instant assignedAt;

  @Column(nullable = false)
  private Instant dueAt;

  private Instant remindedAt;

  private Instant escalatedAt;

  @Column(length = 64)
  private String replacedBy;

  protected ReviewAssignment() {
  }

  ReviewAssignment(CommitteeReview review, String expert, String assignedBy, Instant assignedAt, Instant dueAt) {
    this.review = review;
    this.expert = expert;
    this.assignedBy = assignedBy;
    this.assignedAt = assignedAt;
    this.dueAt = dueAt;
  }

  void reminded(Instant now) {
    remindedAt = now;
  }

  void escalated(Instant now) {
    escalatedAt = now;
  }

  void extend(Instant newDueAt) {
    dueAt = newDueAt;
  }

  void replaceBy(String other) {
    replacedBy = other;
  }

  public String getExpert() {
    return expert;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getReplacedBy() {
    return replacedBy;
  }
}
