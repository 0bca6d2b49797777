package org.qualcat.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualcat.monitoring.QualificationReviewProcess.CALL_QUALIFICATION_EXIT;
import static org.qualcat.monitoring.QualificationReviewProcess.END_COMPLIANT;
import static org.qualcat.monitoring.QualificationReviewProcess.END_ISSUER_REMINDED;
import static org.qualcat.monitoring.QualificationReviewProcess.END_FINDING_OVERTURNED;
import static org.qualcat.monitoring.QualificationReviewProcess.END_ON_WATCH;
import static org.qualcat.monitoring.QualificationReviewProcess.END_RECTIFIED;
import static org.qualcat.monitoring.QualificationReviewProcess.END_REMOVAL_DECIDED;
import static org.qualcat.monitoring.QualificationReviewProcess.EVENT_RECTIFICATION_DEADLINE_PASSED;
import static org.qualcat.monitoring.QualificationReviewProcess.EVENT_RECTIFICATION_REMINDER_DUE;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_CONFIRMATION_REASON;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_ISSUER_RESPONSIVE;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_RECHECK;
import static org.qualcat.monitoring.QualificationReviewProcess.FIELD_RECHECK_NOTE;
import static org.qualcat.monitoring.QualificationReviewProcess.PROCESS_ID;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_ASSESS_QUALIFICATION;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_AWAIT_RECTIFICATION;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_ENTER_INDICATORS;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_GATHER_INDICATORS;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_RECHECK_COMPLIANCE;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_REMIND_ISSUER;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_RESTORE_LISTING;
import static org.qualcat.monitoring.QualificationReviewProcess.TASK_SEND_RECTIFICATION_NOTICE;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_CERTIFICATES_IN_BEIJING;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_CONFIRMED_ASSESSMENT;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_HOLDER_OUTCOMES;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_QUALIFICATION_CODE;
import static org.qualcat.monitoring.QualificationReviewProcess.VAR_TECHNICAL_COMPLIANCE;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.catalog.ChangeType;
import org.qualcat.catalog.EditionChangeRepository;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.QualificationStatus;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.exit.ExitCaseRepository;
import org.qualcat.exit.ExitStatus;
import org.qualcat.support.IntegrationTest;
import org.qualcat.system.InvalidInputException;
import org.qualcat.verification.VerificationCases;
import org.qualcat.verification.ApplicationMaterials;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code qualification-review}, on qualifications of the test's own. */
class QualificationReviewProcessIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  MonitoringInputRepository inputs;
  @Autowired
  MonitoringRecordRepository records;
  @Autowired
  CatalogEntries qualifications;
  @Autowired
  EditionChangeRepository changes;
  @Autowired
  ExitCaseRepository exits;
  @Autowired
  MonitorActions monitors;
  @Autowired
  ReviewSummary summaries;
  @Autowired
  MonitoringHistory history;
  @Autowired
  VerificationCases verificationCases;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  private ReviewDriver committee;
  private String code;

  @BeforeEach
  void qualification() {
    committee = new ReviewDriver(processEngine);
    code = MonitoringFixtures.listNew(catalogImport, "MON");
  }

  @Test
  void aQualificationMeetingEveryIndicatorIsCompliantWithoutAnyoneLookingAtIt() {
    inputs.save(MonitoringFixtures.compliant(code));

    ProcessInstance review = start();

    BpmnAwareTests.assertThat(review).hasPassedInOrder(TASK_GATHER_INDICATORS, TASK_ASSESS_QUALIFICATION, END_COMPLIANT)
        .isEnded();
    assertThat(record()).satisfies(r -> {
      assertThat(r.getAssessment()).isEqualTo(Assessment.COMPLIANT);
      assertThat(r.getResult()).isEqualTo(ReviewResult.COMPLIANT);
      assertThat(r.getCertificatesInBeijing()).isEqualTo(12);
      assertThat(r.getPlatformDemand()).isEqualTo(new PlatformDemand(0, 0, 0, 0));
    });
  }

  @Test
  void theMonitorsFiguresDecideAndTheCasesOnThePlatformAreShownBesideThemAsDemand() {
    code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER);
    VerificationFixtures.verifiedCase(processEngine, applicationMaterials, verificationCases, code, VerificationFixtures.APPLICANT);
    verificationCases.submit(VerificationFixtures.withMaterials(applicationMaterials,
        VerificationFixtures.newCase(code, VerificationFixtures.certificate(),
        VerificationFixtures.document()), VerificationFixtures.OTHER_APPLICANT), VerificationFixtures.OTHER_APPLICANT);
    inputs.save(new MonitoringInput(code, TechnicalCompliance.COMPLIANT, HolderOutcomes.SOME, 99, false, null, null,
        "monitor1", java.time.Instant.now()));

    ProcessInstance review = start();

    MonitoringRecord recorded = record();
    assertThat(recorded.getCertificatesInBeijing()).as("the monitors' 99, not the 1 verified on the platform")
        .isEqualTo(99);
    assertThat(recorded.getIssuerResponsive()).as("the monitors' 'no', not the platform's one answered check")
        .isFalse();
    assertThat(recorded.getAssessment()).isEqualTo(Assessment.NON_COMPLIANT);
    assertThat(recorded.getAssessmentReason()).contains("does not answer");
    assertThat(recorded.getPlatformDemand()).as("demand on the platform, recorded beside the monitors' figures")
        .isEqualTo(new PlatformDemand(2, 1, 1, 1)); // the case in flight is not an issuer check yet
    BpmnAwareTests.assertThat(review).isWaitingAt(TASK_CONFIRM_ASSESSMENT);
    assertThat((String) tasks.getVariable(task(review, TASK_CONFIRM_ASSESSMENT).getId(), "reviewSummary"))
        .contains("Certificates issued to people working in Beijing (issuers' figure, recorded by monitors): 99")
        .contains("Issuer answers verification requests (recorded by monitors): 否 / no")
        .contains("Verification cases on the platform (demand): 2")
        .contains("of which verified for holders working in Beijing: 1")
        .contains("Checks sent to the issuer: 1; 已回复 / answered: 1");
  }

  @Test
  void aCaseWithdrawnOnThePlatformDoesNotTurnTheIssuersTwelveCertificatesIntoNone() {
    code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER);
    String withdrawn = verificationCases.submit(VerificationFixtures.withMaterials(applicationMaterials,
        VerificationFixtures.newCase(code, VerificationFixtures.certificate(),
        VerificationFixtures.document()), VerificationFixtures.APPLICANT), VerificationFixtures.APPLICANT).reference();
    verificationCases.withdraw(withdrawn, VerificationFixtures.APPLICANT);
    inputs.save(MonitoringFixtures.compliant(code));

    ProcessInstance review = start();

    BpmnAwareTests.assertThat(review).hasPassed(END_COMPLIANT).hasNotPassed(TASK_CONFIRM_ASSESSMENT).isEnded();
    assertThat(record()).satisfies(r -> {
      assertThat(r.getAssessment()).as(r.getAssessmentReason()).isEqualTo(Assessment.COMPLIANT);
      assertThat(r.getCertificatesInBeijing()).as("the issuers' figure, recorded by monitors").isEqualTo(12);
      assertThat(r.getPlatformDemand()).as("demand on the platform, beside it")
          .isEqualTo(new PlatformDemand(1, 0, 0, 0));
    });
    assertThat(summaries.of(record().getId()))
        .contains("Certificates issued to people working in Beijing (issuers' figure, recorded by monitors): 12")
        .contains("Verification cases on the platform (demand): 1")
        .contains("of which verified for holders working in Beijing: 0");
    assertThat(history.forQualification(code)).first().as("the staff's monitoring history").satisfies(e -> {
      assertThat(e.certificatesInBeijing()).isEqualTo(12);
      assertThat(e.platformDemand()).isEqualTo(new PlatformDemand(1, 0, 0, 0));
      assertThat(e.result()).isEqualTo(ReviewResult.COMPLIANT);
    });
  }

  @Test
  void anIssuerCheckNeverAnsweredDoesNotOverruleTheMonitorsFindingThatTheIssuerAnswers() {
    code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.MANUAL);
    String unanswered = VerificationFixtures.overdueCheck(processEngine, applicationMaterials, verificationCases, code,
        VerificationFixtures.APPLICANT);
    verificationCases.withdraw(unanswered, VerificationFixtures.APPLICANT);
    inputs.save(MonitoringFixtures.compliant(code));

    ProcessInstance review = start();

    BpmnAwareTests.assertThat(review).hasPassed(END_COMPLIANT).isEnded();
    assertThat(record()).satisfies(r -> {
      assertThat(r.getAssessment()).as(r.getAssessmentReason()).isEqualTo(Assessment.COMPLIANT);
      assertThat(r.getIssuerResponsive()).as("the monitors' 'yes'").isTrue();
      assertThat(r.getPlatformDemand()).as("the overdue check, unanswered, is demand on the platform")
          .isEqualTo(new PlatformDemand(1, 0, 1, 0));
    });
  }

  @Test
  void withoutTheMonitorsFiguresTheReviewAsksThemAndShowsThePlatformsOnlyAsContext() {
    code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER);
    VerificationFixtures.verifiedCase(processEngine, applicationMaterials, verificationCases, code, VerificationFixtures.APPLICANT);

    ProcessInstance review = start();

    Task enter = task(review, TASK_ENTER_INDICATORS);
    assertThat(enter).as("no monitor's figure: the monitors are asked").isNotNull();
    assertThat(tasks.getVariable(enter.getId(), VAR_CERTIFICATES_IN_BEIJING))
        .as("the platform's VERIFIED count is not the issuance figure").isNull();
    assertThat(tasks.getVariable(enter.getId(), FIELD_ISSUER_RESPONSIVE)).isNull();
    assertThat((String) tasks.getVariable(enter.getId(), "reviewSummary"))
        .contains("Certificates issued to people working in Beijing (issuers' figure, recorded by monitors): 不详 / not known")
        .contains("Verification cases on the platform (demand): 1")
        .contains("of which verified for holders working in Beijing: 1");

    tasks.complete(enter.getId(), Map.of(VAR_CERTIFICATES_IN_BEIJING, 8, VAR_TECHNICAL_COMPLIANCE, "COMPLIANT",
        VAR_HOLDER_OUTCOMES, "SOME", FIELD_ISSUER_RESPONSIVE, "YES"));

    BpmnAwareTests.assertThat(review).hasPassed(END_COMPLIANT).isEnded();
    assertThat(record()).satisfies(r -> {
      assertThat(r.getCertificatesInBeijing()).isEqualTo(8);
      assertThat(r.getPlatformDemand()).isEqualTo(new PlatformDemand(1, 1, 1, 1));
    });
  }

  @Test
  void whatQualcatDoesNotKnowAMonitorEnters() {
    ProcessInstance review = start();
    Task enter = task(review, TASK_ENTER_INDICATORS);
    BpmnAwareTests.assertThat(enter).hasCandidateGroup("monitors");
    assertThat((String) tasks.getVariable(enter.getId(), "reviewSummary")).contains(code)
        .contains("Technical compliance: 不详 / not known");

    tasks.complete(enter.getId(), Map.of(VAR_CERTIFICATES_IN_BEIJING, 30, VAR_TECHNICAL_COMPLIANCE, "COMPLIANT",
        VAR_HOLDER_OUTCOMES, "NOTABLE", FIELD_ISSUER_RESPONSIVE, "YES"));

    BpmnAwareTests.assertThat(review).hasPassed(TASK_ENTER_INDICATORS, END_COMPLIANT).isEnded();
    assertThat(inputs.findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(code)).get()
        .satisfies(i -> assertThat(i.getCertificatesInBeijing()).isEqualTo(30));
  }

  @Test
  void aQualificationOnWatchStaysOnWatchWhenTheMonitorConfirms() {
    inputs.save(MonitoringFixtures.minorDeviations(code));
    ProcessInstance review = start();
    Task confirm = task(review, TASK_CONFIRM_ASSESSMENT);
    BpmnAwareTests.assertThat(confirm).hasCandidateGroup("monitors");
    assertThat(tasks.getVariable(confirm.getId(), VAR_CONFIRMED_ASSESSMENT)).as("the form proposes the assessment")
        .isEqualTo("WATCH");

    tasks.complete(confirm.getId(), Map.of(VAR_CONFIRMED_ASSESSMENT, "WATCH"));

    BpmnAwareTests.assertThat(review).hasPassed(END_ON_WATCH).isEnded();
    assertThat(record().getResult()).isEqualTo(ReviewResult.ON_WATCH);
    assertThat(record().getAssessmentReason()).contains("minor ways");
  }

  @Test
  void aMonitorClearsTheWatchWithAReason() {
    inputs.save(MonitoringFixtures.minorDeviations(code));
    ProcessInstance review = start();
    Task confirm = task(review, TASK_CONFIRM_ASSESSMENT);

    assertThatThrownBy(() -> tasks.complete(confirm.getId(), Map.of(VAR_CONFIRMED_ASSESSMENT, "COMPLIANT")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("confirmationReason: is required when the assessment differs from the decision table's");
    tasks.complete(confirm.getId(), Map.of(VAR_CONFIRMED_ASSESSMENT, "COMPLIANT",
        FIELD_CONFIRMATION_REASON, "The deviation was an exam-centre audit finding, closed in May."));

    BpmnAwareTests.assertThat(review).hasPassed(TASK_CONFIRM_ASSESSMENT, END_COMPLIANT).isEnded();
    assertThat(record()).satisfies(r -> {
      assertThat(r.getConfirmedAssessment()).isEqualTo(Assessment.COMPLIANT);
      assertThat(r.getResult()).isEqualTo(ReviewResult.COMPLIANT);
    });
  }

  @Test
  void aNonCompliantQualificationRectifiedInTimeIsListedAgain() {
    ProcessInstance review = confirmNonCompliant();

    BpmnAwareTests.assertThat(review).hasPassed(TASK_SEND_RECTIFICATION_NOTICE).isWaitingAt(TASK_AWAIT_RECTIFICATION);
    assertThat(status()).isEqualTo(QualificationStatus.UNDER_RECTIFICATION);
    assertThat(record().getRectificationDueAt()).isCloseTo(java.time.Instant.now().plus(90, ChronoUnit.DAYS),
        org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    awaitMail("rectification notice", to("registry@subject.example.org", "Rectification notice"));

    fire(review, EVENT_RECTIFICATION_REMINDER_DUE);
    BpmnAwareTests.assertThat(review).hasPassed(TASK_REMIND_ISSUER, END_ISSUER_REMINDED)
        .isWaitingAt(TASK_AWAIT_RECTIFICATION);
    awaitMail("reminder", to("registry@subject.example.org", "Reminder: rectification"));

    monitors.rectificationReported(record().getId(), "Beijing holders now registered with the issuer; 14 certificates.");
    Task recheck = task(review, TASK_RECHECK_COMPLIANCE);
    assertThat((String) tasks.getVariable(recheck.getId(), "reviewSummary")).contains("14 certificates");
    tasks.complete(recheck.getId(), Map.of(FIELD_RECHECK, "YES", FIELD_RECHECK_NOTE, "Verified the register."));

    BpmnAwareTests.assertThat(review).hasPassed(TASK_RESTORE_LISTING, END_RECTIFIED).isEnded();
    assertThat(status()).isEqualTo(QualificationStatus.LISTED);
    assertThat(record().getResult()).isEqualTo(ReviewResult.RECTIFIED);
  }

  @Test
  void aRectificationThatFailsGoesToTheCommitteeWhichRemovesTheQualification() {
    ProcessInstance review = confirmNonCompliant();
    monitors.rectificationReported(record().getId(), "We will look into it.");
    tasks.complete(task(review, TASK_RECHECK_COMPLIANCE).getId(), Map.of(FIELD_RECHECK, "NO",
        FIELD_RECHECK_NOTE, "No change at all."));
    BpmnAwareTests.assertThat(review).isWaitingAt(CALL_QUALIFICATION_EXIT);

    committee.approveAll(committee.reviewOf(review.getId()));
    executeAsyncJobs();

    BpmnAwareTests.assertThat(review).hasPassed(CALL_QUALIFICATION_EXIT, END_REMOVAL_DECIDED).isEnded();
    assertThat(status()).isEqualTo(QualificationStatus.REMOVED);
    assertThat(changes.findByQualificationCodeOrderById(code)).last()
        .satisfies(c -> assertThat(c.getChangeType()).isEqualTo(ChangeType.REMOVED));
    assertThat(record().getResult()).isEqualTo(ReviewResult.REMOVED);
    assertThat(exits.findByReference(record().getExitReference())).get().satisfies(e -> {
      assertThat(e.getStatus()).isEqualTo(ExitStatus.REMOVAL_DECIDED);
      assertThat(e.getGrounds()).contains("No certificates issued").contains("not accepted: We will look into it.");
    });
  }

  @Test
  void aMissedDeadlineGoesToTheCommitteeWhichOverturnsTheFindingWithItsReason() {
    ProcessInstance review = confirmNonCompliant();

    fire(review, EVENT_RECTIFICATION_DEADLINE_PASSED);

    BpmnAwareTests.assertThat(review).isWaitingAt(CALL_QUALIFICATION_EXIT);
    committee.rejectAll(committee.reviewOf(review.getId()));

    BpmnAwareTests.assertThat(review).hasPassed(END_FINDING_OVERTURNED).isEnded();
    assertThat(status()).isEqualTo(QualificationStatus.LISTED);
    assertThat(record().getResult()).isEqualTo(ReviewResult.OVERTURNED);
    assertThat(exits.findByReference(record().getExitReference())).get().satisfies(e -> {
      assertThat(e.getStatus()).isEqualTo(ExitStatus.OVERTURNED);
      assertThat(e.getDecisionReason()).isEqualTo("The committee resolves to reject.");
      assertThat(e.getGrounds()).contains("did not report a rectification");
    });
  }

  private ProcessInstance confirmNonCompliant() {
    inputs.save(MonitoringFixtures.absent(code));
    ProcessInstance review = start();
    Task confirm = task(review, TASK_CONFIRM_ASSESSMENT);
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), Map.of(VAR_CONFIRMED_ASSESSMENT, "NON_COMPLIANT")))
        .hasMessageContaining("issuerContactEmail: is required");
    tasks.complete(confirm.getId(), Map.of(VAR_CONFIRMED_ASSESSMENT, "NON_COMPLIANT",
        FIELD_ISSUER_CONTACT_EMAIL, "registry@subject.example.org"));
    return review;
  }

  private ProcessInstance start() {
    return runtime.startProcessInstanceByKey(PROCESS_ID, "TEST/" + code, Map.of(VAR_QUALIFICATION_CODE, code));
  }

  private Task task(ProcessInstance review, String activityId) {
    return tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private void fire(ProcessInstance review, String timer) {
    management.executeJob(management.createJobQuery().processInstanceId(review.getId()).activityId(timer)
        .singleResult().getId());
  }

  private void executeAsyncJobs() {
    // jobs of no process (the engine's history cleanup, due at night in Beijing) have no definition key
    management.createJobQuery().executable().list().stream()
        .filter(j -> org.qualcat.exit.QualificationExitProcess.PROCESS_ID.equals(j.getProcessDefinitionKey()))
        .forEach(j -> management.executeJob(j.getId()));
  }

  private MonitoringRecord record() {
    return records.findByQualificationCodeOrderByIdDesc(code).get(0);
  }

  private QualificationStatus status() {
    return qualifications.find(code).orElseThrow().status();
  }
}
