package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import org.qualcat.process.BureauTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.qualcat.verification.VerificationFixtures.APPLICANT;
import static org.qualcat.verification.VerificationFixtures.OTHER_APPLICANT;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;
import static org.qualcat.verification.VerificationFixtures.newCase;
import static org.qualcat.verification.VerificationProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.notification.OutboundMail;
import org.qualcat.notification.OutboundMailRepository;
import org.qualcat.security.Roles;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of {@code certificate-verification}, walked with Camunda BPM Assert on the real model, delegates and
 * database: timers and asynchronous steps are run by the test, by activity id.
 */
class CertificateVerificationProcessIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  @Autowired
  VerificationCases cases;
  @Autowired
  VerificationFlow flow;
  @Autowired
  VerificationCodes codes;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  VerificationQueries queries;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  OutboundMailRepository mails;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;

  /** A verification officer reading cases, as the portal and the API build one from the signed-in user. */
  /** An officer in the staff of all three bureaus: reads every case here (tenancy is {@code BureausIT}'s). */
  private static final Caller OFFICER = new Caller(VerificationFixtures.VERIFIER, Set.of(Roles.VERIFIERS), null,
      java.util.EnumSet.allOf(EmployerRegion.class));

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void aCaseWhoseQualificationIsNotListedIsRefusedByTheProcessItself() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    fixtures.remove(code);

    // a case that reached the process without the API's check (the API refuses such cases at once)
    ProcessInstance pi = start(newCase(code, certificate(), document()), APPLICANT);

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(START_CASE_SUBMITTED, TASK_CHECK_ELIGIBILITY, GATEWAY_LISTED,
        TASK_REFUSE_NOT_LISTED, END_REFUSED_NOT_LISTED).hasNotPassed(TASK_LOOK_FOR_EARLIER_RESULT).isEnded();
    VerificationCase refused = byReference(pi);
    assertThat(refused.getStatus()).isEqualTo(VerificationStatus.REFUSED);
    assertThat(refused.getClosingReason()).isEqualTo(ClosingReason.NOT_LISTED);
    assertThat(refused.getClosingNote()).contains(code).contains("removed");
    assertThat(templatesMailed(pi)).containsExactly(VerificationProcess.MAIL_CLOSED);
  }

  @Test
  void aCertificateVerifiedBeforeInTheRegionIsNotVerifiedAgain() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    String number = certificate();
    ProcessInstance first = start(newCase(code, number, "P-1234567"), APPLICANT);
    accept(first);
    complete(task(TASK_CHECK_WITH_ISSUER, first), withVariables(VAR_CHECK_RESULT, GENUINE));
    BpmnAwareTests.assertThat(first).hasPassed(END_VERIFIED).isEnded();
    String code1 = byReference(first).getVerificationCode();

    // another employer in Tianjin, the number typed differently, the same passport written another way
    ProcessInstance again = start(newCase(code, " " + number.toLowerCase() + " ", "p 123 4567",
        EmployerRegion.TIANJIN), OTHER_APPLICANT);

    BpmnAwareTests.assertThat(again).hasPassedInOrder(TASK_CHECK_ELIGIBILITY, TASK_LOOK_FOR_EARLIER_RESULT,
            GATEWAY_EARLIER_RESULT, TASK_ADOPT_EARLIER_RESULT, TASK_DETERMINE_BENEFITS, TASK_SEND_RESULT, END_VERIFIED)
        .hasNotPassed(TASK_ACCEPT_CASE).isEnded();
    VerificationCase reused = byReference(again);
    assertThat(reused.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(reused.getReusedFrom()).isEqualTo(first.getBusinessKey());
    assertThat(reused.getVerificationCode()).as("the code stays with the case that issued it").isNull();
    assertThat(codes.of(reused)).isEqualTo(code1);
    assertThat(reused.isEmployedInBeijing()).isFalse();
    assertThat(reused.getBenefits()).as("I.(I)-(III) need employment in Beijing").isEmpty();
    CaseViews.CaseView view = queries.view(again.getBusinessKey(), OFFICER);
    assertThat(view.statements()).extracting(CaseViews.Text::code).containsExactly("IV.3", "NO_BENEFITS",
        "DISCLAIMER");
    assertThat(view.statements().get(0).en()).contains("employed in Tianjin")
        .contains("not required to have your professional qualification verified again")
        .contains("directly covered by the corresponding talent policies").doesNotContain("no services");
    assertThat(view.statements().get(0).zh()).contains("天津");
    assertThat(templatesMailed(again)).containsExactly(VerificationProcess.MAIL_RESULT);
    assertThat(lastMail(again).getBody()).contains("employed in Tianjin").contains("天津");

    ProcessInstance otherHolder = start(newCase(code, number, document()), OTHER_APPLICANT);
    BpmnAwareTests.assertThat(otherHolder).as("another holder's certificate is verified anew")
        .isWaitingAt(TASK_ACCEPT_CASE);
  }

  @Test
  void aReusedResultGrantsBeijingServicesOnlyOnAnEmploymentTheVerifierConfirms() throws java.io.IOException {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    String number = certificate();
    String document = document();
    ProcessInstance first = start(newCase(code, number, document, EmployerRegion.HEBEI), OTHER_APPLICANT);
    accept(first);
    complete(task(TASK_CHECK_WITH_ISSUER, first), withVariables(VAR_CHECK_RESULT, GENUINE));
    assertThat(byReference(first).getBenefits()).as("employed in Hebei").isEmpty();

    ProcessInstance confirmed = start(newCase(code, number, document), APPLICANT);
    BpmnAwareTests.assertThat(confirmed).hasPassed(TASK_ADOPT_EARLIER_RESULT, GATEWAY_EMPLOYMENT_TO_CONFIRM)
        .isWaitingAt(TASK_CONFIRM_EMPLOYMENT).task().hasCandidateGroup("verifiers");
    try (var form = processEngine.getFormService().getDeployedTaskForm(task(TASK_CONFIRM_EMPLOYMENT, confirmed).getId())) {
      assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("\"id\": \"" + FORM_CONFIRM_EMPLOYMENT + "\"").contains("employmentFinding");
    }
    assertThat(templatesMailed(confirmed)).as("no result before the employment is settled").isEmpty();
    assertThatThrownBy(() -> taskService.complete(task(TASK_CONFIRM_EMPLOYMENT, confirmed).getId(),
        withVariables(VAR_EMPLOYMENT_FINDING, "MAYBE"))).hasMessageContaining("employmentFinding");
    complete(task(TASK_CONFIRM_EMPLOYMENT, confirmed), withVariables(VAR_EMPLOYMENT_FINDING, EMPLOYMENT_CONFIRMED));

    BpmnAwareTests.assertThat(confirmed).hasPassedInOrder(TASK_CONFIRM_EMPLOYMENT, GATEWAY_EMPLOYMENT_SETTLED,
        GATEWAY_RESULT_KNOWN, TASK_DETERMINE_BENEFITS, END_VERIFIED).isEnded();
    assertThat(byReference(confirmed).getBenefits()).contains(HolderBenefit.WORK_PERMIT_RELAXED);
    assertThat(queries.view(confirmed.getBusinessKey(), OFFICER).statements())
        .extracting(CaseViews.Text::code).startsWith("IV.2");

    ProcessInstance notShown = start(newCase(code, number, document), APPLICANT);
    complete(task(TASK_CONFIRM_EMPLOYMENT, notShown), withVariables(VAR_EMPLOYMENT_FINDING, EMPLOYMENT_NOT_SHOWN));
    BpmnAwareTests.assertThat(notShown).hasPassed(END_VERIFIED).isEnded();
    VerificationCase withoutBeijing = byReference(notShown);
    assertThat(withoutBeijing.getBenefits()).isEmpty();
    assertThat(withoutBeijing.getEmploymentConfirmed()).isFalse();
    assertThat(queries.view(notShown.getBusinessKey(), OFFICER).statements())
        .extracting(CaseViews.Text::code).containsExactly("EMPLOYMENT_NOT_CONFIRMED", "DISCLAIMER");
  }

  @Test
  void acceptingACaseThatStatesBeijingEmploymentNeedsTheVerifiersFindingOnIt() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.EMAIL), certificate(), document()),
        APPLICANT);

    assertThatThrownBy(() -> taskService.complete(task(TASK_ACCEPT_CASE, pi).getId(), withVariables(
        VAR_ACCEPTANCE, ACCEPT, VAR_ETA, etaIn(5).toString()))).hasMessageContaining("employmentFinding");
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_ACCEPT_CASE);

    complete(task(TASK_ACCEPT_CASE, pi), withVariables(VAR_ACCEPTANCE, ACCEPT, VAR_EMPLOYMENT_FINDING,
        EMPLOYMENT_NOT_SHOWN, VAR_ETA, etaIn(5).toString()));
    complete(task(TASK_CHECK_WITH_ISSUER, pi), withVariables(VAR_CHECK_RESULT, GENUINE));

    VerificationCase verified = byReference(pi);
    assertThat(verified.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(verified.getBenefits()).as("Beijing services need a confirmed statement").isEmpty();
    assertThat(queries.view(pi.getBusinessKey(), OFFICER).history())
        .extracting(e -> e.event().code()).contains("EMPLOYMENT_NOT_SHOWN");
  }

  @Test
  void aVerifierRefusesFalseDataWithAReason() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.EMAIL), certificate(), document()),
        APPLICANT);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_ACCEPT_CASE);
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup(Roles.VERIFIERS);

    assertThatThrownBy(() -> taskService.complete(task(pi).getId(), withVariables(VAR_ACCEPTANCE, REFUSE)))
        .hasMessageContaining(VAR_REFUSAL_REASON);
    BpmnAwareTests.assertThat(pi).as("a refusal without reason is not taken").isWaitingAt(TASK_ACCEPT_CASE);

    complete(task(pi), withVariables(VAR_ACCEPTANCE, REFUSE, VAR_REFUSAL_REASON,
        "The issue date precedes the issuer's founding."));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(TASK_ACCEPT_CASE, GATEWAY_ACCEPTANCE, END_REFUSED_FALSE_DATA)
        .isEnded();
    VerificationCase refused = byReference(pi);
    assertThat(refused.getStatus()).isEqualTo(VerificationStatus.REFUSED);
    assertThat(refused.getClosingReason()).isEqualTo(ClosingReason.FALSE_DATA);
    assertThat(refused.getClosingNote()).isEqualTo("The issue date precedes the issuer's founding.");
    assertThat(templatesMailed(pi)).containsExactly(VerificationProcess.MAIL_CLOSED);
  }

  @Test
  void anOnlineRegisterIsCheckedAutomaticallyAndAVerifiedResultGetsACodeAndBenefits() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER,
        Set.of(CatalogList.INTERNATIONAL, CatalogList.TITLE_ELIGIBLE), TitleLevel.INTERMEDIATE, null,
        PracticeField.FINANCE);
    ProcessInstance pi = start(newCase(code, certificate(), document()), APPLICANT);
    accept(pi);

    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_QUERY_ISSUER_REGISTER);
    assertThat(byReference(pi).getStatus()).isEqualTo(VerificationStatus.IN_VERIFICATION);
    execute(job(TASK_QUERY_ISSUER_REGISTER, pi));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(GATEWAY_CHECK_CHANNEL, TASK_QUERY_ISSUER_REGISTER,
            END_CHECK_DONE, GATEWAY_GENUINE, TASK_ISSUE_CODE, TASK_DETERMINE_BENEFITS, TASK_SEND_RESULT, END_VERIFIED)
        .hasPassed(SUBPROCESS_CHECK).hasNotPassed(TASK_CHECK_WITH_ISSUER).isEnded();
    VerificationCase verified = byReference(pi);
    assertThat(verified.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(verified.getVerificationCode()).matches("[A-Za-z0-9_-]{22}");
    assertThat(verified.getResultIssuedAt()).isNotNull();
    assertThat(verified.getBenefits()).containsExactlyInAnyOrder(HolderBenefit.INTERMEDIATE_TITLE,
        HolderBenefit.LONG_STAY_VISA, HolderBenefit.WORK_PERMIT_RELAXED, HolderBenefit.OVERSEAS_EXPERIENCE,
        HolderBenefit.EMPLOYER_SUPPORT, HolderBenefit.TITLE_GRANT_CHANNELS, HolderBenefit.PRACTICE_AUTHORIZATION);
    assertThat(templatesMailed(pi)).containsExactly(VerificationProcess.MAIL_ACCEPTED, VerificationProcess.MAIL_RESULT);
    assertThat(queries.check(verified.getVerificationCode()).authentic()).isTrue();
  }

  @Test
  void aCertificateTheRegisterDoesNotKnowIsNotVerified() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    ProcessInstance pi = start(newCase(code, "FAKE-" + certificate(), document()), APPLICANT);
    accept(pi);

    execute(job(TASK_QUERY_ISSUER_REGISTER, pi));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(TASK_QUERY_ISSUER_REGISTER, GATEWAY_GENUINE,
        TASK_RECORD_NOT_VERIFIED, END_NOT_VERIFIED).hasNotPassed(TASK_ISSUE_CODE).isEnded();
    VerificationCase notVerified = byReference(pi);
    assertThat(notVerified.getStatus()).isEqualTo(VerificationStatus.NOT_VERIFIED);
    assertThat(notVerified.getVerificationCode()).isNull();
    assertThat(notVerified.getClosingNote()).contains("has no such certificate");
    assertThat(templatesMailed(pi)).containsExactly(VerificationProcess.MAIL_ACCEPTED, VerificationProcess.MAIL_RESULT);
  }

  @Test
  void aRegisterThatIsDownIsRetriedAndBecomesAnIncidentNotAnErrorForTheUser() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.ONLINE_REGISTER),
        "OFFLINE-" + certificate(), document()), APPLICANT);
    accept(pi);

    for (int attempt = 0; attempt < 10 && registerJob(pi).getRetries() > 0; attempt++) {
      Job failing = registerJob(pi);
      assertThatThrownBy(() -> management.executeJob(failing.getId())).hasMessageContaining("offline");
    }

    assertThat(registerJob(pi).getRetries()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).activityId(TASK_QUERY_ISSUER_REGISTER)
        .count()).isOne();
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_QUERY_ISSUER_REGISTER);
    assertThat(byReference(pi).getStatus()).as("the case itself is untouched").isEqualTo(
        VerificationStatus.IN_VERIFICATION);
  }

  @Test
  void aVerifierChecksWithAnIssuerWithoutRegisterAndRecordsANegativeAnswer() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.EMAIL), certificate(), document()),
        APPLICANT);
    accept(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_CHECK_WITH_ISSUER);
    Task check = task(TASK_CHECK_WITH_ISSUER, pi);
    BpmnAwareTests.assertThat(check).hasCandidateGroup(Roles.VERIFIERS);
    assertThat(check.getDueDate()).as("due at the end of the ETA day").isNotNull();

    assertThatThrownBy(() -> taskService.complete(check.getId(), withVariables(VAR_CHECK_RESULT, NOT_GENUINE)))
        .hasMessageContaining(VAR_CHECK_NOTE);
    complete(check, withVariables(VAR_CHECK_RESULT, NOT_GENUINE, VAR_CHECK_NOTE, "The issuer has no such member."));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(GATEWAY_CHECK_CHANNEL, TASK_CHECK_WITH_ISSUER, END_CHECK_DONE,
        TASK_RECORD_NOT_VERIFIED, END_NOT_VERIFIED).hasNotPassed(TASK_QUERY_ISSUER_REGISTER).isEnded();
    VerificationCase notVerified = byReference(pi);
    assertThat(notVerified.getStatus()).isEqualTo(VerificationStatus.NOT_VERIFIED);
    assertThat(notVerified.getClosingNote()).isEqualTo("The issuer has no such member.");
  }

  @Test
  void theEtaRemindsTheVerifierThenEscalatesToTheVerifiersQueueWithoutStoppingTheCheck() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.MANUAL), certificate(), document()),
        APPLICANT);
    LocalDate eta = etaIn(10);
    complete(task(TASK_ACCEPT_CASE, pi), withVariables(VAR_ACCEPTANCE, ACCEPT, VAR_EMPLOYMENT_FINDING, EMPLOYMENT_CONFIRMED, VAR_ETA, eta.toString()));

    Instant etaStart = eta.atStartOfDay(BureauTime.ZONE).toInstant();
    assertThat(timer(pi, EVENT_ETA_REMINDER).getDuedate().toInstant())
        .isCloseTo(etaStart.minus(Duration.ofDays(2)), within(1, ChronoUnit.SECONDS));
    assertThat(timer(pi, EVENT_ETA_PASSED).getDuedate().toInstant())
        .isCloseTo(etaStart.plus(Duration.ofDays(2)), within(1, ChronoUnit.SECONDS));

    execute(job(EVENT_ETA_REMINDER, pi));
    BpmnAwareTests.assertThat(pi).hasPassed(TASK_REMIND_VERIFIER, END_REMINDER_SENT).isWaitingAt(TASK_CHECK_WITH_ISSUER);
    assertThat(mailsOf(pi)).filteredOn(m -> m.getTemplate().equals(VerificationProcess.MAIL_ETA_REMINDER))
        .singleElement().satisfies(m -> assertThat(m.getRecipients()).containsExactly("verifier1@qualcat.example"));

    execute(job(EVENT_ETA_PASSED, pi));
    BpmnAwareTests.assertThat(pi).hasPassed(TASK_ESCALATE, END_ESCALATED).isWaitingAt(TASK_CHECK_WITH_ISSUER);
    assertThat(byReference(pi).isOverdue()).isTrue();
    assertThat(task(TASK_CHECK_WITH_ISSUER, pi).getPriority()).isEqualTo(VerificationFlow.OVERDUE_PRIORITY);
    assertThat(mailsOf(pi)).filteredOn(m -> m.getTemplate().equals(VerificationProcess.MAIL_OVERDUE))
        .singleElement().satisfies(m -> assertThat(m.getRecipients()).as("Beijing's verifiers, not the others'")
            .contains("verifier1@qualcat.example").doesNotContain("verifier2@qualcat.example",
                "verifier3@qualcat.example"));

    complete(task(TASK_CHECK_WITH_ISSUER, pi), withVariables(VAR_CHECK_RESULT, GENUINE));
    BpmnAwareTests.assertThat(pi).hasPassed(TASK_ISSUE_CODE, END_VERIFIED).isEnded();
  }

  @Test
  void theApplicantSuppliesWhatTheVerifierAskedForAndTheCaseReturnsToAcceptance() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.EMAIL), certificate(), document()),
        APPLICANT);

    complete(task(TASK_ACCEPT_CASE, pi), withVariables(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT, VAR_SUPPLEMENT_REQUEST,
        "Please send the certificate number exactly as printed."));

    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_AWAIT_SUPPLEMENT);
    VerificationCase waiting = byReference(pi);
    assertThat(waiting.getStatus()).isEqualTo(VerificationStatus.SUPPLEMENT_REQUESTED);
    assertThat(waiting.getSupplementDueOn()).isEqualTo(etaIn(14));
    assertThat(timer(pi, EVENT_SUPPLEMENT_DEADLINE).getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(14)), within(1, ChronoUnit.MINUTES));
    assertThat(templatesMailed(pi)).containsExactly(VerificationProcess.MAIL_SUPPLEMENT_REQUESTED);

    assertThatThrownBy(() -> cases.provideSupplement(pi.getBusinessKey(), OTHER_APPLICANT,
        new VerificationCases.Supplement("not mine", null, null, null))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> cases.provideSupplement(pi.getBusinessKey(), APPLICANT,
        new VerificationCases.Supplement(" ", null, null, null))).isInstanceOf(InvalidInputException.class);
    cases.provideSupplement(pi.getBusinessKey(), APPLICANT,
        new VerificationCases.Supplement("Corrected as printed.", "cfa 999 001", null, null));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(TASK_ACCEPT_CASE, TASK_AWAIT_SUPPLEMENT, GATEWAY_ACCEPTANCE_AGAIN)
        .isWaitingAt(TASK_ACCEPT_CASE);
    assertThat(processEngine.getFormService().getTaskFormVariables(task(TASK_ACCEPT_CASE, pi).getId()).getValue(VIEW_CERTIFICATE_NUMBER,
        String.class)).as("the form shows the corrected certificate").isEqualTo("CFA 999 001");
    assertThat(byReference(pi).getStatus()).isEqualTo(VerificationStatus.SUBMITTED);
    assertThat(byReference(pi).getCertificateNumber()).isEqualTo("CFA 999 001");

    accept(pi);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_CHECK_WITH_ISSUER);
  }

  @Test
  void aSupplementThatDoesNotArriveByItsDeadlineClosesTheCase() {
    ProcessInstance pi = start(newCase(fixtures.listed(VerificationChannel.EMAIL), certificate(), document()),
        APPLICANT);
    complete(task(TASK_ACCEPT_CASE, pi), withVariables(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT, VAR_SUPPLEMENT_REQUEST,
        "Please send the employer's letter."));

    execute(job(EVENT_SUPPLEMENT_DEADLINE, pi));

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(TASK_AWAIT_SUPPLEMENT, EVENT_SUPPLEMENT_DEADLINE,
        TASK_CLOSE_FOR_MISSING_SUPPLEMENT, END_SUPPLEMENT_MISSING).isEnded();
    VerificationCase closed = byReference(pi);
    assertThat(closed.getStatus()).isEqualTo(VerificationStatus.CLOSED);
    assertThat(closed.getClosingReason()).isEqualTo(ClosingReason.SUPPLEMENT_MISSING);
    assertThat(templatesMailed(pi)).containsExactly(VerificationProcess.MAIL_SUPPLEMENT_REQUESTED, VerificationProcess.MAIL_CLOSED);
    assertThatThrownBy(() -> cases.provideSupplement(pi.getBusinessKey(), APPLICANT,
        new VerificationCases.Supplement("too late", null, null, null))).isInstanceOf(ConflictException.class);
  }

  @Test
  void theApplicantWithdrawsBeforeAcceptanceAndDuringTheCheck() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    ProcessInstance waiting = start(newCase(code, certificate(), document()), APPLICANT);
    ProcessInstance checking = start(newCase(code, certificate(), document()), APPLICANT);
    accept(checking);

    assertThatThrownBy(() -> cases.withdraw(waiting.getBusinessKey(), OTHER_APPLICANT))
        .isInstanceOf(NotFoundException.class);
    cases.withdraw(waiting.getBusinessKey(), APPLICANT);
    cases.withdraw(checking.getBusinessKey(), APPLICANT);

    for (ProcessInstance pi : List.of(waiting, checking)) {
      BpmnAwareTests.assertThat(pi).hasPassedInOrder(START_WITHDRAWN, TASK_RECORD_WITHDRAWAL, END_WITHDRAWN)
          .hasNotPassed(END_VERIFIED).isEnded();
      assertThat(byReference(pi).getStatus()).isEqualTo(VerificationStatus.WITHDRAWN);
      assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).as("no timers left").isZero();
    }
    assertThatThrownBy(() -> cases.withdraw(waiting.getBusinessKey(), APPLICANT))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void whenTheQualificationLeavesTheCatalogItsCasesInFlightEndAndIssuedResultsStayValid() {
    String code = fixtures.listed(VerificationChannel.MANUAL);
    ProcessInstance verified = start(newCase(code, certificate(), document()), APPLICANT);
    accept(verified);
    complete(task(TASK_CHECK_WITH_ISSUER, verified), withVariables(VAR_CHECK_RESULT, GENUINE));
    ProcessInstance waiting = start(newCase(code, certificate(), document()), APPLICANT);
    ProcessInstance checking = start(newCase(code, certificate(), document()), OTHER_APPLICANT);
    accept(checking);

    // the removal takes effect, and ends the cases in flight, when the edition that carries it is published
    fixtures.remove(code);

    assertThat(cases.endCasesOfRemovedQualification(code)).as("none left in flight").isEmpty();
    for (ProcessInstance pi : List.of(waiting, checking)) {
      BpmnAwareTests.assertThat(pi).hasPassedInOrder(START_QUALIFICATION_REMOVED,
          TASK_CLOSE_FOR_REMOVED_QUALIFICATION, END_QUALIFICATION_REMOVED).isEnded();
      VerificationCase closed = byReference(pi);
      assertThat(closed.getStatus()).isEqualTo(VerificationStatus.CLOSED);
      assertThat(closed.getClosingReason()).isEqualTo(ClosingReason.QUALIFICATION_REMOVED);
      assertThat(templatesMailed(pi)).endsWith(VerificationProcess.MAIL_CLOSED);
    }
    CaseViews.CodeCheck check = queries.check(byReference(verified).getVerificationCode());
    assertThat(check.authentic()).isTrue();
    assertThat(check.qualificationRemoved()).isTrue();
    assertThat(cases.endCasesOfRemovedQualification(code)).as("nothing left in flight").isEmpty();
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  /** Records a case and starts its process in one transaction, as a submission does, without the API's check. */
  private ProcessInstance start(NewCase newCase, String applicant) {
    NewCase withMaterials = VerificationFixtures.withMaterials(applicationMaterials, newCase, applicant);
    return transaction.execute(status -> {
      VerificationCase recorded = cases.record(cases.validate(withMaterials, applicant), applicant);
      return flow.start(recorded, "Test qualification");
    });
  }

  private static void accept(ProcessInstance pi) {
    complete(task(TASK_ACCEPT_CASE, pi), withVariables(VAR_ACCEPTANCE, ACCEPT, VAR_EMPLOYMENT_FINDING, EMPLOYMENT_CONFIRMED, VAR_ETA, etaIn(10).toString()));
  }

  private VerificationCase byReference(ProcessInstance pi) {
    return repository.findByReference(pi.getBusinessKey()).orElseThrow();
  }

  private List<OutboundMail> mailsOf(ProcessInstance pi) {
    return mails.findByReferenceOrderById(pi.getBusinessKey());
  }

  private OutboundMail lastMail(ProcessInstance pi) {
    List<OutboundMail> all = mailsOf(pi);
    return all.get(all.size() - 1);
  }

  private List<String> templatesMailed(ProcessInstance pi) {
    return mailsOf(pi).stream().map(OutboundMail::getTemplate).toList();
  }

  private Job registerJob(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(TASK_QUERY_ISSUER_REGISTER)
        .singleResult();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }
}
