package org.qualcat.title;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.qualcat.title.TitleGrantProcess.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualcat.process.ModelEngine;
import org.qualcat.process.ModelTestSupport;
import org.qualcat.process.ProcessTimers;

/**
 * Every path of {@code bpmn/title-grant.bpmn} on the in-memory engine, with {@code titleSteps} mocked: what the model
 * decides, not what the steps do (TitleGrantIT keeps the stories end to end).
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/title-grant.bpmn")
class TitleGrantModelTest {

  private static final String REFERENCE = "BJT-2026-000001";

  private final TitleSteps steps = mock(TitleSteps.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("titleSteps", steps);
    Mocks.register(ProcessTimers.BEAN_NAME, ModelTestSupport.timers(TIMER_OFFICE_DUE, TIMER_EXAM_RESULT_DEADLINE));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void directRecognitionGrantedByTheTitleOffice() {
    ProcessInstance grant = start(TitleRoute.DIRECT_RECOGNITION);
    assertThat(grant).isWaitingAt(TASK_DECIDE_RECOGNITION);
    assertThat(task(grant)).hasCandidateGroup("titleoffice").hasFormKey(null);

    complete(task(grant), withVariables(VAR_DECISION, GRANT));

    assertThat(grant).hasPassedInOrder(START_APPLIED, GATEWAY_ROUTE, TASK_DECIDE_RECOGNITION, GATEWAY_DECIDED,
        GATEWAY_DECISION, TASK_GRANT, END_GRANTED).isEnded();
    verify(steps).decided(any());
    verify(steps).grant(any());
    verify(steps, never()).refuse(any());
  }

  @Test
  void directRecognitionRefused() {
    ProcessInstance grant = start(TitleRoute.DIRECT_RECOGNITION);

    complete(task(grant), withVariables(VAR_DECISION, REFUSE, VAR_DECISION_NOTE, "the certificate has lapsed"));

    assertThat(grant).hasPassedInOrder(TASK_DECIDE_RECOGNITION, GATEWAY_DECISION, TASK_REFUSE, END_REFUSED)
        .isEnded();
    verify(steps).refuse(any());
    verify(steps, never()).grant(any());
  }

  @Test
  void aTitleAboveTheMappedLevelIsDecidedByTheEvaluationCommittee() {
    ProcessInstance grant = start(TitleRoute.COMMITTEE_EVALUATION);
    assertThat(grant).isWaitingAt(TASK_RECORD_EVALUATION);
    assertThat(task(grant)).hasCandidateGroup("titleoffice");

    complete(task(grant), withVariables(VAR_DECISION, GRANT));

    assertThat(grant).hasPassedInOrder(GATEWAY_ROUTE, TASK_RECORD_EVALUATION, GATEWAY_DECIDED, TASK_GRANT,
        END_GRANTED).isEnded();
    assertThat(grant).hasNotPassed(TASK_DECIDE_RECOGNITION, TASK_LIST_EXEMPTIONS);
  }

  @Test
  void courseExemptionsAreListedIssuedAndTheExamPassedGrantsTheTitle() {
    ProcessInstance grant = start(TitleRoute.COURSE_EXEMPTION);
    assertThat(grant).isWaitingAt(TASK_LIST_EXEMPTIONS);
    complete(task(grant), withVariables(VAR_EXEMPTIONS, "Financial management\nEconomic law"));

    assertThat(grant).hasPassedInOrder(TASK_LIST_EXEMPTIONS, TASK_ISSUE_EXEMPTIONS)
        .isWaitingAt(TASK_RECORD_EXAM_RESULT);
    assertThat(task(grant)).hasCandidateGroup("titleoffice").hasDueDate(task(grant).getDueDate());
    complete(task(grant), withVariables(VAR_DECISION, GRANT));

    assertThat(grant).hasPassedInOrder(TASK_RECORD_EXAM_RESULT, GATEWAY_DECIDED, TASK_GRANT, END_GRANTED).isEnded();
    verify(steps).exemptionsListed(any());
    verify(steps).issueExemptions(any());
  }

  @Test
  void fewerExamSubjectsAndTheExamFailedRefusesTheTitle() {
    ProcessInstance grant = start(TitleRoute.FEWER_EXAM_SUBJECTS);
    complete(task(grant), withVariables(VAR_EXEMPTIONS, "Accounting practice"));

    complete(task(grant), withVariables(VAR_DECISION, REFUSE, VAR_DECISION_NOTE, "failed Economic law"));

    assertThat(grant).hasPassedInOrder(TASK_LIST_EXEMPTIONS, TASK_ISSUE_EXEMPTIONS, TASK_RECORD_EXAM_RESULT,
        TASK_REFUSE, END_REFUSED).isEnded();
  }

  @Test
  void withoutAnExamResultInTimeTheApplicationLapses() {
    ProcessInstance grant = start(TitleRoute.COURSE_EXEMPTION);
    complete(task(grant), withVariables(VAR_EXEMPTIONS, "Financial management"));

    execute(job(EVENT_EXAM_RESULT_DEADLINE));

    assertThat(grant).hasPassedInOrder(TASK_ISSUE_EXEMPTIONS, EVENT_EXAM_RESULT_DEADLINE, TASK_RECORD_LAPSE,
        END_LAPSED).isEnded();
    assertThat(grant).hasNotPassed(TASK_GRANT, TASK_REFUSE);
    verify(steps).lapse(any());
  }

  @Test
  void theApplicantWithdrawsWhileTheTitleOfficeDecides() {
    ProcessInstance grant = start(TitleRoute.DIRECT_RECOGNITION);

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(REFERENCE).correlate();

    assertThat(grant).hasPassedInOrder(START_WITHDRAWN, TASK_RECORD_WITHDRAWAL, END_WITHDRAWN).isEnded();
    assertThat(grant).hasNotPassed(GATEWAY_DECISION);
    verify(steps).withdrawn(any());
  }

  @Test
  void theApplicantWithdrawsWhileWaitingForTheExamResult() {
    ProcessInstance grant = start(TitleRoute.FEWER_EXAM_SUBJECTS);
    complete(task(grant), withVariables(VAR_EXEMPTIONS, "Accounting practice"));

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(REFERENCE).correlate();

    assertThat(grant).hasPassed(SUBPROCESS_WITHDRAWN, END_WITHDRAWN).isEnded();
    assertThat(grant).hasNotPassed(TASK_RECORD_LAPSE);
  }

  @Test
  void anEditionThatRemovesTheQualificationEndsTheApplicationWhileTheExamResultIsAwaited() {
    ProcessInstance grant = start(TitleRoute.COURSE_EXEMPTION);
    complete(task(grant), withVariables(VAR_EXEMPTIONS, "Financial management"));

    runtimeService().createMessageCorrelation(MESSAGE_QUALIFICATION_REMOVED).processInstanceBusinessKey(REFERENCE)
        .setVariable(VAR_REMOVED_BY_EDITION, "E-2027").correlate();

    assertThat(grant).hasPassedInOrder(START_QUALIFICATION_REMOVED, TASK_RECORD_REMOVAL, END_QUALIFICATION_REMOVED)
        .isEnded();
    assertThat(grant).hasNotPassed(TASK_RECORD_LAPSE, TASK_GRANT, TASK_REFUSE);
    org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery().processInstanceId(grant.getId())
        .count()).as("the exam deadline's timer went with it").isZero();
    verify(steps).qualificationRemoved(any());
  }

  @Test
  void anEditionThatRemovesTheQualificationEndsTheApplicationBeforeTheCommitteeDecides() {
    ProcessInstance grant = start(TitleRoute.COMMITTEE_EVALUATION);

    runtimeService().createMessageCorrelation(MESSAGE_QUALIFICATION_REMOVED).processInstanceBusinessKey(REFERENCE)
        .setVariable(VAR_REMOVED_BY_EDITION, "E-2027").correlate();

    assertThat(grant).hasPassed(SUBPROCESS_QUALIFICATION_REMOVED, END_QUALIFICATION_REMOVED).isEnded();
    assertThat(grant).hasNotPassed(GATEWAY_DECISION);
  }

  private static ProcessInstance start(TitleRoute route) {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, REFERENCE, withVariables(VAR_REFERENCE, REFERENCE,
        VAR_ROUTE, route.name()));
  }
}
