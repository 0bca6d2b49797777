package org.qualcat.nomination;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.qualcat.nomination.CatalogNominationProcess.*;
import static org.qualcat.process.ModelTestSupport.setting;

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
import org.qualcat.process.ModelTestSupport;

/**
 * Every path of {@code bpmn/catalog-nomination.bpmn} on the in-memory engine, with {@code nominationSteps} mocked
 * and the committee review stubbed (CommitteeReviewStub): completeness check, supplements in time or not, the
 * committee's two outcomes. CatalogNominationProcessIT and NominationEndToEndIT keep the stories end to end.
 */
@ExtendWith({ModelEngine.class, CommitteeReviewStub.class})
@Deployment(resources = "bpmn/catalog-nomination.bpmn")
class CatalogNominationModelTest {

  private static final String REFERENCE = "NOM-2025-000001";

  private final NominationSteps steps = mock(NominationSteps.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("nominationSteps", steps);
    doAnswer(setting(VAR_SUPPLEMENT_DUE_AT, ModelTestSupport.inADay())).when(steps).requestSupplement(any());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void aCompleteNominationApprovedByTheCommitteeIsListed() {
    ProcessInstance nomination = checked(Completeness.COMPLETE);
    assertThat(nomination).isWaitingAt(CALL_COMMITTEE_REVIEW);

    assertThat(calledProcessInstance(nomination)).hasBusinessKey(REFERENCE)
        .hasVariables(CommitteeReviewProcess.VAR_QUALIFICATION_CODE, CommitteeReviewProcess.VAR_PROPOSAL);

    CommitteeReviewStub.decide(nomination, ReviewOutcome.APPROVED);

    assertThat(nomination).hasPassedInOrder(START_NOMINATION_RECEIVED, GATEWAY_CHECK, TASK_CHECK_COMPLETENESS,
        GATEWAY_COMPLETE, CALL_COMMITTEE_REVIEW, GATEWAY_REVIEW_OUTCOME, TASK_LIST_QUALIFICATION,
        END_QUALIFICATION_LISTED).isEnded();
    verify(steps).listQualification(any());
    verify(steps, never()).recordRejection(any());
  }

  @Test
  void aNominationRejectedByTheCommitteeIsRecordedRejected() {
    ProcessInstance nomination = checked(Completeness.COMPLETE);

    CommitteeReviewStub.decide(nomination, ReviewOutcome.REJECTED);

    assertThat(nomination).hasPassedInOrder(CALL_COMMITTEE_REVIEW, GATEWAY_REVIEW_OUTCOME, TASK_RECORD_REJECTION,
        END_NOMINATION_REJECTED).isEnded();
    verify(steps).recordRejection(any());
    verify(steps, never()).listQualification(any());
  }

  @Test
  void supplementsReceivedInTimeBringTheNominationBackToTheCheck() {
    ProcessInstance nomination = checked(Completeness.SUPPLEMENT_NEEDED);
    assertThat(nomination).isWaitingAt(GATEWAY_AWAIT_SUPPLEMENT);

    runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_PROVIDED).processInstanceBusinessKey(REFERENCE)
        .correlateWithResult();

    assertThat(nomination).hasPassedInOrder(GATEWAY_COMPLETE, TASK_REQUEST_SUPPLEMENT, GATEWAY_AWAIT_SUPPLEMENT,
        EVENT_SUPPLEMENT_RECEIVED, GATEWAY_CHECK).isWaitingAt(TASK_CHECK_COMPLETENESS);
    assertThat(nomination).hasNotPassed(EVENT_SUPPLEMENT_DEADLINE_PASSED);
    verify(steps).requestSupplement(any());
    verify(steps, times(2)).checking(any());
  }

  @Test
  void supplementsNotReceivedByTheDeadlineWithdrawTheNomination() {
    ProcessInstance nomination = checked(Completeness.SUPPLEMENT_NEEDED);

    execute(job(EVENT_SUPPLEMENT_DEADLINE_PASSED));

    assertThat(nomination).hasPassedInOrder(TASK_REQUEST_SUPPLEMENT, GATEWAY_AWAIT_SUPPLEMENT,
        EVENT_SUPPLEMENT_DEADLINE_PASSED, TASK_WITHDRAW_NOMINATION, END_NOMINATION_WITHDRAWN).isEnded();
    assertThat(nomination).hasNotPassed(EVENT_SUPPLEMENT_RECEIVED);
    verify(steps).withdraw(any());
  }

  /** A nomination received and checked by the secretariat as {@code completeness}. */
  private ProcessInstance checked(Completeness completeness) {
    ProcessInstance nomination = runtimeService().startProcessInstanceByKey(PROCESS_ID, REFERENCE, withVariables(
        VAR_NOMINATION_ID, 1L, CommitteeReviewProcess.VAR_QUALIFICATION_CODE, "Q-0001",
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, "Chartered Financial Analyst",
        CommitteeReviewProcess.VAR_PROPOSAL, "Include in the catalog"));
    assertThat(nomination).isWaitingAt(TASK_CHECK_COMPLETENESS);
    assertThat(task()).hasCandidateGroup("secretariat");
    doAnswer(setting(VAR_COMPLETENESS, completeness.name())).when(steps).checked(any());
    complete(task(), withVariables(FIELD_COMPLETENESS, completeness.name(), FIELD_SUPPLEMENT_REQUEST, "The syllabus"));
    verify(steps).checking(any());
    verify(steps).checked(any());
    return nomination;
  }
}
