package org.qualcat.committee;

/** An expert's recommendation on the proposal under review (to include, to adjust, to remove). */
public enum Recommendation {
  SUPPORT,
  OPPOSE
}
