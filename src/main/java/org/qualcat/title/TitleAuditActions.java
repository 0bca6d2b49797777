package org.qualcat.title;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of title applications (subject: the application's reference). */
public enum TitleAuditActions implements AuditAction {

  /** An application made (details: the result's case, the title, the route). */
  TITLE_APPLIED,
  /** The list of exempted courses or exam subjects issued to the holder. */
  TITLE_EXEMPTIONS_ISSUED,
  TITLE_GRANTED,
  TITLE_REFUSED,
  /** No exam result within the time allowed. */
  TITLE_LAPSED,
  TITLE_WITHDRAWN,
  /** An open application ended because a published edition removed its qualification (details: the edition). */
  TITLE_ENDED_ON_REMOVAL,
  /** A title office officer read an application (someone else's personal data). */
  TITLE_APPLICATION_VIEWED;

  @Override
  public Category category() {
    return this == TITLE_APPLICATION_VIEWED ? Category.VIEW : Category.DECISION;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(90)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
