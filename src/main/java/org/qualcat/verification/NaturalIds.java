package org.qualcat.verification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an entity by its natural id, the key its callers hold: a case by its reference, a material by its token.
 * A use case often reads the same one several times in one transaction (a submission reads its case three times and
 * each material twice); a query would flush the session and ask the database each time, while a natural-id load
 * answers from the transaction's persistence context once the entity is in it, and otherwise is one select by the
 * unique index (docs/benchmarks.md).
 */
@Component
class NaturalIds {

  @PersistenceContext
  private EntityManager entityManager;

  /** In the caller's transaction, else in one of its own (a natural-id load needs an open session). */
  @Transactional(readOnly = true)
  public <T> Optional<T> load(Class<T> type, Object naturalId) {
    if (naturalId == null) {
      return Optional.empty();
    }
    return entityManager.unwrap(Session.class).bySimpleNaturalId(type).loadOptional(naturalId);
  }
}
