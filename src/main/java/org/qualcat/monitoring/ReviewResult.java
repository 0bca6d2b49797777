package org.qualcat.monitoring;

/** How a qualification's review in a monitoring cycle ended. */
public enum ReviewResult {
  COMPLIANT,
  ON_WATCH,
  /** Non-compliant, rectified in time. */
  RECTIFIED,
  /** Non-compliant; the committee removed it. */
  REMOVED,
  /** Non-compliant; the committee kept it. */
  KEPT
}
