package org.qualcat.catalog.boundaryfixture;

import org.qualcat.verification.VerificationCase;

/**
 * A catalog class as it must not be written: the catalog depends on no other feature, and verification depends on
 * the catalog (a cycle). {@code ModuleBoundariesTest} shows the boundary rules refuse it.
 */
public class UsesVerification {

  public String reference(VerificationCase verificationCase) {
    return verificationCase.getReference();
  }
}
