package org.qualcat.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.exit.QualificationExitProcess.CALL_COMMITTEE_REVIEW;
import static org.qualcat.exit.QualificationExitProcess.END_FINDING_OVERTURNED;
import static org.qualcat.exit.QualificationExitProcess.END_REMOVAL_DECIDED;
import static org.qualcat.exit.QualificationExitProcess.START_QUALIFICATION_FLAGGED;
import static org.qualcat.exit.QualificationExitProcess.TASK_OPEN_EXIT_CASE;
import static org.qualcat.exit.QualificationExitProcess.TASK_OVERTURN_FINDING;
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
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.catalog.ChangeType;
import org.qualcat.catalog.EditionChangeRepository;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.QualificationStatus;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.ClosingReason;
import org.qualcat.verification.VerificationCase;
import org.qualcat.verification.VerificationCaseRepository;
import org.qualcat.verification.VerificationCases;
import org.qualcat.verification.ApplicationMaterials;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.qualcat.verification.VerificationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code qualification-exit} started by a monitor's flag (its message start), through the API and the service. */
class QualificationExitProcessIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  @Autowired
  Exits exits;
  @Autowired
  ExitCaseRepository cases;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  Catalog catalog;
  @Autowired
  org.springframework.transaction.support.TransactionTemplate transaction;
  @Autowired
  CatalogEntries qualifications;
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
    transaction.executeWithoutResult(status -> VerificationFixtures.publish(catalog));
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

    BpmnAwareTests.assertThat(exit).hasPassed(TASK_REMOVE_QUALIFICATION, END_REMOVAL_DECIDED).isEnded();
    assertThat(qualifications.find(code).orElseThrow().status()).as("in the draft edition")
        .isEqualTo(QualificationStatus.REMOVED);
    ExitCase decided = cases.findByReference(reference).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(ExitStatus.REMOVAL_DECIDED);
    assertThat(decided.getDecisionReason()).isEqualTo("The committee resolves to approve.");
    assertThat(decided.getCasesEnded()).as("nothing ended before publication").isNull();
    assertThat(changes.findByQualificationCodeOrderById(code)).last().satisfies(c -> {
      assertThat(c.getChangeType()).isEqualTo(ChangeType.REMOVED);
      assertThat(c.getDecisionReference()).isEqualTo(reference);
      assertThat(c.getSummary()).contains("The issuer stopped examining candidates in 2026.");
    });
    awaitMail("decision to the monitors", to("monitor1@qualcat.example", "removal decided, in force when the next "
        + "edition is published (" + reference));
    assertThat(anonymous().get("/api/catalog/" + code).status()).as("the edition in force still lists it")
        .isEqualTo(200);

    Response record = as("committee1").get("/api/exits/" + reference);
    assertThat(record.json().get("status").asText()).isEqualTo("REMOVAL_DECIDED");
    assertThat(record.json().get("review").get("resolutions")).hasSize(1);

    String edition = transaction.execute(status -> VerificationFixtures.publish(catalog));

    ExitCase removed = cases.findByReference(reference).orElseThrow();
    assertThat(removed.getStatus()).isEqualTo(ExitStatus.REMOVED);
    assertThat(removed.getRemovedInEdition()).isEqualTo(edition);
    assertThat(removed.getCasesEnded()).isZero();
    assertThat(anonymous().get("/api/catalog/" + code).status()).isEqualTo(404);
    awaitMail("publication to the monitors", to("monitor1@qualcat.example", "removed from the catalog (" + reference));
    assertThat(as("committee1").get("/api/exits/" + reference).json().get("status").asText()).isEqualTo("REMOVED");
  }

  @Test
  void aRemovalEndsTheVerificationCasesInFlightAndMarksTheResultsIssuedBefore() {
    String issued = verifiedCase();
    String issuedCode = cases(issued).getVerificationCode();
    String inFlight = verificationCases.submit(VerificationFixtures.withMaterials(applicationMaterials,
        VerificationFixtures.newCase(code, VerificationFixtures.certificate(),
        VerificationFixtures.document()), VerificationFixtures.OTHER_APPLICANT), VerificationFixtures.OTHER_APPLICANT).reference();
    assertThat(cases(inFlight).getStatus()).isEqualTo(VerificationStatus.SUBMITTED);

    ExitCase exit = exits.flag(code, "The issuer's register closed.", "monitor1");
    committee.approveAll(committee.reviewOf(exit.getProcessInstanceId()));

    assertThat(cases(inFlight).getStatus()).as("the committee's decision is not law yet")
        .isEqualTo(VerificationStatus.SUBMITTED);
    String stillOpen = verificationCases.submit(VerificationFixtures.withMaterials(applicationMaterials,
        VerificationFixtures.newCase(code, VerificationFixtures.certificate(),
        VerificationFixtures.document()), VerificationFixtures.APPLICANT), VerificationFixtures.APPLICANT).reference();
    assertThat(cases(stillOpen).getStatus()).as("new cases until the removal is published")
        .isEqualTo(VerificationStatus.SUBMITTED);
    assertThat(anonymous().get("/api/verification-codes/" + issuedCode).json().get("qualificationRemoved").asBoolean())
        .isFalse();

    transaction.executeWithoutResult(status -> VerificationFixtures.publish(catalog));

    VerificationCase ended = cases(inFlight);
    assertThat(ended.getStatus()).isEqualTo(VerificationStatus.CLOSED);
    assertThat(ended.getClosingReason()).isEqualTo(ClosingReason.QUALIFICATION_REMOVED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(inFlight).count()).isZero();
    String endedInstance = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(inFlight).singleResult().getId();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(endedInstance)
        .activityId(VerificationProcess.TASK_CLOSE_FOR_REMOVED_QUALIFICATION).count())
        .as("the case ended by message QualificationRemoved").isOne();
    assertThat(cases(stillOpen).getClosingReason()).isEqualTo(ClosingReason.QUALIFICATION_REMOVED);
    assertThat(cases.findByReference(exit.getReference()).orElseThrow().getCasesEnded()).isEqualTo(2);
    awaitMail("to the applicant", to("applicant2@qualcat.example", "Verification case " + inFlight + " closed"));

    assertThat(cases(issued).getStatus()).as("a result issued before stays valid").isEqualTo(VerificationStatus.VERIFIED);
    JsonNode check = anonymous().get("/api/verification-codes/" + issuedCode).json();
    assertThat(check.get("authentic").asBoolean()).isTrue();
    assertThat(check.get("qualificationRemoved").asBoolean()).isTrue();
    Response refused = as("applicant1").submitCase(VerificationFixtures.requestBody(code,
        VerificationFixtures.certificate(), VerificationFixtures.document()));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
  }

  @Test
  void theCommitteeOverturnsAFindingOnlyWithItsReasonRecordedAuditedAndShown() {
    ExitCase exit = exits.flag(code, "Holders report no outcomes.", "monitor1");

    committee.rejectAll(committee.reviewOf(exit.getProcessInstanceId()));

    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(exit.getProcessInstanceId())
        .singleResult();
    assertThat(instance).as("ended").isNull();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(exit.getProcessInstanceId()).activityId(TASK_OVERTURN_FINDING).count()).isOne();
    assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(exit.getProcessInstanceId()).activityId(END_FINDING_OVERTURNED).count()).isOne();
    assertThat(qualifications.find(code).orElseThrow().status()).isEqualTo(QualificationStatus.LISTED);
    ExitCase overturned = cases.findByReference(exit.getReference()).orElseThrow();
    assertThat(overturned.getStatus()).isEqualTo(ExitStatus.OVERTURNED);
    assertThat(overturned.getDecisionReason()).isEqualTo("The committee resolves to reject.");

    JsonNode audit = as("admin").get("/api/audit?subject=" + exit.getReference() + "&action=EXIT_FINDING_OVERTURNED")
        .json().get("items");
    assertThat(audit).singleElement().satisfies(line -> assertThat(line.get("details").asText())
        .contains("the committee's reason: The committee resolves to reject."));
    JsonNode history = as("monitor1").get("/api/catalog/" + code).json().get("staff").get("exits");
    assertThat(history).singleElement().satisfies(entry -> {
      assertThat(entry.get("reference").asText()).isEqualTo(exit.getReference());
      assertThat(entry.get("status").asText()).isEqualTo("OVERTURNED");
      assertThat(entry.get("decisionReason").asText()).isEqualTo("The committee resolves to reject.");
    });
    awaitMail("the reason to the monitors", to("monitor1@qualcat.example", "the committee overturned the "
        + "monitoring finding (" + exit.getReference()));
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
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, verificationCases, code,
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
