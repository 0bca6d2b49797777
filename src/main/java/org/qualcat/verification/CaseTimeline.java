package org.qualcat.verification;

import java.time.Clock;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * What happens to a case, written down in the caller's transaction: a line of the case's timeline (what the applicant
 * and the verifiers read) and, for decisions, an entry in the audit trail, whose details never name the holder or the
 * document.
 */
@Component
class CaseTimeline {

  private final VerificationEventRepository events;
  private final AuditTrail audit;
  private final Clock clock;

  CaseTimeline(VerificationEventRepository events, AuditTrail audit, Clock clock) {
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** A line of the timeline; without an actor, the process's own. */
  void record(VerificationCase c, EventKind kind, String note, String actor) {
    events.save(new VerificationEvent(c, kind, note, actor == null ? VerificationProcess.SYSTEM_ACTOR : actor,
        clock.instant()));
  }

  /** The decision in the audit trail. */
  void audit(AuditAction action, VerificationCase c, String details) {
    audit.decision(action, c.getReference(), details);
  }

  /** The last finding of a check of the certificate (the register's or the verifier's), if any. */
  String lastFinding(VerificationCase c) {
    return events.findByVerificationCaseOrderById(c).stream()
        .filter(e -> e.getKind() == EventKind.REGISTER_CHECKED || e.getKind() == EventKind.ISSUER_CHECKED)
        .reduce((first, second) -> second).map(VerificationEvent::getNote).orElse(null);
  }
}
