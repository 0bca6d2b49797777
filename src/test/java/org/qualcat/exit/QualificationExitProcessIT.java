package org.qualcat.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.exit.QualificationExitProcess.CALL_COMMITTEE_REVIEW;
import static org.qualcat.exit.QualificationExitProcess.END_QUALIFICATION_KEPT;
import static org.qualcat.exit.QualificationExitProcess.END_QUALIFICATION_REMOVED;
import static org.qualcat.exit.QualificationExitProcess.START_QUALIFICATION_FLAGGED;
import static org.qualcat.exit.QualificationExitProcess.TASK_END_VERIFICATION_CASES;
import static org.qualcat.exit.QualificationExitProcess.TASK_KEEP_QUALIFICATION;
import static org.qualcat.exit.QualificationExitProcess.TASK_OPEN_EXIT_CASE;
import static org.qualcat.exit.QualificationExitProcess.TASK_REMOVE_QUALIFICATION;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.catalog.ChangeType;
import org.qualcat.catalog.EditionChangeRepository;
import org.qualcat.catalog.QualificationRepository;
import org.qualcat.catalog.QualificationStatus;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.ClosingReason;
import org.qualcat.verification.VerificationCase;
import org.qualcat.verification.VerificationCaseRepository;
import org.qualcat.verification.VerificationCases;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.qualcat.verification.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code qualification-exit} started by a monitor's flag (its message start), through the API and the service. */
class QualificationExitProcessIT extends IntegrationTest {

  @Autowired
  Exits exits;
  @Autowired
  ExitCaseRepository cases;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  QualificationRepository qualifications;
  @Autowired
  EditionChangeRepository changes;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  VerificationCases verificationCases;
  @Autowired
  VerificationCaseRepository verificationRepository;

  private ReviewDriver committee;
  private final String code = "EXIT-T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

  @BeforeEach
  void listAQualification() {
    committee = new ReviewDriver(processEngine);
    catalogImport.importFile(new StringReader("code,name_en,name_zh,issuing_body,country_region,sector,lists,verification_channel\n"
        + code + ",Certified Exit Candidate,待移出资格,Fading Institute,France,Finance,INTERNATIONAL;URGENT,"
        + "ONLINE_REGISTER\n"),
        "exit-test.csv", "secretariat1");
  }

  @Test
  void aFlaggedQualificationTheCommitteeRemovesLeavesTheDraftEdition() {
    Response flagged = as("monitor1").postJson("/api/exits", Map.of("qualificationCode", code,
        "grounds", "The issuer stopped examining candidates in 2026."));
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
    String reference = flagged.json().get("reference").asText();
    assertThat(reference).matches("EXIT-\\d{4}-\\d{4}");
    ProcessInstance exit = instance(reference);
    BpmnAwareTests.assertThat(exit).hasPassed(START_QUALIFICATION_FLAGGED, TASK_OPEN_EXIT_CASE)
        .isWaitingAt(CALL_COMMITTEE_REVIEW);
    assertThat(anonymous().get("/api/catalog/notices").json().findValuesAsText("reference")).doesNotContain(reference);

    committee.approveAll(committee.reviewOf(exit.getId()));

    BpmnAwareTests.assertThat(exit).hasPassed(TASK_REMOVE_QUALIFICATION).isWaitingAt(TASK_END_VERIFICATION_CASES);
    assertThat(qualifications.findById(code).orElseThrow().getStatus()).isEqualTo(QualificationStatus.REMOVED);
    management.executeJob(management.createJobQuery().processInstanceId(exit.getId())
        .activityId(TASK_END_VERIFICATION_CASES).singleResult().getId());
    BpmnAwareTests.assertThat(exit).hasPassed(END_QUALIFICATION_REMOVED).isEnded();
    ExitCase removed = cases.findByReference(reference).orElseThrow();
    assertThat(removed.getStatus()).isEqualTo(ExitStatus.REMOVED);
    assertThat(removed.getCasesEnded()).isNotNull();
    assertThat(changes.findByQualificationCodeOrderById(code)).last().satisfies(c -> {
      assertThat(c.getChangeType()).isEqualTo(ChangeType.REMOVED);
      assertThat(c.getDecisionReference()).isEqualTo(reference);
      assertThat(c.getSummary()).contains("The issuer stopped examining candidates in 2026.");
    });
    awaitMail("decision to the monitors", to("monitor1@qualcat.example", "removed from the catalog (" + reference));

    Response record = as("committee1").get("/api/exits/" + reference);
    assertThat(record.json().get("status").asText()).isEqualTo("REMOVED");
    assertThat(record.json().get("review").get("resolutions")).hasSize(1);
  }

