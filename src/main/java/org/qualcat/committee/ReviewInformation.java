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

/** Information the secretariat added after the committee sent the matter back. */
@Entity
@Table(name = "review_information")
class ReviewInformation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  private CommitteeReview review;

  @Column(nullable = false, length = 4000)
  private String information;

  @Column(nullable = false, length = 64)
  private String providedBy;

  @Column(nullable = false)
  private Instant providedAt;

  protected ReviewInformation() {
  }

  ReviewInformation(CommitteeReview review, String information, String providedBy, Instant providedAt) {
    this.review = review;
    this.information = information;
    this.providedBy = providedBy;
    this.providedAt = providedAt;
  }

  public String getInformation() {
    return information;
  }

  public String getProvidedBy() {
    return providedBy;
  }

  public Instant getProvidedAt() {
    return providedAt;
  }
}
