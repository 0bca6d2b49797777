package org.qualcat.exit;

public enum ExitStatus {
  UNDER_REVIEW,
  /** The committee removed the qualification from the catalog. */
  REMOVED,
  /** The committee kept it. */
  KEPT
}
