package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualcat.audit.TrailReader.at;
import static org.qualcat.audit.TrailReader.whoDidWhat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogAuditActions;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.committee.CommitteeDecision;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.Recommendation;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.monitoring.MonitoringCycles;
import org.qualcat.monitoring.MonitoringRecordRepository;
import org.qualcat.monitoring.QualificationReviewProcess;
import org.qualcat.nomination.CatalogNominationProcess;
import org.qualcat.nomination.Nominees;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Roles;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions in the audit trail: for each matter, who decided what and when, in order, read back by an administrator
 * through {@code GET /api/audit}. People act as they do in production: through the engine REST API as the Tasklist
 * does, with the engine's authentication set as the webapps set it, through Qualcat's API; timers run without a
 * user and are the platform's ("qualcat").
 */
class AuditDecisionsIT extends IntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  Catalog catalog;
  @Autowired
  MonitoringCycles cycles;
  @Autowired
  MonitoringRecordRepository monitoringRecords;
  @Autowired
  AuditTrail audit;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  private ReviewDriver committee;
  private TrailReader trail;

  @BeforeEach
  void drivers() {
    committee = new ReviewDriver(processEngine);
    trail = new TrailReader(as("admin"));
  }

  @Test
  void aNominationLeavesWhoDecidedWhatAndWhenFromSubmissionToListing() {
    Instant before = TrailReader.startOfTheSecond();
    String code = newCode("AUD-N");
    Response submitted = as("secretariat1").postJson("/api/nominations", Nominees.body(code));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String reference = submitted.json().get("reference").asText();

    submitForm("secretariat1", reference, CatalogNominationProcess.TASK_CHECK_COMPLETENESS,
        Map.of(CatalogNominationProcess.FIELD_COMPLETENESS, "COMPLETE"));
    submitForm("secretariat1", reference, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS,
        Map.of(CommitteeReviewProcess.FIELD_EXPERTS, "expert1, expert2"));
    for (String expert : List.of("expert1", "expert2")) {
      submitForm(expert, reference, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION, Map.of("recognition", 5,
          "rigour", 4, "demand", 5, "verifiability", 4, "recommendation", "SUPPORT", "comment", "Sound."));
    }
    submitForm("committee1", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION,
        ReviewDriver.decisionForm(CommitteeDecision.APPROVE));
    committee.fire(committee.reviewOf(instance(reference).getId()), CommitteeReviewProcess.EVENT_PUBLIC_NOTICE_ELAPSED);
    Instant after = Instant.now();

    List<JsonNode> lines = trail.about(reference);
    assertThat(whoDidWhat(lines)).containsExactly(
        "secretariat1 NOMINATION_SUBMITTED",
        "secretariat1 NOMINATION_FOUND_COMPLETE",
        "secretariat1 EXPERTS_ASSIGNED",
        "expert1 EXPERT_SCORED",
        "expert2 EXPERT_SCORED",
        "committee1 COMMITTEE_APPROVED",
        "qualcat NOMINATION_LISTED");
    assertThat(lines).allSatisfy(line -> {
      assertThat(at(line)).isBetween(before, after);
      assertThat(line.get("subject").asText()).isEqualTo(reference);
      assertThat(line.get("category").asText()).isEqualTo("DECISION");
    });
    assertThat(lines.get(0).get("details").asText()).contains(code);
    assertThat(lines.get(0).get("clientAddress").asText()).as("an API call comes from somewhere").isNotBlank();
    assertThat(lines.get(2).get("details").asText()).isEqualTo("expert1, expert2");
    assertThat(lines.get(3).get("details").asText()).isEqualTo("expert1: 5/4/5/4 (average 4.50), SUPPORT");
    assertThat(lines.get(5).get("details").asText()).isEqualTo("votes for 5, against 1, abstained 1");
    assertThat(lines.get(6).get("details").asText()).contains(code).contains("listed");
    assertThat(lines.get(6).get("clientAddress").isNull()).as("a timer has no caller").isTrue();
    assertThat(lines).extracting(l -> l.get("id").asLong()).isSorted();
  }

  @Test
  void anObjectionSendsTheMatterBackAndTheCommitteeRejectsIt() {
    String reference = nominateAndCheck(newCode("AUD-O"));
    ProcessInstance review = committee.reviewOf(instance(reference).getId());
    working("secretariat1", Roles.SECRETARIAT, committee.task(review, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS),
        Map.of(CommitteeReviewProcess.FIELD_EXPERTS, "expert3"));
    working("expert3", Roles.EXPERTS, committee.task(review, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION),
        scores(Recommendation.SUPPORT));
    working("committee1", Roles.COMMITTEE, committee.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION),
        ReviewDriver.decisionForm(CommitteeDecision.APPROVE));

    Response objection = as("applicant1").postJson("/api/catalog/notices/" + reference + "/objections",
        Map.of("grounds", "Holder Li Wei, passport E12345678, says the exam is unknown in Beijing."));
    assertThat(objection.status()).as(objection.toString()).isEqualTo(202);
    working("committee2", Roles.COMMITTEE, committee.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION),
        ReviewDriver.decisionForm(CommitteeDecision.SEND_BACK));
    working("secretariat1", Roles.SECRETARIAT, committee.task(review, CommitteeReviewProcess.TASK_PROVIDE_INFORMATION),
        Map.of(CommitteeReviewProcess.FIELD_INFORMATION, "Twelve holders work in Beijing."));
    working("committee1", Roles.COMMITTEE, committee.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION),
        ReviewDriver.decisionForm(CommitteeDecision.REJECT));

    List<JsonNode> lines = trail.about(reference);
    assertThat(whoDidWhat(lines)).containsExactly(
        "secretariat1 NOMINATION_SUBMITTED",
        "secretariat1 NOMINATION_FOUND_COMPLETE",
        "secretariat1 EXPERTS_ASSIGNED",
        "expert3 EXPERT_SCORED",
        "committee1 COMMITTEE_APPROVED",
        "applicant1 OBJECTION_RAISED",
        "committee2 COMMITTEE_SENT_BACK",
        "secretariat1 INFORMATION_ADDED",
        "committee1 COMMITTEE_REJECTED",
        "committee1 NOMINATION_REJECTED");
    assertThat(lines.toString()).as("an objection's own words stay in the committee's file")
        .doesNotContain("E12345678").doesNotContain("Li Wei");
  }

  @Test
  void aNominationWithoutTheSupplementsAskedForIsWithdrawnByTheDeadline() {
    String code = newCode("AUD-W");
    String reference = as("secretariat1").postJson("/api/nominations", Nominees.body(code)).json().get("reference")
        .asText();
    working("secretariat1", Roles.SECRETARIAT, task(reference, CatalogNominationProcess.TASK_CHECK_COMPLETENESS),
        Map.of(CatalogNominationProcess.FIELD_COMPLETENESS, "SUPPLEMENT_NEEDED",
            CatalogNominationProcess.FIELD_SUPPLEMENT_REQUEST, "Attach the syllabus."));
    management.executeJob(management.createJobQuery().processInstanceId(instance(reference).getId())
        .activityId(CatalogNominationProcess.EVENT_SUPPLEMENT_DEADLINE_PASSED).singleResult().getId());

    assertThat(whoDidWhat(trail.about(reference))).containsExactly(
        "secretariat1 NOMINATION_SUBMITTED",
        "secretariat1 NOMINATION_SUPPLEMENT_REQUESTED",
        "qualcat NOMINATION_WITHDRAWN");
  }

  @Test
  void adjustmentsAppliedAndRejectedNameTheirDeciders() {
    String code = listNew("AUD-A");
    String applied = requestAdjustment(code, List.of("INTERNATIONAL", "URGENT"));
    decideThroughTheCommittee(applied, CommitteeDecision.APPROVE);
    String rejected = requestAdjustment(code, List.of("INTERNATIONAL", "GO_GLOBAL"));
    decideThroughTheCommittee(rejected, CommitteeDecision.REJECT);

    List<JsonNode> appliedLines = trail.about(applied);
    assertThat(whoDidWhat(appliedLines)).containsExactly(
        "secretariat1 ADJUSTMENT_REQUESTED",
        "secretariat1 EXPERTS_ASSIGNED",
        "expert1 EXPERT_SCORED",
        "committee1 COMMITTEE_APPROVED",
        "qualcat ADJUSTMENT_APPLIED");
    assertThat(appliedLines.get(4).get("details").asText()).contains(code).contains("Lists");
    assertThat(whoDidWhat(trail.about(rejected))).containsExactly(
        "secretariat1 ADJUSTMENT_REQUESTED",
        "secretariat1 EXPERTS_ASSIGNED",
        "expert1 EXPERT_SCORED",
        "committee1 COMMITTEE_REJECTED",
        "committee1 ADJUSTMENT_REJECTED");
  }

  @Test
  void exitsRemovedAndOverturnedNameTheirDeciders() {
    String removedCode = listNew("AUD-R");
    String keptCode = listNew("AUD-K");
    String removed = flag(removedCode);
    decideThroughTheCommittee(removed, CommitteeDecision.APPROVE);
    String kept = flag(keptCode);
    decideThroughTheCommittee(kept, CommitteeDecision.REJECT);
    String edition = "AUDX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", edition, "name", "Audit Edition " + edition));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);

    assertThat(whoDidWhat(trail.about(removed))).containsExactly(
        "monitor1 EXIT_FLAGGED",
        "secretariat1 EXPERTS_ASSIGNED",
        "expert1 EXPERT_SCORED",
        "committee1 COMMITTEE_APPROVED",
        "qualcat EXIT_REMOVAL_DECIDED",
        "secretariat1 EXIT_REMOVED");
    assertThat(trail.about(removed).get(5).get("details").asText()).contains(removedCode).contains(edition);
    assertThat(whoDidWhat(trail.about(kept))).containsExactly(
        "monitor1 EXIT_FLAGGED",
        "secretariat1 EXPERTS_ASSIGNED",
        "expert1 EXPERT_SCORED",
        "committee1 COMMITTEE_REJECTED",
        "committee1 EXIT_FINDING_OVERTURNED");
    assertThat(trail.about(kept).get(4).get("details").asText()).contains(keptCode)
        .contains("the committee's reason: ");
  }

  @Test
  void aMonitorsConfirmationAndRecheckAreRecordedUnderTheQualification() {
    String code = listNew("AUD-M");
    Response input = as("monitor1").postJson("/api/monitoring/inputs", Map.of("qualificationCode", code,
        "technicalCompliance", "COMPLIANT", "holderOutcomes", "NONE", "certificatesInBeijing", 0,
        "issuerResponsive", true));
    assertThat(input.status()).as(input.toString()).isEqualTo(201);
    ProcessInstance review = runtime.startProcessInstanceByKey(QualificationReviewProcess.PROCESS_ID, "TEST/" + code,
        Map.of(QualificationReviewProcess.VAR_QUALIFICATION_CODE, code));
    working("monitor1", Roles.MONITORS, reviewTask(review, QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT),
        Map.of(QualificationReviewProcess.VAR_CONFIRMED_ASSESSMENT, "NON_COMPLIANT",
            QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL, "registry@subject.example.org"));
    long recordId = monitoringRecords.findByQualificationCodeOrderByIdDesc(code).get(0).getId();
    Response reported = as("monitor1").postJson("/api/monitoring/reviews/" + recordId + "/rectification",
        Map.of("report", "Holders now registered."));
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    working("monitor1", Roles.MONITORS, reviewTask(review, QualificationReviewProcess.TASK_RECHECK_COMPLIANCE),
        Map.of(QualificationReviewProcess.FIELD_RECHECK, "YES", QualificationReviewProcess.FIELD_RECHECK_NOTE,
            "Checked the register."));

    List<JsonNode> lines = trail.search("subject=" + code + "&category=DECISION");
    assertThat(whoDidWhat(lines)).containsExactly(
        "monitor1 MONITORING_INPUT_RECORDED",
        "monitor1 MONITORING_CONFIRMED",
        "monitor1 MONITORING_RECTIFICATION_REPORTED",
        "monitor1 MONITORING_RECHECKED");
    assertThat(lines.get(0).get("details").asText()).contains("certificates in Beijing 0")
        .contains("technical compliance COMPLIANT").contains("issuer responsive true");
    assertThat(lines.get(1).get("details").asText()).contains("review " + recordId)
        .contains("assessed NON_COMPLIANT, confirmed NON_COMPLIANT");
    assertThat(lines.get(3).get("details").asText()).endsWith(": rectified");
  }

  @Test
  void catalogImportsAndPublishedEditionsNameWhoDidThem() {
    String code = newCode("AUD-C");
    Response imported = as("secretariat1").post("/api/catalog/imports", "text/csv", csv(code));
    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    String edition = "AUD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String today = BureauTime.today(Clock.systemUTC()).toString();
    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", edition, "name", "Audit Edition " + edition, "publishedOn", today));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);

    List<JsonNode> imports = trail.search("action=CATALOG_IMPORTED&user=secretariat1");
    JsonNode importLine = imports.get(imports.size() - 1);
    assertThat(importLine.get("subject").asText()).startsWith("import ").endsWith("catalog.csv");
    assertThat(importLine.get("details").asText()).isEqualTo("1 rows: 1 added, 0 updated, 0 unchanged");
    List<JsonNode> publication = trail.about(edition);
    assertThat(whoDidWhat(publication)).containsExactly("secretariat1 EDITION_PUBLISHED");
    assertThat(publication.get(0).get("details").asText()).contains("Audit Edition " + edition)
        .contains("in force from " + today);
  }

  @Test
  void aDecisionAndItsLineShareOneTransaction() {
    listNew("AUD-T"); // the draft has something to publish
    String edition = "AUDT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    List<Map<String, Object>> seenInside = transaction.execute(status -> {
      catalog.publishDraft(new Catalog.Publication(edition, "Never published", BureauTime.today(Clock.systemUTC()),
          null, null), "secretariat1");
      List<Map<String, Object>> lines = jdbc.queryForList("select actor, action from audit_entry where subject = ?",
          edition);
      status.setRollbackOnly();
      return lines;
    });

    assertThat(seenInside).as("written with the decision").singleElement()
        .satisfies(line -> assertThat(line.get("ACTION")).isEqualTo("EDITION_PUBLISHED"));
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ?", Long.class, edition))
        .as("rolled back with the decision").isZero();
    assertThat(jdbc.queryForObject("select count(*) from catalog_edition where code = ?", Long.class, edition))
        .isZero();
    assertThatThrownBy(() -> audit.decision(CatalogAuditActions.EDITION_PUBLISHED, edition, "outside a transaction"))
        .isInstanceOf(IllegalTransactionStateException.class);
    assertThatThrownBy(() -> audit.access(CatalogAuditActions.EDITION_PUBLISHED, edition, null))
        .as("decisions are written only with their transaction").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDecisionRefusedLeavesNoLine() {
    String reference = nominateAndCheck(newCode("AUD-F"));
    ProcessInstance review = committee.reviewOf(instance(reference).getId());
    Task assign = committee.task(review, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS);

    assertThatThrownBy(() -> working("secretariat1", Roles.SECRETARIAT, assign,
        Map.of(CommitteeReviewProcess.FIELD_EXPERTS, "committee1")))
        .hasMessageContaining("not an expert reviewer");

    assertThat(whoDidWhat(trail.about(reference))).containsExactly(
        "secretariat1 NOMINATION_SUBMITTED", "secretariat1 NOMINATION_FOUND_COMPLETE");
  }

  @Test
  void aMonitoringCycleStartedInProcessNamesTheSignedInMonitor() {
    List<Map<String, Object>> lines = transaction.execute(status -> {
      SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
          "monitor1", null, List.of(new SimpleGrantedAuthority(Roles.authority(Roles.MONITORS)))));
      try {
        String reference = cycles.start("monitor1").getReference();
        return jdbc.queryForList("select actor, action, details from audit_entry where subject = ?", reference);
      } finally {
        SecurityContextHolder.clearContext();
        // the cycle would run over the whole catalog: this test only wants its line
        status.setRollbackOnly();
      }
    });

    assertThat(lines).singleElement().satisfies(line -> {
      assertThat(line.get("ACTOR")).isEqualTo("monitor1");
      assertThat(line.get("ACTION")).isEqualTo("MONITORING_CYCLE_STARTED");
      assertThat(line.get("DETAILS")).isEqualTo("on request");
    });
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private static String newCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private String listNew(String prefix) {
    String code = newCode(prefix);
    catalogImport.importFile(new StringReader(csv(code)), "audit-test.csv", "secretariat1");
    return code;
  }

  private static String csv(String code) {
    return "code,name_en,name_zh,issuing_body,country_region,sector,lists\n"
        + code + ",Certified Audit Subject " + code + ",审计对象,Audit Institute,Canada,Engineering,INTERNATIONAL\n";
  }

  private String nominateAndCheck(String code) {
    Response submitted = as("secretariat1").postJson("/api/nominations", Nominees.body(code));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String reference = submitted.json().get("reference").asText();
    working("secretariat1", Roles.SECRETARIAT, task(reference, CatalogNominationProcess.TASK_CHECK_COMPLETENESS),
        Map.of(CatalogNominationProcess.FIELD_COMPLETENESS, "COMPLETE"));
    return reference;
  }

  private String requestAdjustment(String code, List<String> lists) {
    Response requested = as("secretariat1").postJson("/api/adjustments", Map.of("qualificationCode", code,
        "lists", lists, "titleLevel", "NONE",
        "justification", "Demand in Beijing's financial district."));
    assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
    return requested.json().get("reference").asText();
  }

  private String flag(String code) {
    Response flagged = as("monitor1").postJson("/api/exits", Map.of("qualificationCode", code,
        "grounds", "The issuer stopped examining candidates."));
    assertThat(flagged.status()).as(flagged.toString()).isEqualTo(201);
    return flagged.json().get("reference").asText();
  }

  /** One expert, then the committee; an approval's notice then elapses (a timer, the platform's). */
  private void decideThroughTheCommittee(String reference, CommitteeDecision decision) {
    ProcessInstance review = committee.reviewOf(instance(reference).getId());
    working("secretariat1", Roles.SECRETARIAT, committee.task(review, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS),
        Map.of(CommitteeReviewProcess.FIELD_EXPERTS, "expert1"));
    working("expert1", Roles.EXPERTS, committee.task(review, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION),
        scores(decision == CommitteeDecision.APPROVE ? Recommendation.SUPPORT : Recommendation.OPPOSE));
    working("committee1", Roles.COMMITTEE, committee.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION),
        ReviewDriver.decisionForm(decision));
    if (decision == CommitteeDecision.APPROVE) {
      committee.fire(review, CommitteeReviewProcess.EVENT_PUBLIC_NOTICE_ELAPSED);
    }
  }

  private static Map<String, Object> scores(Recommendation recommendation) {
    return Map.of(CommitteeReviewProcess.FIELD_RECOGNITION, 3, CommitteeReviewProcess.FIELD_RIGOUR, 3,
        CommitteeReviewProcess.FIELD_DEMAND, 3, CommitteeReviewProcess.FIELD_VERIFIABILITY, 3,
        CommitteeReviewProcess.FIELD_RECOMMENDATION, recommendation.name());
  }

  /**
   * Completes a task as {@code user} the way the Tasklist does: with the engine's authentication set for the
   * command (engine authorizations apply), and no Spring Security user in this thread.
   */
  private void working(String user, String group, Task task, Map<String, Object> form) {
    identity.setAuthentication(user, List.of(group));
    try {
      tasks.complete(task.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Completes a task through the engine REST API as {@code user}, as the Tasklist does (submit-form). */
  private void submitForm(String user, String reference, String taskKey, Map<String, Object> values) {
    Response found = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
        + taskKey);
    List<String> ids = found.json().findValuesAsText("id");
    assertThat(ids).as(user + " has a " + taskKey + " task for " + reference).hasSize(1);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Response response = as(user).postJson("/engine-rest/task/" + ids.get(0) + "/submit-form",
        Map.of("variables", variables));
    assertThat(response.status()).as(user + " completes " + taskKey + ": " + response).isEqualTo(204);
  }

  private ProcessInstance instance(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .filter(p -> !p.getProcessDefinitionId().startsWith(CommitteeReviewProcess.PROCESS_ID + ":")).findFirst()
        .orElseThrow(() -> new AssertionError("no process for " + reference));
  }

  private Task task(String reference, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult();
  }

  private Task reviewTask(ProcessInstance review, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(taskKey).singleResult();
  }

}
