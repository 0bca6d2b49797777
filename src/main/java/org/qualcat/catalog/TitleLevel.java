package org.qualcat.catalog;

import org.qualcat.system.Published;

/** The professional title a qualification corresponds to (notice I.(I)2 and I.(II)1). */
@Published
public enum TitleLevel {
  NONE,
  INTERMEDIATE,
  DEPUTY_SENIOR;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "The professional title it corresponds to (notice I.(I)2, I.(II)1): NONE: no title mapping; "
      + "INTERMEDIATE: an intermediate title; DEPUTY_SENIOR: a deputy senior title.";

  /** The title in a few English words ("deputy senior title"), for proposals and summaries. */
  public String englishName() {
    return switch (this) {
      case NONE -> "none";
      case INTERMEDIATE -> "intermediate title";
      case DEPUTY_SENIOR -> "deputy senior title";
    };
  }
}