  @Test
  void aRemovalEndsTheVerificationCasesInFlightAndMarksTheResultsIssuedBefore() {
    String issued = verifiedCase();
    String issuedCode = cases(issued).getVerificationCode();
    String inFlight = verificationCases.submit(VerificationFixtures.newCase(code, VerificationFixtures.certificate(),
        VerificationFixtures.document()), VerificationFixtures.OTHER_APPLICANT).reference();
    assertThat(cases(inFlight).getStatus()).isEqualTo(VerificationStatus.SUBMITTED);

    ExitCase exit = exits.flag(code, "The issuer's register closed.", "monitor1");
    committee.approveAll(committee.reviewOf(exit.getProcessInstanceId()));
    management.executeJob(management.createJobQuery().processInstanceId(exit.getProcessInstanceId())
        .activityId(TASK_END_VERIFICATION_CASES).singleResult().getId());

    VerificationCase ended = cases(inFlight);
    assertThat(ended.getStatus()).isEqualTo(VerificationStatus.CLOSED);
    assertThat(ended.getClosingReason()).isEqualTo(ClosingReason.QUALIFICATION_REMOVED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(inFlight).count()).isZero();
    String endedInstance = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(inFlight).singleResult().getId();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(endedInstance)
        .activityId(VerificationProcess.TASK_CLOSE_FOR_REMOVED_QUALIFICATION).count())
        .as("the case ended by message QualificationRemoved").isOne();
    assertThat(cases.findByReference(exit.getReference()).orElseThrow().getCasesEnded()).isEqualTo(1);
    awaitMail("to the applicant", to("applicant2@qualcat.example", "Verification case " + inFlight + " closed"));

    assertThat(cases(issued).getStatus()).as("a result issued before stays valid").isEqualTo(VerificationStatus.VERIFIED);
    JsonNode check = anonymous().get("/api/verification-codes/" + issuedCode).json();
    assertThat(check.get("authentic").asBoolean()).isTrue();
    assertThat(check.get("qualificationRemoved").asBoolean()).isTrue();
  }

  @Test
  void aFlaggedQualificationTheCommitteeKeepsStaysListed() {
    ExitCase exit = exits.flag(code, "Holders report no outcomes.", "monitor1");

    committee.rejectAll(committee.reviewOf(exit.getProcessInstanceId()));

    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId())
        .singleResult();
    assertThat(instance).as("ended").isNull();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(exit.getProcessInstanceId()).activityId(END_QUALIFICATION_KEPT).count()).isOne();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(exit.getProcessInstanceId()).activityId(TASK_KEEP_QUALIFICATION).count()).isOne();
    assertThat(qualifications.findById(code).orElseThrow().getStatus()).isEqualTo(QualificationStatus.LISTED);
    assertThat(cases.findByReference(exit.getReference()).orElseThrow().getStatus()).isEqualTo(ExitStatus.KEPT);
  }

  @Test
  void onlyMonitorsFlagListedQualificationsOnce() {
    Map<String, String> flag = Map.of("qualificationCode", code, "grounds", "Doubtful.");
    assertThat(as("committee1").postJson("/api/exits", flag).status()).isEqualTo(403);
    assertThat(as("secretariat1").postJson("/api/exits", flag).status()).isEqualTo(403);
    assertThat(as("applicant1").postJson("/api/exits", flag).status()).isEqualTo(403);

    Response unknown = as("monitor1").postJson("/api/exits", Map.of("qualificationCode", "NO-SUCH-1",
        "grounds", "Doubtful."));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("qualificationCode");
    Response missing = as("monitor1").postJson("/api/exits", Map.of("qualificationCode", code));
    assertThat(missing.json().get("errors").findValuesAsText("field")).containsExactly("grounds");

    assertThat(as("monitor1").postJson("/api/exits", flag).status()).isEqualTo(201);
    Response again = as("monitor1").postJson("/api/exits", flag);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("already before the committee");
  }

  private String verifiedCase() {
    String reference = VerificationFixtures.verifiedCase(processEngine, verificationCases, code,
        VerificationFixtures.APPLICANT);
    assertThat(cases(reference).getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    return reference;
  }

  private VerificationCase cases(String reference) {
    return verificationRepository.findByReference(reference).orElseThrow();
  }

  private ProcessInstance instance(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(QualificationExitProcess.PROCESS_ID).singleResult();
  }
}
