package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_ID;
import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_REFERENCE;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What {@code qualification-monitoring} calls ({@code ${monitoringCycle.…}}). */
@Component("monitoringCycle")
public class MonitoringCycleAdapter {

  private final MonitoringCycles cycles;

  MonitoringCycleAdapter(MonitoringCycles cycles) {
    this.cycles = cycles;
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

  /** The multi-instance collection: the codes of the qualifications this cycle reviews. */
  public List<String> qualifications(DelegateExecution execution) {
    return cycles.qualificationsToReview(cycleId(execution));
  }

  public void report(DelegateExecution execution) {
    cycles.report(cycleId(execution));
  }

  private static long cycleId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
  }
}
