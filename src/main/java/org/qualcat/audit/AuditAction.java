package org.qualcat.audit;

/** What the audit trail records, each in one {@link Category}. The subject of each is named beside it. */
public enum AuditAction {

  // committee-review (subject: the matter, NOM-/ADJ-/EXIT-…)
  EXPERTS_ASSIGNED(Category.DECISION),
  SCORING_FOLLOWED_UP(Category.DECISION),
  EXPERT_SCORED(Category.DECISION),
  COMMITTEE_APPROVED(Category.DECISION),
  COMMITTEE_REJECTED(Category.DECISION),
  COMMITTEE_SENT_BACK(Category.DECISION),
  INFORMATION_ADDED(Category.DECISION),
  OBJECTION_RAISED(Category.DECISION),

  // catalog-nomination (subject: NOM-…)
  NOMINATION_SUBMITTED(Category.DECISION),
  NOMINATION_FOUND_COMPLETE(Category.DECISION),
  NOMINATION_SUPPLEMENT_REQUESTED(Category.DECISION),
  NOMINATION_SUPPLEMENT_PROVIDED(Category.DECISION),
  NOMINATION_LISTED(Category.DECISION),
  NOMINATION_REJECTED(Category.DECISION),
  NOMINATION_WITHDRAWN(Category.DECISION),

  // catalog-adjustment (subject: ADJ-…)
  ADJUSTMENT_REQUESTED(Category.DECISION),
  ADJUSTMENT_APPLIED(Category.DECISION),
  ADJUSTMENT_REJECTED(Category.DECISION),

  // qualification-exit (subject: EXIT-…)
  EXIT_FLAGGED(Category.DECISION),
  EXIT_OPENED(Category.DECISION),
  /** The committee confirmed the removal: the draft edition removes the qualification. */
  EXIT_REMOVAL_DECIDED(Category.DECISION),
  /** The edition that removes the qualification was published: the removal is in force, cases in flight ended. */
  EXIT_REMOVED(Category.DECISION),
  /** The committee overturned the monitoring finding; the details carry its reason. */
  EXIT_FINDING_OVERTURNED(Category.DECISION),
  /** Written before December 2026, when the committee could keep a qualification; kept for the old entries. */
  EXIT_KEPT(Category.DECISION),

  // monitoring (subject: the cycle MON-…, or the qualification code of a review)
  MONITORING_CYCLE_STARTED(Category.DECISION),
  MONITORING_INDICATORS_ENTERED(Category.DECISION),
  /** A monitor's standing input about a qualification, outside a review (POST /api/monitoring/inputs). */
  MONITORING_INPUT_RECORDED(Category.DECISION),
  MONITORING_CONFIRMED(Category.DECISION),
  MONITORING_RECTIFICATION_REPORTED(Category.DECISION),
  MONITORING_RECHECKED(Category.DECISION),

  // catalog (subject: the import's reference, or the edition's code)
  CATALOG_IMPORTED(Category.DECISION),
  EDITION_PUBLISHED(Category.DECISION),

  // the engine itself (subject: the process instance, task or job, else the kind of thing, e.g. "Authorization")
  /** An operator's or administrator's change to the engine (Cockpit, Camunda Admin, engine REST). */
  ENGINE_OPERATION(Category.DECISION),

  // certificate-verification (subject: BJV-…)
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
  MATERIAL_DOWNLOADED(Category.EXPORT),
  /** An administrator searched the audit trail (subject: "audit"; details: the filters used). */
  AUDIT_SEARCHED(Category.EXPORT),

  /** An interactive sign-in on the login page (subject: the user). */
  LOGIN_SUCCEEDED(Category.SIGN_IN),
  /** A failed authentication, form or HTTP Basic (subject: the user name given). */
  LOGIN_FAILED(Category.SIGN_IN),
  LOGOUT(Category.SIGN_IN),
  /** A user locked after too many failed sign-ins, unlocked once the lockout has lasted (subject: the user). */
  ACCOUNT_UNLOCKED(Category.SIGN_IN);

  /** The kinds of things recorded; the audit search filters by them too. */
  public enum Category {
    /** A decision or a step that changes a matter's course; written in the decision's own transaction. */
    DECISION,
    /** Staff reading personal data. */
    VIEW,
    /** Data leaving the system: downloads, prints, audit searches. */
    EXPORT,
    /** Sign-ins, failed authentications and sign-outs. */
    SIGN_IN
  }

  private final Category category;

  AuditAction(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }
}
