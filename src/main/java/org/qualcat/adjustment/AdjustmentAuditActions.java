package org.qualcat.adjustment;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records of catalog adjustments (subject: ADJ-…): decisions (the default
 * category), each written in its own transaction.
 */
public enum AdjustmentAuditActions implements AuditAction {

  ADJUSTMENT_REQUESTED,
  ADJUSTMENT_APPLIED,
  ADJUSTMENT_REJECTED;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(30)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
