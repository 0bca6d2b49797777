package org.qualcat.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationEventRepository extends JpaRepository<VerificationEvent, Long> {

  List<VerificationEvent> findByVerificationCaseOrderById(VerificationCase verificationCase);
}
