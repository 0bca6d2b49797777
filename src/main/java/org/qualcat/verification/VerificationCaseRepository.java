package org.qualcat.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qualcat.system.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

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

  /**
   * Every case of a certificate and holder document, oldest first, whoever submitted it and whatever its status (a
   * handful over the years); callers pick the statuses they need. No status in the query, on purpose: with one, H2
   * plans it on the index of the qualification and status whenever the table is small or its statistics are old
   * (a plan its sessions then keep), and each submission read every open case of its qualification (found in a
   * benchmark's flight recording: a third of an intake after 7,000 cases). Without one, only the certificate's index
   * ({@code ix_verification_case_certificate}) covers the query, at any size. JPQL, as every lookup a submission or
   * a case page makes: Hibernate translates a JPQL string once, a name-derived query on every call (docs/adr/0033).
   */
  @Query("select c from VerificationCase c where c.qualificationCode = ?1 and c.certificateNumber = ?2"
      + " and c.holderDocumentHash = ?3 order by c.id")
  List<VerificationCase> findByQualificationCodeAndCertificateNumberAndHolderDocumentHashOrderById(
      String qualificationCode, String certificateNumber, String holderDocumentHash);

  List<VerificationCase> findByQualificationCodeAndStatusInOrderById(String qualificationCode,
      Collection<VerificationStatus> statuses);
}
