package org.qualcat.adjustment;

enum AdjustmentStatus {
  UNDER_REVIEW,
  /** Approved: the change is in the draft edition. */
  APPLIED,
  REJECTED
}
