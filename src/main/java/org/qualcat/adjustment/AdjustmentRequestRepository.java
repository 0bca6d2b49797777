package org.qualcat.adjustment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdjustmentRequestRepository extends JpaRepository<AdjustmentRequest, Long> {

  Optional<AdjustmentRequest> findByReference(String reference);

  Optional<AdjustmentRequest> findFirstByQualificationCodeAndStatus(String qualificationCode, AdjustmentStatus status);
}
