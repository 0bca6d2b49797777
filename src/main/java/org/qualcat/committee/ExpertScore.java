package org.qualcat.committee;

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

/**
 * One expert's scores (1 to 5) on the four selection criteria, and their recommendation:
 * international recognition, rigour of the issuer's examination and requirements, demand in Beijing's industries,
 * and verifiability of certificates.
 */
@Entity
@Table(name = "expert_score")
class ExpertScore {

  public static final int MIN = 1;
  public static final int MAX = 5;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  private CommitteeReview review;

  @Column(nullable = false, length = 64)
  private String expert;

  private int recognition;
  private int rigour;
  private int demand;
  private int verifiability;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Recommendation recommendation;

  @Column(name = "comment_", length = 2000)
  private String comment;

  @Column(nullable = false)
  private Instant scoredAt;

  protected ExpertScore() {
  }

  ExpertScore(CommitteeReview review, String expert, int recognition, int rigour, int demand, int verifiability,
      Recommendation recommendation, String comment, Instant scoredAt) {
    this.review = review;
    this.expert = expert;
    this.recognition = recognition;
    this.rigour = rigour;
    this.demand = demand;
    this.verifiability = verifiability;
    this.recommendation = recommendation;
    this.comment = comment;
    this.scoredAt = scoredAt;
  }

  public double average() {
    return (recognition + rigour + demand + verifiability) / 4.0;
  }

  public String getExpert() {
    return expert;
  }

  public int getRecognition() {
    return recognition;
  }

  public int getRigour() {
    return rigour;
  }

  public int getDemand() {
    return demand;
  }

  public int getVerifiability() {
    return verifiability;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public String getComment() {
    return comment;
  }

  public Instant getScoredAt() {
    return scoredAt;
  }
}
