package org.qualcat.catalog;

import org.qualcat.system.Published;

/** Fields in which holders may practise in Beijing under notice section III. */
@Published
public enum PracticeField {
  FINANCE,
  ACCOUNTING,
  MEDICINE,
  EDUCATION,
  NONE;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "Where holders may practise in Beijing under notice section III: FINANCE, ACCOUNTING, MEDICINE, "
      + "EDUCATION; NONE: no practice field.";
}
