package org.qualcat.catalog;

/** How the verification platform reaches the issuing body to check a certificate. */
public enum VerificationChannel {
  /** The issuer publishes a register that can be queried automatically. */
  ONLINE_REGISTER,
  /** A verifier writes to the issuer and records the answer. */
  EMAIL,
  /** Any other channel, handled by a verifier by hand. */
  MANUAL
}
