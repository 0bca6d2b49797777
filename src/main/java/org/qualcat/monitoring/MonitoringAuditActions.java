package org.qualcat.monitoring;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records of monitoring (subject: the cycle MON-…, or the qualification code of a review):
 * decisions (the default category), each written in its own transaction.
 */
public enum MonitoringAuditActions implements AuditAction {

  MONITORING_CYCLE_STARTED,
  MONITORING_INDICATORS_ENTERED,
  /** A monitor's standing input about a qualification, outside a review (POST /api/monitoring/inputs). */
  MONITORING_INPUT_RECORDED,
  MONITORING_CONFIRMED,
  MONITORING_RECTIFICATION_REPORTED,
  MONITORING_RECHECKED;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(50)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
