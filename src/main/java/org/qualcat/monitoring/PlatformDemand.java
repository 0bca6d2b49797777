package org.qualcat.monitoring;

/**
 * Demand on the platform: what Qualcat's own verification cases show about a qualification since its last review
 * (a year when there was none). Recorded on the review and shown beside the monitors' indicators, as context only:
 * certificate issuance (notice section V) is what the issuers issue, recorded by monitors, and whether the issuer
 * answers is the monitors' finding. A withdrawn case, a case not verified or a check still unanswered says nothing
 * about either, so these figures never decide compliance. A null value was not recorded (reviews before V46 kept no
 * count of VERIFIED results).
 *
 * @param verificationCases    verification cases on the platform for the qualification, of any outcome
 * @param verifiedInBeijing    of which VERIFIED for holders employed in Beijing
 * @param issuerChecks         checks sent to the issuing body that were due (answered or overdue)
 * @param issuerChecksAnswered of which the issuer answered (verified or not)
 */
record PlatformDemand(Integer verificationCases, Integer verifiedInBeijing, Integer issuerChecks,
    Integer issuerChecksAnswered) {

  static PlatformDemand of(VerificationStatistics.Activity activity) {
    return new PlatformDemand(activity.cases(), activity.certificatesVerifiedInBeijing(), activity.issuerChecks(),
        activity.issuerChecksAnswered());
  }
}
