package org.qualcat.exit;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.qualcat.exit.QualificationExitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
 * Every path of {@code bpmn/qualification-exit.bpmn} on the in-memory engine, with {@code exitSteps} mocked and the
 * committee review stubbed: flagged by a monitor or requested by a review, removal confirmed or finding overturned.
 * QualificationExitProcessIT keeps the stories end to end.
 */
@ExtendWith({ModelEngine.class, CommitteeReviewStub.class})
@Deployment(resources = "bpmn/qualification-exit.bpmn")
class QualificationExitModelTest {

  private static final String REFERENCE = "EXIT-2025-000001";

  private final ExitSteps steps = mock(ExitSteps.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("exitSteps", steps);
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void aFlaggedQualificationWhoseRemovalTheCommitteeConfirmsIsRemovedInTheDraftEdition() {
    ProcessInstance exit = flagged();
    assertThat(calledProcessInstance(exit)).hasBusinessKey(REFERENCE);

    CommitteeReviewStub.decide(exit, ReviewOutcome.APPROVED);

    assertThat(exit).hasPassedInOrder(START_QUALIFICATION_FLAGGED, TASK_OPEN_EXIT_CASE, CALL_COMMITTEE_REVIEW,
        GATEWAY_REVIEW_OUTCOME, TASK_REMOVE_QUALIFICATION, END_REMOVAL_DECIDED).isEnded();
    verify(steps).remove(any());
    verify(steps).removalDecided(any());
    verify(steps, never()).overturn(any());
  }

  @Test
  void aFindingTheCommitteeRejectsIsOverturned() {
    ProcessInstance exit = flagged();

    CommitteeReviewStub.decide(exit, ReviewOutcome.REJECTED);

    assertThat(exit).hasPassedInOrder(CALL_COMMITTEE_REVIEW, GATEWAY_REVIEW_OUTCOME, TASK_OVERTURN_FINDING,
        END_FINDING_OVERTURNED).isEnded();
    verify(steps).overturn(any());
    verify(steps).overturned(any());
    verify(steps, never()).remove(any());
  }

  @Test
  void aRemovalRequestedByAReviewOpensItsCaseAndGoesToTheCommittee() {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setProcessBusinessKey(REFERENCE);
      return null;
    }).when(steps).open(any());

    ProcessInstance exit = runtimeService().startProcessInstanceByKey(PROCESS_ID, withVariables(
        CommitteeReviewProcess.VAR_QUALIFICATION_CODE, "Q-0001", VAR_EXIT_GROUNDS, "Not rectified"));

    assertThat(exit).hasPassedInOrder(START_EXIT_REQUESTED, TASK_OPEN_EXIT_CASE).isWaitingAt(CALL_COMMITTEE_REVIEW);
    assertThat(exit).hasNotPassed(START_QUALIFICATION_FLAGGED);
    assertThat(calledProcessInstance(exit)).hasBusinessKey(REFERENCE);
    CommitteeReviewStub.decide(exit, ReviewOutcome.APPROVED);
    assertThat(exit).hasPassed(END_REMOVAL_DECIDED).isEnded();
  }

  /** As ExitFlow starts it: a monitor flagged the qualification. */
  private ProcessInstance flagged() {
    ProcessInstance exit = runtimeService().createMessageCorrelation(MESSAGE_QUALIFICATION_FLAGGED)
        .processInstanceBusinessKey(REFERENCE)
        .setVariable(VAR_EXIT_CASE_ID, 1L)
        .setVariable(CommitteeReviewProcess.VAR_QUALIFICATION_CODE, "Q-0001")
        .setVariable(VAR_EXIT_GROUNDS, "The issuer no longer answers")
        .correlateStartMessage();
    assertThat(exit).isWaitingAt(CALL_COMMITTEE_REVIEW);
    verify(steps).open(any());
    return exit;
  }
}
