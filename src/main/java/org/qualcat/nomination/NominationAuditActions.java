package org.qualcat.nomination;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records of catalog nominations (subject: NOM-…): decisions (the default
 * category), each written in its own transaction.
 */
public enum NominationAuditActions implements AuditAction {

  NOMINATION_SUBMITTED,
  NOMINATION_FOUND_COMPLETE,
  NOMINATION_SUPPLEMENT_REQUESTED,
  NOMINATION_SUPPLEMENT_PROVIDED,
  NOMINATION_LISTED,
  NOMINATION_REJECTED,
  NOMINATION_WITHDRAWN;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(20)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
