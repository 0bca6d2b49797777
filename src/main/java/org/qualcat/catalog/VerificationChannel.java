package org.qualcat.catalog;

import org.qualcat.system.Published;

/** How the verification platform reaches the issuing body to check a certificate. */
@Published
public enum VerificationChannel {
  /** The issuer publishes a register that can be queried automatically. */
  ONLINE_REGISTER,
  /** A verifier writes to the issuer and records the answer. */
  EMAIL,
  /** Any other channel, handled by a verifier by hand. */
  MANUAL;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "How the platform reaches the issuer to check a certificate: ONLINE_REGISTER: a register queried "
      + "automatically; EMAIL: a verifier writes to the issuer and records the answer; MANUAL: any other "
      + "channel, by hand.";
}
