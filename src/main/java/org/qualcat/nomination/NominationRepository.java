package org.qualcat.nomination;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.qualcat.system.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

  Optional<Nomination> findByReference(String reference);

  /** A nomination as its nominator or staff may see it; others are told it does not exist. */
  default Nomination visibleTo(String reference, String user, boolean staffMember) {
    Nomination nomination = findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no nomination " + reference));
    if (!staffMember && !nomination.getNominatedBy().equals(user)) {
      throw new NotFoundException("no nomination " + reference);
    }
    return nomination;
  }

  Optional<Nomination> findFirstByCodeAndStatusIn(String code, Collection<NominationStatus> statuses);

  Page<Nomination> findByStatusIn(Collection<NominationStatus> statuses, Pageable pageable);

  Page<Nomination> findByNominatedByAndStatusIn(String nominatedBy, Collection<NominationStatus> statuses,
      Pageable pageable);
}
