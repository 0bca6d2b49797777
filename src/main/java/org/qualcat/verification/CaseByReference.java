package org.qualcat.verification;

import java.util.Optional;

/**
 * A case by its reference, the key every caller holds (the process's business key, the API's path). Part of
 * {@link VerificationCaseRepository}, implemented by {@link CaseByReferenceImpl} as a natural-id load.
 */
interface CaseByReference {

  Optional<VerificationCase> findByReference(String reference);
}
