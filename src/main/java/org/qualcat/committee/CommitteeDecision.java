package org.qualcat.committee;

public enum CommitteeDecision {
  APPROVE,
  REJECT,
  /** Back to the secretariat for more information, then to the committee again. */
  SEND_BACK
}
