package org.qualcat.catalog;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of the catalog (subject: the import's reference, or the edition's code). */
public enum CatalogAuditActions implements AuditAction {

  CATALOG_IMPORTED(Category.DECISION),
  EDITION_PUBLISHED(Category.DECISION);

  private final Category category;

  CatalogAuditActions(Category category) {
    this.category = category;
  }

  @Override
  public Category category() {
    return category;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(60)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
