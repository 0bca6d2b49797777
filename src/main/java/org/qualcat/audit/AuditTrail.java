package org.qualcat.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.qualcat.process.TaskActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail: who did what to which subject, when and from where. The one way rows get into
 * {@code audit_entry}; nothing in the application updates or deletes them.
 *
 * <p>The actor is the user Spring Security signed in for this request; inside a process step that no request
 * carries (a job, a timer) it is the engine's authenticated user, and otherwise the platform itself
 * ({@value #SYSTEM}). Callers pass references, codes and decisions in a few words, never personal data (holder
 * names, document numbers).
 */
@Service
public class AuditTrail {

  /** The actor of what the platform does by itself. */
  public static final String SYSTEM = "qualcat";

  @PersistenceContext
  private EntityManager entityManager;

  private final IdentityService identity;
  private final AuditActions actions;
  private final Clock clock;

  AuditTrail(IdentityService identity, AuditActions actions, Clock clock) {
    this.identity = identity;
    this.actions = actions;
    this.clock = clock;
  }

  /**
   * Records a decision in the transaction that takes it, so that a decision rolled back leaves no line behind and a
   * decision committed always has one. Refused outside a transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void decision(AuditAction action, String subject, String details) {
    require(action, AuditAction.Category.DECISION);
    write(currentActor(), action, subject, details);
  }

  /** Records a view or an export by the current user, in the caller's transaction or one of its own. */
  @Transactional
  public void access(AuditAction action, String subject, String details) {
    if (action.category() == AuditAction.Category.DECISION) {
      throw new IllegalArgumentException(action.name() + " is a decision: record it with decision(…)");
    }
    write(currentActor(), action, subject, details);
  }

  /** Records a sign-in event; the actor is given, since a failed authentication has no signed-in user. */
  @Transactional
  public void signIn(AuditAction action, String actor, String subject, String details) {
    require(action, AuditAction.Category.SIGN_IN);
    write(actor, action, subject, details);
  }

  /** Who is acting now: the signed-in user, else the engine's authenticated user, else the platform. */
  public String currentActor() {
    return TaskActor.current(identity).orElse(SYSTEM);
  }

  private void write(String actor, AuditAction action, String subject, String details) {
    if (!actions.known(action)) {
      throw new IllegalArgumentException(action.name() + " is no audit action the trail knows: its module "
          + "contributes its actions as an AuditActionSet");
    }
    entityManager.persist(new AuditEntry(clock.instant(),
        clean(actor == null || actor.isBlank() ? SYSTEM : actor, AuditEntry.ACTOR_LENGTH), action,
        clean(subject == null || subject.isBlank() ? "-" : subject, AuditEntry.SUBJECT_LENGTH),
        details == null || details.isBlank() ? null : clean(details, AuditEntry.DETAILS_LENGTH), clientAddress()));
  }

  private static void require(AuditAction action, AuditAction.Category category) {
    if (action.category() != category) {
      throw new IllegalArgumentException(action.name() + " is not in category " + category);
    }
  }

  /** One line, no control characters (no forged lines in an export), cut to the column. */
  static String clean(String text, int max) {
    String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      String address = request.getRequest().getRemoteAddr();
      return address == null ? null : clean(address, AuditEntry.ADDRESS_LENGTH);
    }
    return null;
  }
}
