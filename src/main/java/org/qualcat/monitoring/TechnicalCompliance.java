package org.qualcat.monitoring;

/** Whether the issuer still meets the technical requirements it was listed for (exams, experience, CPD). */
public enum TechnicalCompliance {
  COMPLIANT,
  MINOR_DEVIATIONS,
  NON_COMPLIANT
}
