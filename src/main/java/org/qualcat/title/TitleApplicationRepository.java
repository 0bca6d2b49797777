package org.qualcat.title;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TitleApplicationRepository extends JpaRepository<TitleApplication, Long> {

  Optional<TitleApplication> findByReference(String reference);

  /** A holder's own applications (none of an organisation), newest first. */
  List<TitleApplication> findByApplicantAndEmployerIdIsNullOrderByIdDesc(String applicant);

  /** An organisation's applications, newest first. */
  List<TitleApplication> findByEmployerIdOrderByIdDesc(Long employerId);

  List<TitleApplication> findTop200ByOrderByIdDesc();

  /** Applications of a qualification in the given statuses, oldest first. */
  List<TitleApplication> findByQualificationCodeAndStatusInOrderById(String qualificationCode,
      Collection<TitleStatus> statuses);

  /** Applications on a result in the given statuses. */
  List<TitleApplication> findByCaseReferenceAndStatusInOrderById(String caseReference,
      Collection<TitleStatus> statuses);
}
