package org.qualcat.verification;

import java.util.Optional;

/**
 * A material by its token, the name its uploader gives it. Part of {@link CaseMaterialRepository}, implemented by
 * {@link MaterialByTokenImpl} as a natural-id load.
 */
interface MaterialByToken {

  Optional<CaseMaterial> findByToken(String token);
}
