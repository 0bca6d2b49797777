package org.qualcat.committee;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of committee reviews (subject: the matter, NOM-/ADJ-/EXIT-…). */
public enum CommitteeAuditActions implements AuditAction {

  EXPERTS_ASSIGNED(Category.DECISION),
  SCORING_FOLLOWED_UP(Category.DECISION),
  EXPERT_SCORED(Category.DECISION),
  COMMITTEE_APPROVED(Category.DECISION),
  COMMITTEE_REJECTED(Category.DECISION),
  COMMITTEE_SENT_BACK(Category.DECISION),
  INFORMATION_ADDED(Category.DECISION),
  OBJECTION_RAISED(Category.DECISION);

  private final Category category;

  CommitteeAuditActions(Category category) {
    this.category = category;
  }

  @Override
  public Category category() {
    return category;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(10)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
