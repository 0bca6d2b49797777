package org.qualcat.employer;

import org.qualcat.system.Published;

/** Where an employer is: the Beijing–Tianjin–Hebei platform serves the three (notice IV). */
@Published
public enum EmployerRegion {
  BEIJING,
  TIANJIN,
  HEBEI;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "Where the employer is (notice IV): BEIJING, TIANJIN or HEBEI.";
}
