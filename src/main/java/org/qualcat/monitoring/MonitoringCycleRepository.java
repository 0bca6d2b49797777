package org.qualcat.monitoring;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MonitoringCycleRepository extends JpaRepository<MonitoringCycle, Long> {

  Optional<MonitoringCycle> findByReference(String reference);

  Optional<MonitoringCycle> findByProcessInstanceId(String processInstanceId);

  Page<MonitoringCycle> findAllByOrderByIdDesc(Pageable pageable);
}
