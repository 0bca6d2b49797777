package org.qualcat.monitoring;

/**
 * The monitoring indicators of one qualification (notice section V), as monitors record them: certificates the
 * issuer issued to people working in Beijing (the issuers' figure), technical-requirement compliance, holders'
 * outcomes, and whether the issuer answers verification requests. These alone feed the decision
 * {@code monitoring-assessment}; Qualcat's own verification cases are {@link PlatformDemand}, recorded beside them.
 * A null value is not known yet: a monitor enters it.
 */
public record Indicators(
    Integer certificatesInBeijing,
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
