package org.qualcat.employer;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of employers' accounts (subject: the organisation's credit code). */
public enum EmployerAuditActions implements AuditAction {

  EMPLOYER_REGISTERED,
  /** A user became one of the organisation's HR staff (details: the user). */
  EMPLOYER_MEMBER_ADDED,
  /** A user stopped being one of the organisation's HR staff (details: the user). */
  EMPLOYER_MEMBER_REMOVED;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(80)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
