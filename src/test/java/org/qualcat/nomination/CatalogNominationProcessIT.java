package org.qualcat.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.nomination.CatalogNominationProcess.CALL_COMMITTEE_REVIEW;
import static org.qualcat.nomination.CatalogNominationProcess.END_NOMINATION_REJECTED;
import static org.qualcat.nomination.CatalogNominationProcess.END_NOMINATION_WITHDRAWN;
import static org.qualcat.nomination.CatalogNominationProcess.END_QUALIFICATION_LISTED;
import static org.qualcat.nomination.CatalogNominationProcess.EVENT_SUPPLEMENT_DEADLINE_PASSED;
import static org.qualcat.nomination.CatalogNominationProcess.EVENT_SUPPLEMENT_RECEIVED;
import static org.qualcat.nomination.CatalogNominationProcess.FIELD_COMPLETENESS;
import static org.qualcat.nomination.CatalogNominationProcess.FIELD_SUPPLEMENT_REQUEST;
import static org.qualcat.nomination.CatalogNominationProcess.GATEWAY_AWAIT_SUPPLEMENT;
import static org.qualcat.nomination.CatalogNominationProcess.START_NOMINATION_RECEIVED;
import static org.qualcat.nomination.CatalogNominationProcess.TASK_CHECK_COMPLETENESS;
import static org.qualcat.nomination.CatalogNominationProcess.TASK_LIST_QUALIFICATION;
import static org.qualcat.nomination.CatalogNominationProcess.TASK_RECORD_REJECTION;
import static org.qualcat.nomination.CatalogNominationProcess.TASK_REQUEST_SUPPLEMENT;
import static org.qualcat.nomination.CatalogNominationProcess.TASK_WITHDRAW_NOMINATION;
import static org.qualcat.nomination.CatalogNominationProcess.VIEW_NOMINATION;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.CatalogEditionRepository;
import org.qualcat.catalog.ChangeType;
import org.qualcat.catalog.EditionStatus;
import org.qualcat.catalog.EditionChangeRepository;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.QualificationStatus;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code catalog-nomination}, with the committee review it calls driven to its outcome. */
class CatalogNominationProcessIT extends IntegrationTest {

  @Autowired
  Nominations nominations;
  @Autowired
  NominationRepository repository;
  @Autowired
  CatalogEntries qualifications;
  @Autowired
  EditionChangeRepository changes;
  @Autowired
  CatalogEditionRepository editions;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private ReviewDriver review;
  private final String code = Nominees.newCode();

  @BeforeEach
  void driver() {
    review = new ReviewDriver(processEngine);
  }

  @Test
  void aCompleteNominationApprovedByTheCommitteeIsListedInTheDraftEdition() {
    ProcessInstance nomination = submit();
    BpmnAwareTests.assertThat(nomination).hasPassed(START_NOMINATION_RECEIVED).isWaitingAt(TASK_CHECK_COMPLETENESS);
    assertThat(qualifications.find(code)).get().extracting(q -> q.status())
        .isEqualTo(QualificationStatus.NOMINATED);
    Task check = task(nomination);
    BpmnAwareTests.assertThat(check).hasCandidateGroup("secretariat");
    assertThat((String) tasks.getVariable(check.getId(), VIEW_NOMINATION)).contains(code)
        .contains("Beijing's data-exchange pilot zone");
    awaitMail("receipt", to("nominator@example.org", "Nomination " + reference(nomination) + " received"));

    tasks.complete(check.getId(), Map.of(FIELD_COMPLETENESS, "COMPLETE"));

    BpmnAwareTests.assertThat(nomination).isWaitingAt(CALL_COMMITTEE_REVIEW);
    assertThat(nomination(nomination).getStatus()).isEqualTo(NominationStatus.UNDER_REVIEW);

    review.approveAll(review.reviewOf(nomination.getId()));

    BpmnAwareTests.assertThat(nomination).hasPassedInOrder(TASK_CHECK_COMPLETENESS, CALL_COMMITTEE_REVIEW,
        TASK_LIST_QUALIFICATION, END_QUALIFICATION_LISTED).isEnded();
    assertThat(qualifications.find(code)).get().satisfies(q -> {
      assertThat(q.status()).isEqualTo(QualificationStatus.LISTED);
      assertThat(q.details().titleSeries()).isEqualTo("Engineering");
    });
    assertThat(changes.findByQualificationCodeOrderById(code)).singleElement().satisfies(c -> {
      assertThat(c.getChangeType()).isEqualTo(ChangeType.ADDED);
      assertThat(c.getDecisionReference()).isEqualTo(reference(nomination));
      assertThat(c.getProcessInstanceId()).isEqualTo(nomination.getId());
      assertThat(c.getEdition().getId()).as("in the draft edition")
          .isEqualTo(editions.findFirstByStatus(EditionStatus.DRAFT).orElseThrow().getId());
    });
    assertThat(nomination(nomination).getStatus()).isEqualTo(NominationStatus.LISTED);
    awaitMail("approval", to("nominator@example.org", "Nomination " + reference(nomination) + " approved"));
  }

