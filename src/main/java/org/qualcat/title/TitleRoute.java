package org.qualcat.title;

/**
 * How an application goes, as the decision table {@code title-channel} answers: one of the approaches of notice II
 * (the catalog entry's title channels), the evaluation committee for a level above the mapped one, or none.
 */
public enum TitleRoute {
  DIRECT_RECOGNITION,
  COURSE_EXEMPTION,
  FEWER_EXAM_SUBJECTS,
  COMMITTEE_EVALUATION,
  NONE;

  /** Whether the holder takes exams with exemptions and the title office waits for the result. */
  boolean isExemption() {
    return this == COURSE_EXEMPTION || this == FEWER_EXAM_SUBJECTS;
  }
}
