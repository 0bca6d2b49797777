package org.qualcat.monitoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.qualcat.system.NotFoundException;

public interface MonitoringRecordRepository extends JpaRepository<MonitoringRecord, Long> {

  /** The record, or 404. */
  default MonitoringRecord get(long id) {
    return findById(id).orElseThrow(() -> new NotFoundException("no monitoring record " + id));
  }

  Optional<MonitoringRecord> findByProcessInstanceId(String processInstanceId);

  List<MonitoringRecord> findByQualificationCodeOrderByIdDesc(String qualificationCode);

  List<MonitoringRecord> findByCycleOrderById(MonitoringCycle cycle);

  @Query("select r.result, count(r) from MonitoringRecord r where r.cycle = :cycle group by r.result")
  List<Object[]> countResults(MonitoringCycle cycle);

  /** How many of the cycle's reviews ended with each result (reviews still running have none). */
  default Map<ReviewResult, Long> resultsOf(MonitoringCycle cycle) {
    Map<ReviewResult, Long> results = new EnumMap<>(ReviewResult.class);
    for (Object[] row : countResults(cycle)) {
      if (row[0] != null) {
        results.put((ReviewResult) row[0], (Long) row[1]);
      }
    }
    return results;
  }

  /** The last finished review of a qualification before this one: its indicators carry over when nothing changed. */
  Optional<MonitoringRecord> findFirstByQualificationCodeAndFinishedAtIsNotNullOrderByIdDesc(String qualificationCode);

  boolean existsByQualificationCodeAndFinishedAtIsNull(String qualificationCode);
}
