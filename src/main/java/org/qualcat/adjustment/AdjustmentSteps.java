package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.VAR_ADJUSTMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualcat.committee.CommitteeOutcome;
import org.springframework.stereotype.Component;

/**
 * What {@code catalog-adjustment} calls ({@code ${adjustmentSteps.apply(execution)}}): each method reads the
 * adjustment's id from the process and calls {@link Adjustments}. Public, as the engine's expression language only
 * calls methods of public classes.
 */
@Component("adjustmentSteps")
public class AdjustmentSteps {

  private final Adjustments adjustments;

  AdjustmentSteps(Adjustments adjustments) {
    this.adjustments = adjustments;
  }

  public void apply(DelegateExecution execution) {
    adjustments.apply(id(execution), execution.getProcessInstanceId(), CommitteeOutcome.of(execution));
  }

  public void recordRejection(DelegateExecution execution) {
    adjustments.reject(id(execution), CommitteeOutcome.of(execution));
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_ADJUSTMENT_ID)).longValue();
  }
}
