package org.qualcat.exit;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of qualification exits (subject: EXIT-…). */
public enum ExitAuditActions implements AuditAction {

  EXIT_FLAGGED(Category.DECISION),
  EXIT_OPENED(Category.DECISION),
  /** The committee confirmed the removal: the draft edition removes the qualification. */
  EXIT_REMOVAL_DECIDED(Category.DECISION),
  /** The edition that removes the qualification was published: the removal is in force, cases in flight ended. */
  EXIT_REMOVED(Category.DECISION),
  /** The committee overturned the monitoring finding; the details carry its reason. */
  EXIT_FINDING_OVERTURNED(Category.DECISION),
  /** Written before December 2026, when the committee could keep a qualification; kept for the old entries. */
  EXIT_KEPT(Category.DECISION);

  private final Category category;

  ExitAuditActions(Category category) {
    this.category = category;
  }

  @Override
  public Category category() {
    return category;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(40)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
