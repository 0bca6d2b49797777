package org.qualcat.verification;

import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditActionSet;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** What the audit trail records of certificate verification (subject: BJV-…). */
public enum VerificationAuditActions implements AuditAction {

  VERIFICATION_SUBMITTED,
  VERIFICATION_ACCEPTED,
  /** The verifier's finding on the statement of employment in Beijing and its evidence. */
  VERIFICATION_EMPLOYMENT_CHECKED,
  VERIFICATION_SUPPLEMENT_REQUESTED,
  VERIFICATION_SUPPLEMENT_PROVIDED,
  VERIFICATION_REFUSED,
  VERIFICATION_ISSUER_CHECKED,
  VERIFICATION_VERIFIED,
  VERIFICATION_NOT_VERIFIED,
  VERIFICATION_WITHDRAWN,
  VERIFICATION_CLOSED,
  /** The employer's answer to the request for a recommendation for talent introduction (notice I.(II)2). */
  VERIFICATION_RECOMMENDATION,
  /** A staff member read a verification case (API or portal); applicants reading their own are not recorded. */
  CASE_VIEWED,
  /** A verification result opened for printing (subject: BJV-…). */
  RESULT_PRINTED,
  /** A verification result downloaded as a file (subject: BJV-…). */
  RESULT_DOWNLOADED,
  /** An application material of a case downloaded (subject: BJV-…; details: its kind, never its name). */
  MATERIAL_DOWNLOADED,
  /** An employer's sheet of certificates accepted (subject: BJB-…; details: its number of rows). */
  BULK_SUBMITTED;

  /** Decisions, but for staff reading a case and results and materials leaving the system. */
  @Override
  public Category category() {
    return switch (this) {
      case CASE_VIEWED -> Category.VIEW;
      case RESULT_PRINTED, RESULT_DOWNLOADED, MATERIAL_DOWNLOADED -> Category.EXPORT;
      default -> Category.DECISION;
    };
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
