package org.qualcat.nomination;

enum NominationStatus {
  /** Waiting for the secretariat's completeness check. */
  SUBMITTED,
  /** The secretariat asked the nominator for supplements. */
  AWAITING_SUPPLEMENT,
  /** Before the experts and the committee. */
  UNDER_REVIEW,
  /** Approved: the qualification is in the draft edition. */
  LISTED,
  REJECTED,
  /** Withdrawn because the supplements did not arrive in time. */
  WITHDRAWN;

  public boolean isOpen() {
    return this == SUBMITTED || this == AWAITING_SUPPLEMENT || this == UNDER_REVIEW;
  }
}
