package org.qualcat.verification;

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
import org.hibernate.annotations.Immutable;

/** One line of a case's timeline: what happened, who did it, when. Never changed once written. */
@Entity
@Immutable
@Table(name = "verification_event")
class VerificationEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private VerificationCase verificationCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private EventKind kind;

  @Column(length = 2000)
  private String note;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false)
  private Instant occurredAt;

  protected VerificationEvent() {
  }

  VerificationEvent(VerificationCase verificationCase, EventKind kind, String note, String actor, Instant at) {
    this.verificationCase = verificationCase;
    this.kind = kind;
    this.note = note;
    this.actor = actor;
    this.occurredAt = at;
  }

  public Long getId() {
    return id;
  }

  public EventKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
