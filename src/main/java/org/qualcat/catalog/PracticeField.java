package org.qualcat.catalog;

/** Fields in which holders may practise in Beijing under notice section III. */
public enum PracticeField {
  FINANCE,
  ACCOUNTING,
  MEDICINE,
  EDUCATION,
  NONE
}
