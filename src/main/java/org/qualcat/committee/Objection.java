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

/** An objection lodged during the public notice period; it returns the matter to the committee. */
@Entity
@Table(name = "objection")
class Objection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  private CommitteeReview review;

  @Column(nullable = false, length = 4000)
  private String grounds;

  @Column(nullable = false, length = 64)
  private String lodgedBy;

  @Column(nullable = false)
  private Instant lodgedAt;

  protected Objection() {
  }

  Objection(CommitteeReview review, String grounds, String lodgedBy, Instant lodgedAt) {
    this.review = review;
    this.grounds = grounds;
    this.lodgedBy = lodgedBy;
    this.lodgedAt = lodgedAt;
  }

  public String getGrounds() {
    return grounds;
  }

  public String getLodgedBy() {
    return lodgedBy;
  }

  public Instant getLodgedAt() {
    return lodgedAt;
  }
}
