package org.qualcat.monitoring;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of monitoring (subject: the cycle MON-…, or the qualification code of a review). */
public enum MonitoringAuditActions implements AuditAction {

  MONITORING_CYCLE_STARTED(Category.DECISION),
  MONITORING_INDICATORS_ENTERED(Category.DECISION),
  /** A monitor's standing input about a qualification, outside a review (POST /api/monitoring/inputs). */
  MONITORING_INPUT_RECORDED(Category.DECISION),
  MONITORING_CONFIRMED(Category.DECISION),
  MONITORING_RECTIFICATION_REPORTED(Category.DECISION),
  MONITORING_RECHECKED(Category.DECISION);

  private final Category category;

  MonitoringAuditActions(Category category) {
    this.category = category;
  }

  @Override
  public Category category() {
    return category;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(50)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
