package org.qualcat.monitoring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.qualcat.monitoring.QualificationReviewProcess.*;
import static org.qualcat.process.ModelTestSupport.setting;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.qualcat.process.ModelEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qualcat.exit.ExitStatus;
import org.qualcat.exit.QualificationExitProcess;
import org.qualcat.process.CalledProcessStub;
import org.qualcat.process.ModelTestSupport;
import org.qualcat.process.ProcessTimers;

/**
 * Every path of {@code bpmn/qualification-review.bpmn} on the in-memory engine, with {@code qualificationReviewSteps}
 * mocked, the real DMN {@code monitoring-assessment} deciding, and {@code qualification-exit} stubbed: indicators
 * known or entered, the assessment confirmed or overridden, rectification in time, late or never, and the exit's
 * two outcomes. QualificationReviewProcessIT keeps the stories end to end.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = {"bpmn/qualification-review.bpmn", "bpmn/monitoring-assessment.dmn"})
class QualificationReviewModelTest {

  private static final String CODE = "Q-0001";

  @RegisterExtension
  final CalledProcessStub exit = new CalledProcessStub(QualificationExitProcess.PROCESS_ID);

  private final QualificationReviewSteps steps = mock(QualificationReviewSteps.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("qualificationReviewSteps", steps);
    Mocks.register(ProcessTimers.BEAN_NAME, ModelTestSupport.timers(TIMER_RECTIFICATION_REMINDER));
    // as the real step: the assessment the model branches on is the decision's
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      Map<?, ?> result = (Map<?, ?>) execution.getVariable(VAR_ASSESSMENT_RESULT);
      execution.setVariable(VAR_ASSESSMENT, result.get("assessment"));
      return null;
    }).when(steps).assessed(any());
    doAnswer(setting(VAR_RECTIFICATION_DUE_AT, ModelTestSupport.inADay())).when(steps).sendRectificationNotice(any());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void aQualificationMeetingEveryIndicatorIsCompliantWithoutAMonitor() {
    gathered(true, TechnicalCompliance.COMPLIANT, 50, HolderOutcomes.NOTABLE);

    ProcessInstance review = start();

    assertThat(review).hasPassedInOrder(START_REVIEW_STARTED, TASK_GATHER_INDICATORS, GATEWAY_INDICATORS_KNOWN,
        GATEWAY_ASSESS, TASK_ASSESS_QUALIFICATION, GATEWAY_ASSESSMENT, GATEWAY_COMPLIANT, END_COMPLIANT).isEnded();
    assertThat(review).hasNotPassed(TASK_ENTER_INDICATORS, TASK_CONFIRM_ASSESSMENT);
    assertThat(review).variables().containsEntry(VAR_ASSESSMENT, Assessment.COMPLIANT.name());
    verify(steps).open(any());
    verify(steps).finish(any(), eq(ReviewResult.COMPLIANT.name()));
  }

  @Test
  void missingIndicatorsAreEnteredAndAWatchConfirmedEndsOnWatch() {
    gathered(false, null, 0, null);
    ProcessInstance review = start();
    assertThat(review).isWaitingAt(TASK_ENTER_INDICATORS);
    assertThat(task()).hasCandidateGroup("monitors");
    doAnswer(indicators(TechnicalCompliance.MINOR_DEVIATIONS, 50, HolderOutcomes.NOTABLE)).when(steps)
        .indicatorsEntered(any());
    complete(task(), withVariables(FIELD_NOTE, "from the issuer's annual report"));
    assertThat(review).isWaitingAt(TASK_CONFIRM_ASSESSMENT);
    assertThat(review).variables().containsEntry(VAR_ASSESSMENT, Assessment.WATCH.name());

    confirm(Assessment.WATCH);

    assertThat(review).hasPassedInOrder(GATEWAY_INDICATORS_KNOWN, TASK_ENTER_INDICATORS, GATEWAY_ASSESS,
        TASK_ASSESS_QUALIFICATION, GATEWAY_ASSESSMENT, TASK_CONFIRM_ASSESSMENT, GATEWAY_CONFIRMED, END_ON_WATCH)
        .isEnded();
    verify(steps).enteringIndicators(any());
    verify(steps).finish(any(), eq(ReviewResult.ON_WATCH.name()));
  }

  @Test
  void aMonitorMayOverrideTheAssessmentToCompliant() {
    ProcessInstance review = assessedNonCompliant();

    confirm(Assessment.COMPLIANT);

    assertThat(review).hasPassedInOrder(TASK_CONFIRM_ASSESSMENT, GATEWAY_CONFIRMED, GATEWAY_COMPLIANT, END_COMPLIANT)
        .isEnded();
    verify(steps).finish(any(), eq(ReviewResult.COMPLIANT.name()));
  }

  @Test
  void theIssuerIsRemindedWhileTheRectificationIsAwaited() {
    ProcessInstance review = awaitingRectification();

    execute(job(EVENT_RECTIFICATION_REMINDER_DUE));

    assertThat(review).hasPassedInOrder(EVENT_RECTIFICATION_REMINDER_DUE, TASK_REMIND_ISSUER, END_ISSUER_REMINDED)
        .isWaitingAt(TASK_AWAIT_RECTIFICATION);
    verify(steps).remindIssuer(any());
  }

  @Test
  void aRectificationFoundInTimeRestoresTheListing() {
    ProcessInstance review = recheckingAReportedRectification();

    recheck(true);

    assertThat(review).hasPassedInOrder(TASK_AWAIT_RECTIFICATION, TASK_RECHECK_COMPLIANCE, GATEWAY_RECTIFIED,
        TASK_RESTORE_LISTING, END_RECTIFIED).isEnded();
    assertThat(review).hasNotPassed(CALL_QUALIFICATION_EXIT);
    verify(steps).restoreListing(any());
    verify(steps).finish(any(), eq(ReviewResult.RECTIFIED.name()));
  }

  @Test
  void aRectificationNotShownIsReferredForExitAndTheCommitteeDecidesTheRemoval() {
    ProcessInstance review = recheckingAReportedRectification();
    doAnswer(setting(VAR_EXIT_GROUNDS, "Not rectified")).when(steps).referForExit(any());
    recheck(false);
    assertThat(review).isWaitingAt(CALL_QUALIFICATION_EXIT);
    assertThat(calledProcessInstance(review)).hasVariables(VAR_QUALIFICATION_CODE, VAR_EXIT_GROUNDS);

    exitEnds(review, ExitStatus.REMOVAL_DECIDED);

    assertThat(review).hasPassedInOrder(TASK_RECHECK_COMPLIANCE, GATEWAY_RECTIFIED, GATEWAY_TO_EXIT,
        CALL_QUALIFICATION_EXIT, GATEWAY_EXIT_OUTCOME, END_REMOVAL_DECIDED).isEnded();
    assertThat(review).variables().containsEntry(QualificationExitProcess.VAR_EXIT_REFERENCE, "EXIT-2025-000001");
    verify(steps).referForExit(any());
    verify(steps).exitDecided(any());
    verify(steps).finish(any(), eq(ReviewResult.REMOVED.name()));
    verify(steps, never()).restoreListing(any());
  }

  @Test
  void noReportByTheDeadlineIsReferredForExitAndTheCommitteeMayOverturnTheFinding() {
    ProcessInstance review = awaitingRectification();

    execute(job(EVENT_RECTIFICATION_DEADLINE_PASSED));
    assertThat(review).isWaitingAt(CALL_QUALIFICATION_EXIT);
    exitEnds(review, ExitStatus.OVERTURNED);

    assertThat(review).hasPassedInOrder(TASK_AWAIT_RECTIFICATION, EVENT_RECTIFICATION_DEADLINE_PASSED,
        GATEWAY_TO_EXIT, CALL_QUALIFICATION_EXIT, GATEWAY_EXIT_OUTCOME, END_FINDING_OVERTURNED).isEnded();
    assertThat(review).hasNotPassed(TASK_RECHECK_COMPLIANCE);
    verify(steps).finish(any(), eq(ReviewResult.OVERTURNED.name()));
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, "MON-2025-01/" + CODE,
        withVariables(VAR_QUALIFICATION_CODE, CODE, QualificationMonitoringProcess.VAR_CYCLE_ID, 1L));
  }

  /** The indicators the review gathers: all known (the decision's inputs), or not. */
  private void gathered(boolean known, TechnicalCompliance compliance, int certificates, HolderOutcomes outcomes) {
    if (known) {
      doAnswer(invocation -> {
        setting(VAR_INDICATORS_KNOWN, true).answer(invocation);
        return indicators(compliance, certificates, outcomes).answer(invocation);
      }).when(steps).gather(any());
    } else {
      doAnswer(setting(VAR_INDICATORS_KNOWN, false)).when(steps).gather(any());
    }
  }

  private static org.mockito.stubbing.Answer<Void> indicators(TechnicalCompliance compliance, int certificates,
      HolderOutcomes outcomes) {
    return setting(VAR_TECHNICAL_COMPLIANCE, compliance.name(), VAR_ISSUER_RESPONSIVE, true,
        VAR_CERTIFICATES_IN_BEIJING, certificates, VAR_HOLDER_OUTCOMES, outcomes.name());
  }

  private ProcessInstance assessedNonCompliant() {
    gathered(true, TechnicalCompliance.NON_COMPLIANT, 50, HolderOutcomes.NOTABLE);
    ProcessInstance review = start();
    assertThat(review).isWaitingAt(TASK_CONFIRM_ASSESSMENT);
    assertThat(review).variables().containsEntry(VAR_ASSESSMENT, Assessment.NON_COMPLIANT.name());
    return review;
  }

  private void confirm(Assessment confirmed) {
    doAnswer(setting(VAR_CONFIRMED_ASSESSMENT, confirmed.name())).when(steps).confirmed(any());
    complete(task(), withVariables(VAR_CONFIRMED_ASSESSMENT, confirmed.name(), FIELD_CONFIRMATION_REASON, "seen"));
    verify(steps).confirming(any());
    verify(steps).confirmed(any());
  }

  private ProcessInstance awaitingRectification() {
    ProcessInstance review = assessedNonCompliant();
    confirm(Assessment.NON_COMPLIANT);
    assertThat(review).hasPassedInOrder(GATEWAY_CONFIRMED, TASK_SEND_RECTIFICATION_NOTICE)
        .isWaitingAt(TASK_AWAIT_RECTIFICATION);
    verify(steps).sendRectificationNotice(any());
    return review;
  }

  private ProcessInstance recheckingAReportedRectification() {
    ProcessInstance review = awaitingRectification();
    runtimeService().createMessageCorrelation(MESSAGE_RECTIFICATION_REPORTED).processInstanceId(review.getId())
        .correlateWithResult();
    assertThat(review).isWaitingAt(TASK_RECHECK_COMPLIANCE);
    assertThat(task()).hasCandidateGroup("monitors");
    return review;
  }

  private void recheck(boolean rectified) {
    doAnswer(setting(VAR_RECTIFIED, rectified)).when(steps).rechecked(any());
    complete(task(), withVariables(FIELD_RECHECK, rectified ? "YES" : "NO", FIELD_RECHECK_NOTE, "checked"));
    verify(steps).rechecking(any());
  }

  private static void exitEnds(ProcessInstance review, ExitStatus outcome) {
    CalledProcessStub.end(review, Map.of(QualificationExitProcess.VAR_EXIT_OUTCOME, outcome.name(),
        QualificationExitProcess.VAR_EXIT_REFERENCE, "EXIT-2025-000001"));
  }
}
