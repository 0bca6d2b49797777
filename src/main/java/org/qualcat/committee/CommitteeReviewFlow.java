package org.qualcat.committee;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.qualcat.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The engine side of committee reviews: the messages Qualcat sends a running {@code committee-review}. Callers start
 * it through their own call activity ({@link CommitteeReviewRequest}).
 */
@Component
class CommitteeReviewFlow {

  private final RuntimeService runtime;

  CommitteeReviewFlow(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** An objection was lodged: the review leaves its public notice. Refused (409) when it is not under notice. */
  void objectionRaised(CommitteeReview review) {
    try {
      runtime.createMessageCorrelation(CommitteeReviewProcess.MESSAGE_OBJECTION_RAISED)
          .processInstanceId(review.getProcessInstanceId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException(review.getSubjectReference() + " is not under public notice any more");
    }
  }
}
