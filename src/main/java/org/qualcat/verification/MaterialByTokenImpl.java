package org.qualcat.verification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a material by its token, the natural id of {@link CaseMaterial}. A submission reads each of its materials by
 * token twice in one transaction (to check them, then to attach them to the new case): a query would ask the
 * database both times, a natural-id load answers the second from the transaction's persistence context.
 */
class MaterialByTokenImpl implements MaterialByToken {

  @PersistenceContext
  private EntityManager entityManager;

  /** In the caller's transaction, else in one of its own (a natural-id load needs an open session). */
  @Override
  @Transactional(readOnly = true)
  public Optional<CaseMaterial> findByToken(String token) {
    if (token == null) {
      return Optional.empty();
    }
    return entityManager.unwrap(Session.class).bySimpleNaturalId(CaseMaterial.class).loadOptional(token);
  }
}
