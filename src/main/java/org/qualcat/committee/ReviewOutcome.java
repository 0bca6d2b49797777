package org.qualcat.committee;

/** What a committee review returns to the process that called it. */
public enum ReviewOutcome {
  /** Approved, and the public notice period passed without an objection the committee upheld. */
  APPROVED,
  REJECTED
}
