package org.qualcat.exit;

import org.qualcat.system.Published;

/**
 * The verification cases still in flight for a qualification, as the verification feature runs them: when a
 * qualification is removed they end, with that reason, and their applicants are told. Results already issued stay
 * valid (no retroactive effect).
 */
@Published
public interface InFlightVerifications {

  /** Ends every case in flight for {@code qualificationCode}; returns how many ended. */
  int endForRemovedQualification(String qualificationCode, String exitReference);
}
