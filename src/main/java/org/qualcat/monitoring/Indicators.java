package org.qualcat.monitoring;

import org.qualcat.process.Refusal;

/**
 * The monitoring indicators of one qualification (notice section V), as monitors record them: certificates the
 * issuer issued to people working in Beijing (the issuers' figure), technical-requirement compliance, holders'
 * outcomes, and whether the issuer answers verification requests. These alone feed the decision
 * {@code monitoring-assessment}; Qualcat's own verification cases are {@link PlatformDemand}, recorded beside them.
 * A null value is not known yet: a monitor enters it.
 */
record Indicators(
    Integer certificatesInBeijing,
    TechnicalCompliance technicalCompliance,
    HolderOutcomes holderOutcomes,
    Boolean issuerResponsive,
    String issuerContactEmail) {

  Indicators {
    if (certificatesInBeijing != null && certificatesInBeijing < 0) {
      throw Refusal.NOT_NEGATIVE.invalid(QualificationReviewProcess.VAR_CERTIFICATES_IN_BEIJING, "must not be negative");
    }
  }

  /** Nothing known yet. */
  static final Indicators UNKNOWN = new Indicators(null, null, null, null, null);

  /** Whether the DMN can assess from these alone. */
  boolean complete() {
    return certificatesInBeijing != null && technicalCompliance != null && holderOutcomes != null
        && issuerResponsive != null;
  }
}
