package org.qualcat.monitoring;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MonitoringRecordRepository extends JpaRepository<MonitoringRecord, Long> {

  Optional<MonitoringRecord> findByProcessInstanceId(String processInstanceId);

  List<MonitoringRecord> findByQualificationCodeOrderByIdDesc(String qualificationCode);

  List<MonitoringRecord> findByCycleOrderById(MonitoringCycle cycle);

  @Query("select r.result, count(r) from MonitoringRecord r where r.cycle = :cycle group by r.result")
  List<Object[]> countResults(MonitoringCycle cycle);

  /** The last finished review of a qualification before this one: its indicators carry over when nothing changed. */
  Optional<MonitoringRecord> findFirstByQualificationCodeAndFinishedAtIsNotNullOrderByIdDesc(String qualificationCode);

  boolean existsByQualificationCodeAndFinishedAtIsNull(String qualificationCode);
}
