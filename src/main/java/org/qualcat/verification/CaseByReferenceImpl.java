package org.qualcat.verification;

import java.util.Optional;

/** A case by its reference, the natural id of {@link VerificationCase}: a {@link NaturalIds} load. */
class CaseByReferenceImpl implements CaseByReference {

  private final NaturalIds naturalIds;

  CaseByReferenceImpl(NaturalIds naturalIds) {
    this.naturalIds = naturalIds;
  }

  @Override
  public Optional<VerificationCase> findByReference(String reference) {
    return naturalIds.load(VerificationCase.class, reference);
  }
}
