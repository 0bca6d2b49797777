package org.qualcat.verification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * No register is connected ({@code qualcat.verification.register=none}, the default outside the demo): an automatic
 * check fails, is retried, and becomes an incident an operator sees in Cockpit; the SLA timers still remind and
 * escalate to the verifiers. Never answers "found" or "not found" on its own.
 */
@Component
@ConditionalOnProperty(name = "qualcat.verification.register", havingValue = "none", matchIfMissing = true)
class NoIssuerRegister implements IssuerRegister {

  @Override
  public Answer lookUp(Query query) {
    throw new RegisterUnavailableException("no issuer register is connected (qualcat.verification.register=none)");
  }
}
