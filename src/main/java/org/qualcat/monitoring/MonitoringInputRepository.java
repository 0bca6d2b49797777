package org.qualcat.monitoring;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringInputRepository extends JpaRepository<MonitoringInput, Long> {

  Optional<MonitoringInput> findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(String qualificationCode);
}
