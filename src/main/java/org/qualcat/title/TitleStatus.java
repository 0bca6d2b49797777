package org.qualcat.title;

import java.util.EnumSet;
import java.util.Set;

/** Where a title application stands. */
public enum TitleStatus {
  /** With the title office (direct recognition) or the evaluation committee. */
  UNDER_REVIEW,
  /** The title office lists the courses or exam subjects the holder is exempted from. */
  LISTING_EXEMPTIONS,
  /** The holder takes the exams with the exemptions; the title office records the result. */
  AWAITING_EXAM_RESULT,
  GRANTED,
  REFUSED,
  /** No exam result within the time allowed. */
  LAPSED,
  WITHDRAWN,
  /** Ended before a decision: a published edition removed the qualification from the catalog. */
  QUALIFICATION_REMOVED;

  public static final Set<TitleStatus> OPEN = EnumSet.of(UNDER_REVIEW, LISTING_EXEMPTIONS, AWAITING_EXAM_RESULT);

  public boolean isOpen() {
    return OPEN.contains(this);
  }
}
