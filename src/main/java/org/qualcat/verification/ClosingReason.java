package org.qualcat.verification;

/** Why a case ended without a verification result (statuses REFUSED, CLOSED, WITHDRAWN). */
public enum ClosingReason {
  /** The qualification is not (or no longer) in the catalog when the case arrived. */
  NOT_LISTED,
  /** A verification officer found false or inaccurate data (Attachment 2: such applications may be refused). */
  FALSE_DATA,
  /** The supplement the officer asked for did not arrive by its due date. */
  SUPPLEMENT_MISSING,
  /** The qualification left the catalog while the case was in flight. */
  QUALIFICATION_REMOVED,
  /** The applicant withdrew the case. */
  WITHDRAWN
}
