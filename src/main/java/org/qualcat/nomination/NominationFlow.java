package org.qualcat.nomination;

import static org.qualcat.nomination.CatalogNominationProcess.MESSAGE_SUPPLEMENT_PROVIDED;
import static org.qualcat.nomination.CatalogNominationProcess.PROCESS_ID;
import static org.qualcat.nomination.CatalogNominationProcess.VAR_NOMINATION_ID;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualcat.committee.CommitteeReviewRequest;
import org.qualcat.committee.SubjectType;
import org.qualcat.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The engine side of nominations: starts {@code catalog-nomination} (the nomination's reference as business key)
 * and correlates its messages.
 */
@Component
class NominationFlow {

  private final RuntimeService runtime;

  NominationFlow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts the nomination's process, with what the committee review reads. */
  ProcessInstance start(Nomination nomination, String proposal) {
    Map<String, Object> variables = new HashMap<>(new CommitteeReviewRequest(SubjectType.NOMINATION,
        nomination.getReference(), nomination.getCode(), nomination.getDetails().nameEn(), proposal).variables());
    variables.put(VAR_NOMINATION_ID, nomination.getId());
    return runtime.startProcessInstanceByKey(PROCESS_ID, nomination.getReference(), variables);
  }

  /** The supplements arrived: the nomination returns to its completeness check; 409 when none is awaited. */
  void supplementProvided(String reference) {
    try {
      runtime.createMessageCorrelation(MESSAGE_SUPPLEMENT_PROVIDED)
          .processInstanceBusinessKey(reference)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException(reference + " is not waiting for supplements");
    }
  }
}