  @Test
  void aNominationTheCommitteeRejectsIsRecordedAndTheCodeIsFreeAgain() {
    ProcessInstance nomination = submit();
    tasks.complete(task(nomination).getId(), Map.of(FIELD_COMPLETENESS, "COMPLETE"));

    review.rejectAll(review.reviewOf(nomination.getId()));

    BpmnAwareTests.assertThat(nomination).hasPassed(TASK_RECORD_REJECTION, END_NOMINATION_REJECTED).isEnded();
    assertThat(nomination(nomination).getStatus()).isEqualTo(NominationStatus.REJECTED);
    assertThat(qualifications.exists(code)).as("no trace in the catalog").isFalse();
    assertThat(changes.findByQualificationCodeOrderById(code)).isEmpty();
    awaitMail("rejection", to("nominator@example.org", "Nomination " + reference(nomination) + " not approved"));
  }

  @Test
  void supplementsAskedForAndReceivedBringTheNominationBackToTheCheck() {
    ProcessInstance nomination = submit();

    tasks.complete(task(nomination).getId(), Map.of(FIELD_COMPLETENESS, "SUPPLEMENT_NEEDED",
        FIELD_SUPPLEMENT_REQUEST, "Attach the issuer's examination syllabus."));

    BpmnAwareTests.assertThat(nomination).hasPassed(TASK_REQUEST_SUPPLEMENT).isWaitingAt(GATEWAY_AWAIT_SUPPLEMENT);
    Nomination waiting = nomination(nomination);
    assertThat(waiting.getStatus()).isEqualTo(NominationStatus.AWAITING_SUPPLEMENT);
    assertThat(waiting.getSupplementDueAt()).isCloseTo(java.time.Instant.now().plus(30, ChronoUnit.DAYS),
        org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    awaitMail("request", to("nominator@example.org", "please supply more information"));

    nominations.provideSupplement(reference(nomination), "Syllabus: https://example.org/syllabus.pdf", "secretariat1",
        true);

    BpmnAwareTests.assertThat(nomination).hasPassed(EVENT_SUPPLEMENT_RECEIVED).isWaitingAt(TASK_CHECK_COMPLETENESS);
    assertThat((String) tasks.getVariable(task(nomination).getId(), VIEW_NOMINATION))
        .contains("Supplement received: Syllabus: https://example.org/syllabus.pdf");
    tasks.complete(task(nomination).getId(), Map.of(FIELD_COMPLETENESS, "COMPLETE"));
    BpmnAwareTests.assertThat(nomination).isWaitingAt(CALL_COMMITTEE_REVIEW);
  }

  @Test
  void aNominationIsWithdrawnWhenTheSupplementDeadlinePasses() {
    ProcessInstance nomination = submit();
    tasks.complete(task(nomination).getId(), Map.of(FIELD_COMPLETENESS, "SUPPLEMENT_NEEDED",
        FIELD_SUPPLEMENT_REQUEST, "Attach the syllabus."));
    var deadline = processEngine.getManagementService().createJobQuery().processInstanceId(nomination.getId())
        .activityId(EVENT_SUPPLEMENT_DEADLINE_PASSED).singleResult();
    assertThat(deadline.getDuedate().toInstant()).isEqualTo(nomination(nomination).getSupplementDueAt());

    processEngine.getManagementService().executeJob(deadline.getId());

    BpmnAwareTests.assertThat(nomination).hasPassed(TASK_WITHDRAW_NOMINATION, END_NOMINATION_WITHDRAWN).isEnded();
    assertThat(nomination(nomination).getStatus()).isEqualTo(NominationStatus.WITHDRAWN);
    assertThat(qualifications.exists(code)).isFalse();
    awaitMail("withdrawal", to("nominator@example.org", "withdrawn"));
  }

  private ProcessInstance submit() {
    Nomination nomination = nominations.submit(Nominees.request(code), "secretariat1");
    return runtime.createProcessInstanceQuery().processInstanceId(nomination.getProcessInstanceId()).singleResult();
  }

  private Task task(ProcessInstance nomination) {
    return tasks.createTaskQuery().processInstanceId(nomination.getId()).taskDefinitionKey(TASK_CHECK_COMPLETENESS)
        .singleResult();
  }

  private Nomination nomination(ProcessInstance instance) {
    return repository.findByReference(reference(instance)).orElseThrow();
  }

  private static String reference(ProcessInstance instance) {
    return instance.getBusinessKey();
  }
}
