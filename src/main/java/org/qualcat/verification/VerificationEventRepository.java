package org.qualcat.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerificationEventRepository extends JpaRepository<VerificationEvent, Long> {

  // JPQL, not a name-derived query: Hibernate translates a JPQL string once and keeps it (docs/adr/0033)
  @Query("select e from VerificationEvent e where e.verificationCase = ?1 order by e.id")
  List<VerificationEvent> findByVerificationCaseOrderById(VerificationCase verificationCase);
}
