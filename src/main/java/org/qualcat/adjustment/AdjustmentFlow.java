package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.PROCESS_ID;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.VAR_ADJUSTMENT_ID;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.process.FormViews;
import org.springframework.stereotype.Component;

/** The engine side of adjustments: starts {@code catalog-adjustment}, the adjustment's reference as business key. */
@Component
class AdjustmentFlow {

  private final RuntimeService runtime;

  AdjustmentFlow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts the adjustment's process, with what the committee review reads. */
  ProcessInstance start(AdjustmentRequest adjustment, String qualificationName, String proposal) {
    return runtime.startProcessInstanceByKey(PROCESS_ID, adjustment.getReference(), Map.of(
        VAR_ADJUSTMENT_ID, adjustment.getId(),
        CommitteeReviewProcess.VAR_QUALIFICATION_CODE, adjustment.getQualificationCode(),
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, FormViews.fit(qualificationName),
        CommitteeReviewProcess.VAR_PROPOSAL, FormViews.fit(proposal)));
  }
}
