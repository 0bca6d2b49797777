package org.qualcat.monitoring;

import org.qualcat.system.Published;
import java.time.Instant;

/**
 * What Qualcat's own verification cases say about a qualification since a moment: implemented by the verification
 * feature. Monitoring records it on each review as {@link PlatformDemand}, beside the monitors' indicators; it is
 * never an indicator itself.
 */
@Published
public interface VerificationStatistics {

  /**
   * @param certificatesVerifiedInBeijing VERIFIED results for holders employed in Beijing
   * @param cases                         verification cases of any outcome
   * @param issuerChecks                  checks sent to the issuing body
   * @param issuerChecksAnswered          of which the issuer answered (verified or not)
   */
  record Activity(int certificatesVerifiedInBeijing, int cases, int issuerChecks, int issuerChecksAnswered) {

    public static final Activity NONE = new Activity(0, 0, 0, 0);
  }

  Activity since(String qualificationCode, Instant since);
}
