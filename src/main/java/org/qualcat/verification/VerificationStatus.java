package org.qualcat.verification;

import java.util.EnumSet;
import java.util.Set;

/** Where a verification case stands. */
public enum VerificationStatus {
  /** Submitted; a verification officer has not accepted it yet. */
  SUBMITTED(true),
  /** The officer asked the applicant for a supplement; waiting for it until the due date. */
  SUPPLEMENT_REQUESTED(true),
  /** Accepted with an ETA; the certificate is being checked with the issuing body. */
  IN_VERIFICATION(true),
  /** The issuing body confirmed the certificate; a verification code was issued (or an earlier one reused). */
  VERIFIED(false),
  /** The issuing body did not confirm the certificate. */
  NOT_VERIFIED(false),
  /** Refused: the qualification is not listed, or the data was false or inaccurate. */
  REFUSED(false),
  /** Withdrawn by the applicant. */
  WITHDRAWN(false),
  /** Closed without a result: the supplement did not arrive in time, or the qualification left the catalog. */
  CLOSED(false);

  /** The statuses of cases still in flight. */
  public static final Set<VerificationStatus> OPEN = EnumSet.of(SUBMITTED, SUPPLEMENT_REQUESTED, IN_VERIFICATION);

  private final boolean open;

  VerificationStatus(boolean open) {
    this.open = open;
  }

  public boolean isOpen() {
    return open;
  }
}
