package org.qualcat.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qualcat.system.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface VerificationCaseRepository extends JpaRepository<VerificationCase, Long>,
    JpaSpecificationExecutor<VerificationCase>, CaseByReference {

  /** The case with this reference; "not found" (404) without one. */
  default VerificationCase getByReference(String reference) {
    return findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no verification case " + reference));
  }

  Optional<VerificationCase> findByVerificationCode(String verificationCode);

  /** The cases that adopted the result of case {@code reference} (notice IV.3) with the given status. */
  List<VerificationCase> findByReusedFromAndStatus(String reference, VerificationStatus status);

  /** Earlier cases of the same certificate and holder document with the given status, oldest first. */
  List<VerificationCase> findByQualificationCodeAndCertificateNumberAndHolderDocumentHashAndStatusOrderById(
      String qualificationCode, String certificateNumber, String holderDocumentHash, VerificationStatus status);

  /** Cases of the same certificate and holder document in any of the given statuses (whoever submitted them). */
  List<VerificationCase> findByQualificationCodeAndCertificateNumberAndHolderDocumentHashAndStatusIn(
      String qualificationCode, String certificateNumber, String holderDocumentHash,
      Collection<VerificationStatus> statuses);

  List<VerificationCase> findByQualificationCodeAndStatusInOrderById(String qualificationCode,
      Collection<VerificationStatus> statuses);
}
