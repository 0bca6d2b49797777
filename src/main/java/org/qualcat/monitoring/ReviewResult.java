package org.qualcat.monitoring;

/** How a qualification's review in a monitoring cycle ended. */
enum ReviewResult {
  COMPLIANT,
  ON_WATCH,
  /** Non-compliant, rectified in time. */
  RECTIFIED,
  /** Non-compliant; the committee confirmed the removal (in force when the edition that carries it is published). */
  REMOVED,
  /** The committee overturned the non-compliant finding, with a reason recorded on the exit case. */
  OVERTURNED
}
