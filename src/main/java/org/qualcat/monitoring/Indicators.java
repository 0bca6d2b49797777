package org.qualcat.monitoring;

/**
 * The monitoring indicators of one qualification (notice section V): certificates issued to people working in
 * Beijing, technical-requirement compliance, holders' outcomes, and whether the issuer answers verification requests.
 * A null value is not known yet: a monitor enters it.
 */
public record Indicators(
    Integer certificatesInBeijing,
    Integer verificationCases,
    Integer issuerChecks,
    Integer issuerChecksAnswered,
    TechnicalCompliance technicalCompliance,
    HolderOutcomes holderOutcomes,
    Boolean issuerResponsive,
    String issuerContactEmail) {

  /** Whether the DMN can assess from these alone. */
  public boolean complete() {
    return certificatesInBeijing != null && technicalCompliance != null && holderOutcomes != null
        && issuerResponsive != null;
  }
}
