package org.qualcat.adjustment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.qualcat.process.ModelEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.CommitteeReviewStub;
import org.qualcat.committee.ReviewOutcome;

/**
 * Both paths of {@code bpmn/catalog-adjustment.bpmn} on the in-memory engine, with {@code adjustmentSteps} mocked
 * and the committee review stubbed. CatalogAdjustmentProcessIT keeps the stories end to end.
 */
@ExtendWith({ModelEngine.class, CommitteeReviewStub.class})
@Deployment(resources = "bpmn/catalog-adjustment.bpmn")
class CatalogAdjustmentModelTest {

  private static final String REFERENCE = "ADJ-2025-000001";

  private final AdjustmentSteps steps = mock(AdjustmentSteps.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("adjustmentSteps", steps);
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void anAdjustmentTheCommitteeApprovesIsAppliedToTheDraftEdition() {
    ProcessInstance adjustment = requested();
    assertThat(calledProcessInstance(adjustment)).hasBusinessKey(REFERENCE)
        .hasVariables(CommitteeReviewProcess.VAR_QUALIFICATION_CODE, CommitteeReviewProcess.VAR_PROPOSAL);

    CommitteeReviewStub.decide(adjustment, ReviewOutcome.APPROVED);

    assertThat(adjustment).hasPassedInOrder(START_ADJUSTMENT_REQUESTED, CALL_COMMITTEE_REVIEW,
        GATEWAY_REVIEW_OUTCOME, TASK_APPLY_ADJUSTMENT, END_ADJUSTMENT_APPLIED).isEnded();
    verify(steps).apply(any());
    verify(steps, never()).recordRejection(any());
  }

  @Test
  void anAdjustmentTheCommitteeRejectsIsRecordedRejected() {
    ProcessInstance adjustment = requested();

    CommitteeReviewStub.decide(adjustment, ReviewOutcome.REJECTED);

    assertThat(adjustment).hasPassedInOrder(CALL_COMMITTEE_REVIEW, GATEWAY_REVIEW_OUTCOME, TASK_RECORD_REJECTION,
        END_ADJUSTMENT_REJECTED).isEnded();
    verify(steps).recordRejection(any());
    verify(steps, never()).apply(any());
  }

  /** As AdjustmentFlow starts it. */
  private ProcessInstance requested() {
    ProcessInstance adjustment = runtimeService().startProcessInstanceByKey(PROCESS_ID, REFERENCE, withVariables(
        VAR_ADJUSTMENT_ID, 1L, CommitteeReviewProcess.VAR_QUALIFICATION_CODE, "Q-0001",
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, "Chartered Financial Analyst",
        CommitteeReviewProcess.VAR_PROPOSAL, "Move to the skills list"));
    assertThat(adjustment).isWaitingAt(CALL_COMMITTEE_REVIEW);
    return adjustment;
  }
}
