package org.qualcat.exit;

/** What started an exit case. */
enum ExitOrigin {
  /** A monitoring review whose rectification failed or whose deadline passed. */
  REVIEW,
  /** A monitor's flag, at any time. */
  FLAG
}
