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

/** A decision of the committee with its votes and written resolution. A review may have several (send-back, objection). */
@Entity
@Table(name = "committee_resolution")
class CommitteeResolution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "review_id")
  private CommitteeReview review;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private CommitteeDecision decision;

  private int votesFor;
  private int votesAgainst;
  private int votesAbstained;

  @Column(nullable = false, length = 4000)
  private String resolution;

  @Column(length = 2000)
  private String informationNeeded;

  @Column(nullable = false, length = 64)
  private String decidedBy;

  @Column(nullable = false)
  private Instant decidedAt;

  protected CommitteeResolution() {
  }

  CommitteeResolution(CommitteeReview review, CommitteeDecision decision, int votesFor, int votesAgainst,
      int votesAbstained, String resolution, String informationNeeded, String decidedBy, Instant decidedAt) {
    this.review = review;
    this.decision = decision;
    this.votesFor = votesFor;
    this.votesAgainst = votesAgainst;
    this.votesAbstained = votesAbstained;
    this.resolution = resolution;
    this.informationNeeded = informationNeeded;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public CommitteeDecision getDecision() {
    return decision;
  }

  public int getVotesFor() {
    return votesFor;
  }

  public int getVotesAgainst() {
    return votesAgainst;
  }

  public int getVotesAbstained() {
    return votesAbstained;
  }

  public String getResolution() {
    return resolution;
  }

  public String getInformationNeeded() {
    return informationNeeded;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
