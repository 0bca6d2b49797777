package org.qualcat.exit;

/** Where an exit case stands. */
public enum ExitStatus {
  /** Before the committee. */
  UNDER_REVIEW,
  /**
   * The committee confirmed the removal: the draft edition removes the qualification; the edition in force still lists
   * it until the secretariat publishes that draft.
   */
  REMOVAL_DECIDED,
  /** The edition that removes the qualification is published: the removal is in force. */
  REMOVED,
  /** The committee overturned the monitoring finding, with a recorded reason: the qualification stays listed. */
  OVERTURNED
}
