package org.qualcat.nomination;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  Optional<Nomination> findByReference(String reference);

  Optional<Nomination> findFirstByCodeAndStatusIn(String code, Collection<NominationStatus> statuses);

  Page<Nomination> findByStatusIn(Collection<NominationStatus> statuses, Pageable pageable);

  Page<Nomination> findByNominatedByAndStatusIn(String nominatedBy, Collection<NominationStatus> statuses,
      Pageable pageable);
}
