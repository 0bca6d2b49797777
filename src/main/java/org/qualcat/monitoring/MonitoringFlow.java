package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationMonitoringProcess.MESSAGE_CYCLE_REQUESTED;
import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_ID;
import static org.qualcat.monitoring.QualificationMonitoringProcess.VAR_CYCLE_REFERENCE;
import static org.qualcat.monitoring.QualificationReviewProcess.MESSAGE_RECTIFICATION_REPORTED;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.qualcat.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The engine side of monitoring: starts {@code qualification-monitoring} on a monitor's request and correlates the
 * messages of {@code qualification-review}. Reviews themselves are started by the cycle's call activity; the cycle
 * carries its reference as business key, a review the id of its monitoring record.
 */
@Component
class MonitoringFlow {

  private final RuntimeService runtime;

  MonitoringFlow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts the cycle's process (the request's start event); returns the process instance id. */
  String startCycle(MonitoringCycle cycle) {
    return runtime.startProcessInstanceByMessage(MESSAGE_CYCLE_REQUESTED, cycle.getReference(),
        Map.of(VAR_CYCLE_ID, cycle.getId(), VAR_CYCLE_REFERENCE, cycle.getReference())).getId();
  }

  /** The issuer reported its rectification: the review goes on to the re-check; refused when it is not waiting. */
  void rectificationReported(MonitoringRecord record) {
    try {
      runtime.createMessageCorrelation(MESSAGE_RECTIFICATION_REPORTED)
          .processInstanceId(record.getProcessInstanceId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("the review of " + record.getQualificationCode() + " is not waiting for a "
          + "rectification report");
    }
  }
}
