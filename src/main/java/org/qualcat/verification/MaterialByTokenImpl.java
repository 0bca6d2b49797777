package org.qualcat.verification;

import java.util.Optional;

/**
 * A material by its token, the natural id of {@link CaseMaterial}: a {@link NaturalIds} load, so that a submission,
 * which checks its materials and then attaches them, reads each from the database once.
 */
class MaterialByTokenImpl implements MaterialByToken {

  private final NaturalIds naturalIds;

  MaterialByTokenImpl(NaturalIds naturalIds) {
    this.naturalIds = naturalIds;
  }

  @Override
  public Optional<CaseMaterial> findByToken(String token) {
    return naturalIds.load(CaseMaterial.class, token);
  }
}
