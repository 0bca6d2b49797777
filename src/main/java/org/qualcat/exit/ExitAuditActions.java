package org.qualcat.exit;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records of qualification exits (subject: EXIT-…): decisions (the default
 * category), each written in its own transaction.
 */
public enum ExitAuditActions implements AuditAction {

  EXIT_FLAGGED,
  EXIT_OPENED,
  /** The committee confirmed the removal: the draft edition removes the qualification. */
  EXIT_REMOVAL_DECIDED,
  /** The edition that removes the qualification was published: the removal is in force, cases in flight ended. */
  EXIT_REMOVED,
  /** The committee overturned the monitoring finding; the details carry its reason. */
  EXIT_FINDING_OVERTURNED,
  /** Written before December 2026, when the committee could keep a qualification; kept for the old entries. */
  EXIT_KEPT;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(40)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
