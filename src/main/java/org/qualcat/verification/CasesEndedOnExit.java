package org.qualcat.verification;

import org.qualcat.exit.InFlightVerifications;
import org.springframework.stereotype.Component;

/** When a qualification leaves the catalog, its verification cases in flight end (message QualificationRemoved). */
@Component
class CasesEndedOnExit implements InFlightVerifications {

  private final VerificationCases cases;

  CasesEndedOnExit(VerificationCases cases) {
    this.cases = cases;
  }

  @Override
  public int endForRemovedQualification(String qualificationCode, String exitReference) {
    return cases.endCasesOfRemovedQualification(qualificationCode).size();
  }
}
