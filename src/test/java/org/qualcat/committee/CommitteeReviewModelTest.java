package org.qualcat.committee;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.qualcat.committee.CommitteeReviewProcess.*;
import static org.qualcat.process.ModelTestSupport.setting;

import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.qualcat.process.ModelEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualcat.process.ModelTestSupport;
import org.qualcat.process.ProcessTimers;

/**
 * Every path of {@code bpmn/committee-review.bpmn} on the in-memory engine, with {@code committeeReviewSteps}
 * mocked: expert scoring (reminder, overdue follow-up), the committee's three decisions, the public notice with and
 * without an objection. CommitteeReviewProcessIT keeps the stories end to end.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/committee-review.bpmn")
class CommitteeReviewModelTest {

  private static final String EXPERT = "expert-li";
  private static final String OTHER_EXPERT = "expert-wang";

  private final CommitteeReviewSteps steps = mock(CommitteeReviewSteps.class);
  private final Date scoringDue = ModelTestSupport.inADay();

  @BeforeEach
  void registerBeans() {
    Mocks.register(STEPS_BEAN, steps);
    Mocks.register(ProcessTimers.BEAN_NAME, ModelTestSupport.timers(TIMER_EXPERT_REMINDER));
    when(steps.experts(any())).thenReturn(List.of(EXPERT));
    when(steps.scoringDue(any())).thenReturn(scoringDue);
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void anApprovalWithoutObjectionEndsApprovedWhenTheNoticeElapses() {
    ProcessInstance review = scoredAndBeforeTheCommittee();

    decide(CommitteeDecision.APPROVE);
    assertThat(review).isWaitingAt(GATEWAY_DURING_NOTICE);
    execute(job(EVENT_PUBLIC_NOTICE_ELAPSED));

    // the scoring sub-process and its task end in the same millisecond, and then their order in the history is
    // either: the sub-process is checked on its own
    assertThat(review).hasPassed(SUBPROCESS_EXPERT_SCORING).hasPassedInOrder(START_REVIEW_REQUESTED,
        TASK_ASSIGN_EXPERTS, TASK_SCORE_QUALIFICATION, GATEWAY_TO_COMMITTEE, TASK_COMMITTEE_DECISION,
        GATEWAY_COMMITTEE_DECISION, TASK_START_PUBLIC_NOTICE, GATEWAY_DURING_NOTICE, EVENT_PUBLIC_NOTICE_ELAPSED,
        END_APPROVED).isEnded();
    verify(steps).open(any());
    verify(steps).startNotice(any());
    verify(steps).approved(any());
    verify(steps, never()).rejected(any());
  }

  @Test
  void aRejectionEndsTheReviewRejected() {
    ProcessInstance review = scoredAndBeforeTheCommittee();

    decide(CommitteeDecision.REJECT);

    assertThat(review).hasPassedInOrder(TASK_COMMITTEE_DECISION, GATEWAY_COMMITTEE_DECISION, END_REJECTED)
        .isEnded();
    assertThat(review).hasNotPassed(TASK_START_PUBLIC_NOTICE);
    verify(steps).rejected(any());
    verify(steps, never()).approved(any());
  }

  @Test
  void aReviewSentBackReturnsToTheCommitteeWithTheInformationAdded() {
    ProcessInstance review = scoredAndBeforeTheCommittee();

    decide(CommitteeDecision.SEND_BACK);
    assertThat(review).isWaitingAt(TASK_PROVIDE_INFORMATION);
    assertThat(task()).hasCandidateGroup("secretariat");
    complete(task(), withVariables(FIELD_INFORMATION, "The missing syllabus"));

    assertThat(review).hasPassedInOrder(GATEWAY_COMMITTEE_DECISION, TASK_PROVIDE_INFORMATION, GATEWAY_TO_COMMITTEE)
        .isWaitingAt(TASK_COMMITTEE_DECISION);
    verify(steps).informationAsked(any());
    verify(steps).informationAdded(any());
    verify(steps, times(2)).convened(any());
  }

  @Test
  void anObjectionDuringTheNoticeReturnsToTheCommittee() {
    ProcessInstance review = scoredAndBeforeTheCommittee();
    decide(CommitteeDecision.APPROVE);

    runtimeService().createMessageCorrelation(MESSAGE_OBJECTION_RAISED).processInstanceId(review.getId())
        .correlateWithResult();

    assertThat(review).hasPassedInOrder(GATEWAY_DURING_NOTICE, EVENT_OBJECTION_RAISED, GATEWAY_TO_COMMITTEE)
        .isWaitingAt(TASK_COMMITTEE_DECISION);
    assertThat(review).hasNotPassed(EVENT_PUBLIC_NOTICE_ELAPSED, END_APPROVED);
  }

  @Test
  void everyAssignedExpertScores() {
    when(steps.experts(any())).thenReturn(List.of(EXPERT, OTHER_EXPERT));
    ProcessInstance review = assigned();
    Assertions.assertThat(taskQuery().taskDefinitionKey(TASK_SCORE_QUALIFICATION).list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(EXPERT, OTHER_EXPERT);

    complete(task(taskQuery().taskAssignee(EXPERT)), withVariables(FIELD_RECOMMENDATION, Recommendation.SUPPORT.name()));
    assertThat(review).isWaitingAt(TASK_SCORE_QUALIFICATION);
    complete(task(taskQuery().taskAssignee(OTHER_EXPERT)), withVariables(FIELD_RECOMMENDATION, Recommendation.SUPPORT.name()));

    assertThat(review).isWaitingAt(TASK_COMMITTEE_DECISION);
    verify(steps, times(2)).scoringOffered(any());
    verify(steps, times(2)).scored(any());
  }

  @Test
  void anExpertIsRemindedAndStillScores() {
    ProcessInstance review = assigned();

    execute(job(EVENT_SCORING_REMINDER_DUE));

    assertThat(review).hasPassedInOrder(EVENT_SCORING_REMINDER_DUE, TASK_REMIND_EXPERT, END_EXPERT_REMINDED)
        .isWaitingAt(TASK_SCORE_QUALIFICATION);
    assertThat(task()).isAssignedTo(EXPERT);
    verify(steps).remindExpert(any());
  }

  @Test
  void anOverdueScoringIsFollowedUpAndHandedToAnotherExpert() {
    ProcessInstance review = assigned();

    execute(job(EVENT_SCORING_OVERDUE));
    assertThat(review).isWaitingAt(TASK_FOLLOW_UP_OVERDUE_SCORING);
    assertThat(task()).hasCandidateGroup("secretariat");
    doAnswer(setting(VAR_EXPERT, OTHER_EXPERT)).when(steps).followedUp(any());
    complete(task(), withVariables(FIELD_FOLLOW_UP, FollowUp.REPLACE.name(), FIELD_REPLACEMENT_EXPERT, OTHER_EXPERT));

    assertThat(review).hasPassedInOrder(TASK_SCORE_QUALIFICATION, EVENT_SCORING_OVERDUE,
        TASK_FOLLOW_UP_OVERDUE_SCORING, GATEWAY_SCORING).isWaitingAt(TASK_SCORE_QUALIFICATION);
    assertThat(task()).isAssignedTo(OTHER_EXPERT);
    verify(steps).scoringOverdue(any());
    verify(steps).followedUp(any());
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, "NOM-2025-000001", withVariables(
        VAR_SUBJECT_TYPE, SubjectType.NOMINATION.name(), VAR_SUBJECT_REFERENCE, "NOM-2025-000001",
        VAR_QUALIFICATION_CODE, "Q-0001", VAR_QUALIFICATION_NAME, "Chartered Financial Analyst",
        VAR_PROPOSAL, "Include in the catalog"));
  }

  /** The review started and the experts assigned: each scores. */
  private ProcessInstance assigned() {
    ProcessInstance review = start();
    assertThat(review).isWaitingAt(TASK_ASSIGN_EXPERTS);
    assertThat(task()).hasCandidateGroup("secretariat");
    complete(task(), withVariables(FIELD_EXPERTS, List.of(EXPERT)));
    verify(steps).assigningExperts(any());
    verify(steps).expertsAssigned(any());
    assertThat(review).isWaitingAt(TASK_SCORE_QUALIFICATION);
    assertThat(taskQuery().taskAssignee(EXPERT).singleResult()).hasDueDate(scoringDue);
    return review;
  }

  private ProcessInstance scoredAndBeforeTheCommittee() {
    ProcessInstance review = assigned();
    complete(task(), withVariables(FIELD_RECOMMENDATION, Recommendation.SUPPORT.name()));
    assertThat(review).isWaitingAt(TASK_COMMITTEE_DECISION);
    assertThat(task()).hasCandidateGroup("committee");
    return review;
  }

  private void decide(CommitteeDecision decision) {
    doAnswer(setting(VAR_COMMITTEE_DECISION, decision.name())).when(steps).decided(any());
    doAnswer(setting(VAR_NOTICE_ENDS_AT, ModelTestSupport.inADay())).when(steps).startNotice(any());
    complete(task(), withVariables(FIELD_DECISION, decision.name()));
  }
}
