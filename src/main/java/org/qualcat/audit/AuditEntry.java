package org.qualcat.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail. Written once by {@link AuditTrail} and never changed: no setters, and Hibernate
 * treats the entity as immutable, so not even a managed instance can be updated by accident.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  static final int ACTOR_LENGTH = 64;
  static final int SUBJECT_LENGTH = 120;
  static final int DETAILS_LENGTH = 500;
  static final int ADDRESS_LENGTH = 45;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = ACTOR_LENGTH)
  private String actor;

  /** The action's code ({@link AuditAction#name()}), as its module's enum names it. */
  @Column(nullable = false, length = AuditActions.CODE_LENGTH)
  private String action;

  @Column(nullable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(length = DETAILS_LENGTH)
  private String details;

  @Column(length = ADDRESS_LENGTH)
  private String clientAddress;

  protected AuditEntry() {
  }

  AuditEntry(Instant occurredAt, String actor, AuditAction action, String subject, String details,
      String clientAddress) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action.name();
    this.subject = subject;
    this.details = details;
    this.clientAddress = clientAddress;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  /** The action's code; {@link AuditActions#named(String)} tells which action it is. */
  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetails() {
    return details;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  @Override
  public String toString() {
    return "AuditEntry[" + id + ", " + actor + ", " + action + ", " + subject + "]";
  }
}
