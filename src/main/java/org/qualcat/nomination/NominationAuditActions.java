package org.qualcat.nomination;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of catalog nominations (subject: NOM-…). */
public enum NominationAuditActions implements AuditAction {

  NOMINATION_SUBMITTED(Category.DECISION),
  NOMINATION_FOUND_COMPLETE(Category.DECISION),
  NOMINATION_SUPPLEMENT_REQUESTED(Category.DECISION),
  NOMINATION_SUPPLEMENT_PROVIDED(Category.DECISION),
  NOMINATION_LISTED(Category.DECISION),
  NOMINATION_REJECTED(Category.DECISION),
  NOMINATION_WITHDRAWN(Category.DECISION);

  private final Category category;

  NominationAuditActions(Category category) {
    this.category = category;
  }

  @Override
  public Category category() {
    return category;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(20)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
