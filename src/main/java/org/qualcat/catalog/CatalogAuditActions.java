package org.qualcat.catalog;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the audit trail records of the catalog (subject: the import's reference, or the edition's code):
 * decisions (the default category), each written in its own transaction.
 */
public enum CatalogAuditActions implements AuditAction {

  CATALOG_IMPORTED,
  EDITION_PUBLISHED;

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(60)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
