package org.qualcat.committee;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records of committee reviews (subject: the matter, NOM-/ADJ-/EXIT-…): decisions (the default
 * category), each written in its own transaction.
 */
public enum CommitteeAuditActions implements AuditAction {

  EXPERTS_ASSIGNED,
  SCORING_FOLLOWED_UP,
  EXPERT_SCORED,
  COMMITTEE_APPROVED,
  COMMITTEE_REJECTED,
  COMMITTEE_SENT_BACK,
  INFORMATION_ADDED,
  OBJECTION_RAISED;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(10)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
