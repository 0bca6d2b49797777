package org.qualcat.committee;

/** What the secretariat does about an expert's overdue scoring. */
enum FollowUp {
  /** Give the same expert another scoring period. */
  EXTEND,
  /** Hand the scoring to another expert. */
  REPLACE
}
