package org.qualcat.monitoring;

/** Whether the issuer still meets the technical requirements it was listed for (exams, experience, CPD). */
enum TechnicalCompliance {
  COMPLIANT,
  MINOR_DEVIATIONS,
  NON_COMPLIANT;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "Whether the issuer still meets the technical requirements it was listed for (exams, experience, "
      + "CPD): COMPLIANT; MINOR_DEVIATIONS: small gaps to be watched; NON_COMPLIANT: no longer meets "
      + "them.";
}
