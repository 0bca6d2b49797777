package org.qualcat.verification;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.qualcat.process.ModelTestSupport.setting;
import static org.qualcat.verification.VerificationProcess.*;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.qualcat.process.ModelEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.ModelTestSupport;
import org.qualcat.process.ProcessTimers;

/**
 * Every path of {@code bpmn/certificate-verification.bpmn} on the in-memory engine, with {@code verificationSteps}
 * and {@code verificationSla} mocked: what the model decides, not what the steps do (CertificateVerificationProcessIT
 * keeps the stories end to end).
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/certificate-verification.bpmn")
class CertificateVerificationModelTest {

  private static final String REFERENCE = "BJV-2025-000001";

  private final VerificationSteps steps = mock(VerificationSteps.class);
  private final VerificationSla sla = mock(VerificationSla.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("verificationSteps", steps);
    Mocks.register("verificationSla", sla);
    Mocks.register(ProcessTimers.BEAN_NAME,
        ModelTestSupport.timers(TIMER_SUPPLEMENT_DEADLINE, TIMER_REGISTER_RETRY, TIMER_RECOMMENDATION_DEADLINE));
    recommendationWanted(false);
    when(sla.etaOf(anyString())).thenReturn(ModelTestSupport.inADay());
    when(sla.reminderDue(anyString())).thenReturn(ModelTestSupport.inADay());
    when(sla.escalationDue(anyString())).thenReturn(ModelTestSupport.inADay());
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void aQualificationNotListedIsRefused() {
    listed(false, null);

    ProcessInstance verification = start(false);

    assertThat(verification).hasPassedInOrder(START_CASE_SUBMITTED, TASK_CHECK_ELIGIBILITY, GATEWAY_LISTED,
        TASK_REFUSE_NOT_LISTED, END_REFUSED_NOT_LISTED).isEnded();
    verify(steps).refuseNotListed(any());
    verify(steps, never()).lookForEarlierResult(any());
  }

  @Test
  void anEarlierResultInTheRegionIsAdoptedWithoutAVerifier() {
    listed(true, VerificationChannel.ONLINE_REGISTER.name());
    verifiedBefore(true);

    ProcessInstance verification = start(false);

    assertThat(verification).hasPassedInOrder(TASK_LOOK_FOR_EARLIER_RESULT, GATEWAY_EARLIER_RESULT,
        TASK_ADOPT_EARLIER_RESULT, GATEWAY_EMPLOYMENT_TO_CONFIRM, GATEWAY_EMPLOYMENT_SETTLED, GATEWAY_RESULT_KNOWN,
        TASK_DETERMINE_BENEFITS, TASK_SEND_RESULT, END_VERIFIED).isEnded();
    assertThat(verification).hasNotPassed(TASK_CONFIRM_EMPLOYMENT, TASK_ACCEPT_CASE);
    verify(steps).adoptEarlierResult(any());
    verify(steps).sendResult(any());
  }

  @Test
  void anEarlierResultWithEmploymentInBeijingWaitsForTheVerifiersFinding() {
    listed(true, VerificationChannel.ONLINE_REGISTER.name());
    verifiedBefore(true);

    ProcessInstance verification = start(true);
    assertThat(verification).isWaitingAt(TASK_CONFIRM_EMPLOYMENT);
    assertThat(task()).hasCandidateGroup("verifiers");
    complete(task(), withVariables(VAR_EMPLOYMENT_FINDING, EMPLOYMENT_CONFIRMED));

    assertThat(verification).hasPassedInOrder(TASK_ADOPT_EARLIER_RESULT, TASK_CONFIRM_EMPLOYMENT,
        GATEWAY_EMPLOYMENT_SETTLED, TASK_DETERMINE_BENEFITS, TASK_SEND_RESULT, END_VERIFIED).isEnded();
    verify(steps).employmentChecked(any());
  }

  @Test
  void falseDataIsRefusedAtAcceptance() {
    ProcessInstance verification = startToAcceptance();

    complete(task(), withVariables(VAR_ACCEPTANCE, REFUSE, VAR_REFUSAL_REASON, "forged stamp"));

    assertThat(verification).hasPassedInOrder(TASK_ACCEPT_CASE, GATEWAY_ACCEPTANCE, END_REFUSED_FALSE_DATA)
        .isEnded();
    verify(steps).caseAccepted(any());
  }

  @Test
  void aSupplementProvidedBringsTheCaseBackToAcceptance() {
    ProcessInstance verification = startToAcceptance();
    complete(task(), withVariables(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT, VAR_SUPPLEMENT_REQUEST, "the back page"));
    assertThat(verification).isWaitingAt(TASK_AWAIT_SUPPLEMENT);

    runtimeService().createMessageCorrelation(MESSAGE_SUPPLEMENT_PROVIDED).processInstanceBusinessKey(REFERENCE)
        .correlate();

    assertThat(verification).hasPassedInOrder(TASK_ACCEPT_CASE, TASK_AWAIT_SUPPLEMENT, GATEWAY_ACCEPTANCE_AGAIN)
        .isWaitingAt(TASK_ACCEPT_CASE);
    verify(steps).caseAccepted(any());
  }

  @Test
  void aSupplementNotProvidedInTimeClosesTheCase() {
    ProcessInstance verification = startToAcceptance();
    complete(task(), withVariables(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT, VAR_SUPPLEMENT_REQUEST, "the back page"));

    execute(job(EVENT_SUPPLEMENT_DEADLINE));

    assertThat(verification).hasPassedInOrder(TASK_AWAIT_SUPPLEMENT, EVENT_SUPPLEMENT_DEADLINE,
        TASK_CLOSE_FOR_MISSING_SUPPLEMENT, END_SUPPLEMENT_MISSING).isEnded();
    verify(steps).closeForMissingSupplement(any());
  }

  @Test
  void anOnlineRegisterIsQueriedAndAGenuineCertificateGetsItsCode() {
    ProcessInstance verification = startToAcceptance(VerificationChannel.ONLINE_REGISTER);
    doAnswer(setting(VAR_GENUINE, true)).when(steps).queryIssuerRegister(any());
    complete(task(), withVariables(VAR_ACCEPTANCE, ACCEPT, VAR_ETA, "2030-01-10"));
    assertThat(verification).isWaitingAt(TASK_QUERY_ISSUER_REGISTER);

    execute(job(TASK_QUERY_ISSUER_REGISTER));

    assertThat(verification).hasPassedInOrder(TASK_ACCEPT_CASE, GATEWAY_CHECK_CHANNEL,
        TASK_QUERY_ISSUER_REGISTER, GATEWAY_CHECK_DONE, END_CHECK_DONE, GATEWAY_GENUINE, TASK_ISSUE_CODE,
        GATEWAY_RESULT_KNOWN, TASK_DETERMINE_BENEFITS, TASK_SEND_RESULT, END_VERIFIED).isEnded();
    assertThat(verification).hasNotPassed(TASK_CHECK_WITH_ISSUER);
    verify(steps).issueVerificationCode(any());
  }

  @Test
  void anIssuerWithoutARegisterIsCheckedByAVerifierAndACertificateNotGenuineIsNotVerified() {
    ProcessInstance verification = acceptedForAVerifiersCheck();
    assertThat(task()).hasCandidateGroup("verifiers").hasDueDate(sla.etaOf(REFERENCE));
    doAnswer(setting(VAR_GENUINE, false)).when(steps).issuerChecked(any());

    complete(task(), withVariables(VAR_CHECK_RESULT, NOT_GENUINE, VAR_CHECK_NOTE, "no such certificate"));

    assertThat(verification).hasPassedInOrder(GATEWAY_CHECK_CHANNEL, TASK_CHECK_WITH_ISSUER, GATEWAY_CHECK_DONE,
        END_CHECK_DONE, GATEWAY_GENUINE, TASK_RECORD_NOT_VERIFIED, END_NOT_VERIFIED).isEnded();
    assertThat(verification).hasNotPassed(TASK_QUERY_ISSUER_REGISTER, TASK_ISSUE_CODE);
    verify(steps).issuerChecked(any());
  }

  @Test
  void theVerifierIsRemindedBeforeTheEtaAndTheCheckGoesOn() {
    ProcessInstance verification = acceptedForAVerifiersCheck();

    execute(job(EVENT_ETA_REMINDER));

    assertThat(verification).hasPassedInOrder(EVENT_ETA_REMINDER, TASK_REMIND_VERIFIER, END_REMINDER_SENT)
        .isWaitingAt(TASK_CHECK_WITH_ISSUER);
    verify(steps).remindVerifier(any());
  }

  @Test
  void aCheckPastTheEtaIsEscalatedAndGoesOn() {
    ProcessInstance verification = acceptedForAVerifiersCheck();

    execute(job(EVENT_ETA_PASSED));

    assertThat(verification).hasPassedInOrder(EVENT_ETA_PASSED, TASK_ESCALATE, END_ESCALATED)
        .isWaitingAt(TASK_CHECK_WITH_ISSUER);
    verify(steps).escalate(any());
  }

  @Test
  void theApplicantMayWithdrawAnOpenCase() {
    ProcessInstance verification = acceptedForAVerifiersCheck();

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(REFERENCE).correlate();

    assertThat(verification).hasPassedInOrder(START_WITHDRAWN, TASK_RECORD_WITHDRAWAL, END_WITHDRAWN).isEnded();
    assertThat(verification).hasNotPassed(GATEWAY_GENUINE);
    verify(steps, never()).issuerChecked(any());
    verify(steps).recordWithdrawal(any());
  }

  @Test
  void aQualificationRemovedFromTheCatalogClosesAnOpenCase() {
    ProcessInstance verification = startToAcceptance();

    runtimeService().createMessageCorrelation(MESSAGE_QUALIFICATION_REMOVED).processInstanceBusinessKey(REFERENCE)
        .correlate();

    assertThat(verification).hasPassedInOrder(START_QUALIFICATION_REMOVED, TASK_CLOSE_FOR_REMOVED_QUALIFICATION,
        END_QUALIFICATION_REMOVED).isEnded();
    verify(steps).closeForRemovedQualification(any());
  }

  private ProcessInstance start(boolean employedInBeijing) {
    return runtimeService().startProcessInstanceByKey(PROCESS_ID, REFERENCE, withVariables(
        VAR_REFERENCE, REFERENCE, VAR_QUALIFICATION_CODE, "Q-0001", VAR_EMPLOYED_IN_BEIJING, employedInBeijing));
  }

  /** A listed qualification without an earlier result: the verifiers' acceptance. */
  private ProcessInstance startToAcceptance() {
    return startToAcceptance(VerificationChannel.EMAIL);
  }

  private ProcessInstance startToAcceptance(VerificationChannel channel) {
    listed(true, channel.name());
    verifiedBefore(false);
    ProcessInstance verification = start(false);
    assertThat(verification).isWaitingAt(TASK_ACCEPT_CASE);
    assertThat(task()).hasCandidateGroup("verifiers");
    return verification;
  }

  private ProcessInstance acceptedForAVerifiersCheck() {
    ProcessInstance verification = startToAcceptance();
    complete(task(), withVariables(VAR_ACCEPTANCE, ACCEPT, VAR_ETA, "2030-01-10"));
    assertThat(verification).isWaitingAt(TASK_CHECK_WITH_ISSUER);
    return verification;
  }

  @Test
  void aResultThatGrantsTalentIntroductionAsksTheEmployerWhoseAnswerEndsTheCase() {
    listed(true, VerificationChannel.ONLINE_REGISTER.name());
    verifiedBefore(true);
    recommendationWanted(true);
    doAnswer(setting(VerificationProcess.VAR_RECOMMENDERS, java.util.List.of("hr1", "hr2"))).when(steps)
        .askForRecommendation(any());

    ProcessInstance verification = start(false);

    assertThat(verification).hasPassedInOrder(TASK_SEND_RESULT, VerificationProcess.GATEWAY_RECOMMENDATION_WANTED,
        VerificationProcess.TASK_ASK_FOR_RECOMMENDATION).isWaitingAt(VerificationProcess.TASK_RECOMMEND);
    assertThat(task()).hasCandidateUser("hr1").hasCandidateUser("hr2");
    complete(task(), withVariables(VerificationProcess.VAR_RECOMMENDED, VerificationProcess.RECOMMENDED,
        VerificationProcess.VAR_CONTRIBUTIONS, "Led the office's launch."));
    assertThat(verification).hasPassed(VerificationProcess.END_RECOMMENDATION_RECORDED)
        .hasNotPassed(END_VERIFIED).isEnded();
    verify(steps).recommendationGiven(any());
  }

  @Test
  void anEmployerThatDoesNotAnswerInTimeRecommendsNoOne() {
    listed(true, VerificationChannel.ONLINE_REGISTER.name());
    verifiedBefore(true);
    recommendationWanted(true);
    doAnswer(setting(VerificationProcess.VAR_RECOMMENDERS, java.util.List.of("hr1"))).when(steps)
        .askForRecommendation(any());

    ProcessInstance verification = start(false);
    execute(job(VerificationProcess.EVENT_RECOMMENDATION_DEADLINE, verification));

    assertThat(verification).hasPassedInOrder(VerificationProcess.EVENT_RECOMMENDATION_DEADLINE,
        VerificationProcess.TASK_RECORD_NO_RECOMMENDATION, VerificationProcess.END_RECOMMENDATION_LAPSED).isEnded();
    verify(steps).recommendationLapsed(any());
    verify(steps, never()).recommendationGiven(any());
  }

  private void listed(boolean listed, String channel) {
    doAnswer(setting(VAR_LISTED, listed, VAR_CHECK_CHANNEL, channel)).when(steps).checkEligibility(any());
  }

  private void recommendationWanted(boolean wanted) {
    doAnswer(setting(VerificationProcess.VAR_RECOMMENDATION_WANTED, wanted)).when(steps).sendResult(any());
  }

  private void verifiedBefore(boolean verifiedBefore) {
    doAnswer(setting(VAR_VERIFIED_BEFORE, verifiedBefore)).when(steps).lookForEarlierResult(any());
  }
}
