package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.VAR_ADJUSTMENT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** What {@code catalog-adjustment} calls ({@code ${adjustment.…}}); the work is done by {@link Adjustments}. */
@Component("adjustment")
public class AdjustmentAdapter {

  private final Adjustments adjustments;

  AdjustmentAdapter(Adjustments adjustments) {
    this.adjustments = adjustments;
  }

  public void apply(DelegateExecution execution) {
    adjustments.apply(id(execution), execution.getProcessInstanceId());
  }

  public void recordRejection(DelegateExecution execution) {
    adjustments.reject(id(execution));
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_ADJUSTMENT_ID)).longValue();
  }
}
