package org.qualcat.title;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of a title application's timeline: what happened, who did it, when. Never changed once written. */
@Entity
@Immutable
@Table(name = "title_event")
class TitleEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private TitleEventKind kind;

  @Column(length = 2000)
  private String note;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false)
  private Instant occurredAt;

  protected TitleEvent() {
  }

  TitleEvent(Long applicationId, TitleEventKind kind, String note, String actor, Instant at) {
    this.applicationId = applicationId;
    this.kind = kind;
    this.note = note;
    this.actor = actor;
    this.occurredAt = at;
  }

  TitleEventKind getKind() {
    return kind;
  }

  String getNote() {
    return note;
  }

  String getActor() {
    return actor;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }
}
