package org.qualcat.nomination;

/** The secretariat's completeness check of a nomination. */
public enum Completeness {
  COMPLETE,
  SUPPLEMENT_NEEDED
}
