package org.qualcat.verification;

import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A stand-in for the issuers' registers (demo and tests; {@code qualcat.verification.register=simulated}), with
 * deterministic answers: a certificate number containing {@code FAKE} is not found, one containing {@code OFFLINE}
 * finds the register down (the job is retried, then becomes an incident), any other is found.
 */
@Component
@ConditionalOnProperty(name = "qualcat.verification.register", havingValue = "simulated")
class SimulatedIssuerRegister implements IssuerRegister {

  static final String NOT_FOUND_MARK = "FAKE";
  static final String OFFLINE_MARK = "OFFLINE";

  @Override
  public Answer lookUp(Query query) {
    String number = query.certificateNumber().toUpperCase(Locale.ROOT);
    if (number.contains(OFFLINE_MARK)) {
      throw new RegisterUnavailableException("the simulated register of " + query.issuingBody() + " is offline");
    }
    if (number.contains(NOT_FOUND_MARK)) {
      return new Answer(false, "The register of " + query.issuingBody() + " has no such certificate (simulated).");
    }
    return new Answer(true, "The register of " + query.issuingBody() + " lists the certificate (simulated).");
  }
}
