package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_ID;
import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_REFERENCE;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What {@code qualification-monitoring} calls ({@code ${monitoringCycleSteps.…}}): each method reads the cycle from
 * the process and calls {@link MonitoringCycles}. Public, as the engine's expression language only calls methods of
 * public classes.
 */
@Component("monitoringCycleSteps")
public class MonitoringCycleSteps {

  /** Codes within a batch are joined with this (qualification codes never contain it). */
  private static final String SEPARATOR = ",";

  private final MonitoringCycles cycles;
  private final int reviewsPerBatch;

  MonitoringCycleSteps(MonitoringCycles cycles,
      @Value("${qualcat.monitoring.reviews-per-batch:100}") int reviewsPerBatch) {
    if (reviewsPerBatch < 1) {
      throw new IllegalStateException("qualcat.monitoring.reviews-per-batch must be at least 1");
    }
    this.cycles = cycles;
    this.reviewsPerBatch = reviewsPerBatch;
  }

  /** A cycle the schedule started gets its record here; a monitor's cycle came with one. */
  public void open(DelegateExecution execution) {
    if (execution.getVariable(VAR_CYCLE_ID) == null) {
      MonitoringCycle cycle = cycles.openScheduled(execution.getProcessInstanceId());
      execution.setProcessBusinessKey(cycle.getReference());
      execution.setVariable(VAR_CYCLE_ID, cycle.getId());
      execution.setVariable(VAR_CYCLE_REFERENCE, cycle.getReference());
    }
  }

  /**
   * The outer multi-instance collection: the qualifications this cycle reviews, in batches of
   * {@code reviewsPerBatch} codes, each batch one string (a plain variable per batch, nothing serialized). Batches
   * keep every join small: each time an instance of a parallel multi-instance ends, the engine reads all its
   * siblings, so one join over 10,000 reviews would read 10,000 executions 10,000 times (docs/benchmarks.md).
   */
  public List<String> batches(DelegateExecution execution) {
    List<String> codes = cycles.qualificationsToReview(cycleId(execution));
    List<String> batches = new ArrayList<>();
    for (int from = 0; from < codes.size(); from += reviewsPerBatch) {
      batches.add(String.join(SEPARATOR, codes.subList(from, Math.min(codes.size(), from + reviewsPerBatch))));
    }
    return batches;
  }

  /** The inner multi-instance collection: the codes of one batch. */
  public List<String> codes(String batchCodes) {
    return List.of(batchCodes.split(SEPARATOR));
  }

  public void report(DelegateExecution execution) {
    cycles.report(cycleId(execution));
  }

  private static long cycleId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
  }
}
