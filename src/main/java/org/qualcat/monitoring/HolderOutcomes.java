package org.qualcat.monitoring;

/** Tangible outcomes of holders' innovation and entrepreneurship in Beijing (notice section V). */
enum HolderOutcomes {
  NOTABLE,
  SOME,
  NONE;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "Holders' tangible innovation and entrepreneurship outcomes in Beijing (notice V): NOTABLE; "
      + "SOME; NONE.";
}
