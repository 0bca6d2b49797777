package org.qualcat.committee;

import org.qualcat.system.Published;

/** What a committee review returns to the process that called it. */
@Published
public enum ReviewOutcome {
  /** Approved, and the public notice period passed without an objection the committee upheld. */
  APPROVED,
  REJECTED
}
