package org.qualcat.verification;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BulkRowRepository extends JpaRepository<BulkRow, Long> {

  List<BulkRow> findBySubmissionIdOrderByLine(Long submissionId);

  /** The file names a submission's rows give, without loading the rows (a progress page asks every second). */
  @Query("select r.certificateCopy, r.employmentProof from BulkRow r where r.submissionId = :id order by r.line")
  List<Object[]> fileNames(@Param("id") Long submissionId);

  List<BulkRow> findTop20BySubmissionIdAndStatusOrderByLine(Long submissionId, BulkRow.Status status);

  long countBySubmissionIdAndStatus(Long submissionId, BulkRow.Status status);

  /**
   * A row, locked for this transaction: a second node that reads the same row waits until the first one's
   * transaction ends, then finds it no longer pending, instead of submitting it twice.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from BulkRow r where r.id = :id")
  Optional<BulkRow> lock(@Param("id") Long id);
}
