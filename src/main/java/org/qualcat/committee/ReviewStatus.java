package org.qualcat.committee;

import org.qualcat.system.Published;

@Published
public enum ReviewStatus {
  /** The secretariat chooses the experts. */
  ASSIGNING_EXPERTS,
  /** Experts are scoring. */
  EXPERT_REVIEW,
  /** The committee is deciding. */
  COMMITTEE,
  /** The committee sent the matter back; the secretariat is adding information. */
  MORE_INFORMATION,
  /** Approved and published for objections. */
  PUBLIC_NOTICE,
  APPROVED,
  REJECTED;

  public boolean isClosed() {
    return this == APPROVED || this == REJECTED;
  }
}
