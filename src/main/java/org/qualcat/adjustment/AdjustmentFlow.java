package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.PROCESS_ID;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.VAR_ADJUSTMENT_ID;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualcat.committee.CommitteeReviewRequest;
import org.qualcat.committee.SubjectType;
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
    Map<String, Object> variables = new HashMap<>(new CommitteeReviewRequest(SubjectType.ADJUSTMENT,
        adjustment.getReference(), adjustment.getQualificationCode(), qualificationName, proposal).variables());
    variables.put(VAR_ADJUSTMENT_ID, adjustment.getId());
    return runtime.startProcessInstanceByKey(PROCESS_ID, adjustment.getReference(), variables);
  }
}
