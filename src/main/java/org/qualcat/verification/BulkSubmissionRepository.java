package org.qualcat.verification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BulkSubmissionRepository extends JpaRepository<BulkSubmission, Long> {

  Optional<BulkSubmission> findByReference(String reference);

  List<BulkSubmission> findTop50ByEmployerIdOrderByIdDesc(Long employerId);

  List<BulkSubmission> findByStatusOrderById(BulkStatus status);
}
