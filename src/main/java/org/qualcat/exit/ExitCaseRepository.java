package org.qualcat.exit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExitCaseRepository extends JpaRepository<ExitCase, Long> {

  Optional<ExitCase> findByReference(String reference);

  Optional<ExitCase> findFirstByQualificationCodeAndStatus(String qualificationCode, ExitStatus status);

  List<ExitCase> findByQualificationCodeOrderByIdDesc(String qualificationCode);
}
