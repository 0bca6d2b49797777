package org.qualcat.nomination;

/** The secretariat's completeness check of a nomination. */
enum Completeness {
  COMPLETE,
  SUPPLEMENT_NEEDED
}
