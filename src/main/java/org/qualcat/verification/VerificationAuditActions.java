package org.qualcat.verification;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of certificate verification (subject: BJV-…). */
public enum VerificationAuditActions implements AuditAction {

  VERIFICATION_SUBMITTED(Category.DECISION),
  VERIFICATION_ACCEPTED(Category.DECISION),
  /** The verifier's finding on the statement of employment in Beijing and its evidence. */
  VERIFICATION_EMPLOYMENT_CHECKED(Category.DECISION),
  VERIFICATION_SUPPLEMENT_REQUESTED(Category.DECISION),
  VERIFICATION_SUPPLEMENT_PROVIDED(Category.DECISION),
  VERIFICATION_REFUSED(Category.DECISION),
  VERIFICATION_ISSUER_CHECKED(Category.DECISION),
  VERIFICATION_VERIFIED(Category.DECISION),
  VERIFICATION_NOT_VERIFIED(Category.DECISION),
  VERIFICATION_WITHDRAWN(Category.DECISION),
  VERIFICATION_CLOSED(Category.DECISION),
  /** A staff member read a verification case (API or portal); applicants reading their own are not recorded. */
  CASE_VIEWED(Category.VIEW),
  /** A verification result opened for printing (subject: BJV-…). */
  RESULT_PRINTED(Category.EXPORT),
  /** A verification result downloaded as a file (subject: BJV-…). */
  RESULT_DOWNLOADED(Category.EXPORT),
  /** An application material of a case downloaded (subject: BJV-…; details: its kind, never its name). */
  MATERIAL_DOWNLOADED(Category.EXPORT);

  private final Category category;

  VerificationAuditActions(Category category) {
    this.category = category;
  }

  @Override
  public Category category() {
    return category;
  }

  /** Contributes these actions to the audit trail; the order is their place among the audit page's choices. */
  @Component
  @Order(70)
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
