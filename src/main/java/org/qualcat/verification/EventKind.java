package org.qualcat.verification;

/** What can happen to a case; each occurrence is a line of the case's timeline. */
enum EventKind {
  SUBMITTED(true),
  REFUSED_NOT_LISTED(true),
  EARLIER_RESULT_ADOPTED(true),
  /** This case's result was reused by a later case of the same certificate and holder, in any bureau (IV.3). */
  RESULT_RECOGNISED(true),
  ACCEPTED(true),
  /** The verifier found the statement of employment in Beijing confirmed by its evidence, or not. */
  EMPLOYMENT_CONFIRMED(true),
  EMPLOYMENT_NOT_SHOWN(true),
  SUPPLEMENT_REQUESTED(true),
  SUPPLEMENT_PROVIDED(true),
  SUPPLEMENT_MISSING(true),
  REFUSED_FALSE_DATA(true),
  REGISTER_CHECKED(true),
  ISSUER_CHECKED(true),
  ETA_REMINDER(false),
  ESCALATED(false),
  VERIFIED(true),
  NOT_VERIFIED(true),
  BENEFITS_DETERMINED(true),
  /** The employer's HR staff were asked to recommend the holder for talent introduction (notice I.(II)2). */
  RECOMMENDATION_REQUESTED(true),
  RECOMMENDED(true),
  NOT_RECOMMENDED(true),
  RECOMMENDATION_LAPSED(true),
  WITHDRAWN(true),
  QUALIFICATION_REMOVED(true);

  private final boolean shownToApplicant;

  EventKind(boolean shownToApplicant) {
    this.shownToApplicant = shownToApplicant;
  }

  /** Internal steps (reminders and escalations among officers) are shown to staff only. */
  public boolean isShownToApplicant() {
    return shownToApplicant;
  }
}
