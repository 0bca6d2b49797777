package org.qualcat.verification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a case by its reference, the natural id of {@link VerificationCase}. One submission reads its case by
 * reference three times in one transaction (the use case, then the process's eligibility and earlier-result steps);
 * a query would flush the session and ask the database each time, while a natural-id load answers from the
 * transaction's persistence context once the case is in it, and otherwise is one select by the unique index
 * (docs/benchmarks.md).
 */
class CaseByReferenceImpl implements CaseByReference {

  @PersistenceContext
  private EntityManager entityManager;

  /** In the caller's transaction, else in one of its own (a natural-id load needs an open session). */
  @Override
  @Transactional(readOnly = true)
  public Optional<VerificationCase> findByReference(String reference) {
    if (reference == null) {
      return Optional.empty();
    }
    return entityManager.unwrap(Session.class).bySimpleNaturalId(VerificationCase.class).loadOptional(reference);
  }
}
