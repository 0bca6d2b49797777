package org.qualcat.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.monitoring.QualificationMonitoringProcess.CALL_REVIEW_QUALIFICATION;
import static org.qualcat.monitoring.QualificationMonitoringProcess.END_BATCH_REVIEWED;
import static org.qualcat.monitoring.QualificationMonitoringProcess.END_CYCLE_REPORTED;
import static org.qualcat.monitoring.QualificationMonitoringProcess.PROCESS_ID;
import static org.qualcat.monitoring.QualificationMonitoringProcess.START_BATCH;
import static org.qualcat.monitoring.QualificationMonitoringProcess.START_CYCLE_DUE;
import static org.qualcat.monitoring.QualificationMonitoringProcess.START_CYCLE_REQUESTED;
import static org.qualcat.monitoring.QualificationMonitoringProcess.SUBPROCESS_REVIEW_BATCH;
import static org.qualcat.monitoring.QualificationMonitoringProcess.TASK_OPEN_CYCLE;
import static org.qualcat.monitoring.QualificationMonitoringProcess.TASK_REPORT_CYCLE;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.QualificationStatus;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code qualification-monitoring} over the whole catalog as it stands: the sample catalog (monitors' demo inputs
 * put one on watch) and whatever other tests listed (a monitor enters their indicators), plus a qualification of
 * this test's own that fails, misses its rectification deadline and is removed by the committee.
 */
class QualificationMonitoringProcessIT extends IntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  MonitoringInputRepository inputs;
  @Autowired
  MonitoringCycleRepository cycles;
  @Autowired
  CatalogEntries qualifications;

  @Test
  void theScheduleStartsACycleEveryYearOnTheFifthOfJanuary() {
    Job schedule = management.createJobQuery().processDefinitionKey(PROCESS_ID).activityId(START_CYCLE_DUE)
        .singleResult();
    assertThat(schedule.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-05T01:00:00Z"));

    management.executeJob(schedule.getId());

    ProcessInstance cycle = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).active()
        .orderByProcessInstanceId().desc().list().stream().filter(p -> p.getBusinessKey() != null).findFirst()
        .orElseThrow();
    Instant next = management.createJobQuery().processDefinitionKey(PROCESS_ID).activityId(START_CYCLE_DUE)
        .singleResult().getDuedate().toInstant();
    assertThat(next).as("the next cycle is scheduled, on a fifth of January").isAfter(Instant.now());
    assertThat(next.toString()).endsWith("-01-05T01:00:00Z");
    runCycle(cycle, null);
    MonitoringCycle finished = cycles.findByReference(cycle.getBusinessKey()).orElseThrow();
    assertThat(finished.getStartedBy()).isEqualTo(MonitoringCycles.SCHEDULE);
    assertThat(finished.getStatus()).isEqualTo("FINISHED");
    assertThat(passed(cycle, START_CYCLE_DUE)).isTrue();
  }

  @Test
  void aCycleOverTheWholeCatalogRemovesTheQualificationThatFailsEndToEnd() {
    String failing = MonitoringFixtures.listNew(catalogImport, "MONX");
    inputs.save(MonitoringFixtures.absent(failing));
    long listed = qualifications.listed().size();

    Response started = as("monitor1").postJson("/api/monitoring/cycles", Map.of());
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    String reference = started.json().get("reference").asText();
    assertThat(as("monitor1").postJson("/api/monitoring/cycles", Map.of()).status()).as("one cycle at a time")
        .isEqualTo(409);
    assertThat(as("committee1").postJson("/api/monitoring/cycles", Map.of()).status()).isEqualTo(403);
    ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(PROCESS_ID).singleResult();

    runCycle(cycle, failing);

    assertThat(passed(cycle, START_CYCLE_REQUESTED)).isTrue();
    for (String step : List.of(TASK_OPEN_CYCLE, SUBPROCESS_REVIEW_BATCH, START_BATCH, CALL_REVIEW_QUALIFICATION,
        END_BATCH_REVIEWED, TASK_REPORT_CYCLE, END_CYCLE_REPORTED)) {
      assertThat(passed(cycle, step)).as(step).isTrue();
    }
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(cycle.getId())
        .activityId(SUBPROCESS_REVIEW_BATCH).count()).as("reviews in batches of 20 (application-test.yml)")
        .isGreaterThanOrEqualTo(3);
    JsonNode report = as("monitor1").get("/api/monitoring/cycles/" + reference).json();
    assertThat(report.get("status").asText()).isEqualTo("FINISHED");
    // every listed qualification, but those other tests left before the committee or in a review
    assertThat(report.get("qualifications").asLong()).isBetween(46L, listed);
    assertThat(report.get("removed").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.get("onWatch").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(report.get("compliant").asInt() + report.get("onWatch").asInt() + report.get("nonCompliant").asInt())
        .isEqualTo(report.get("qualifications").asInt());
    assertThat(report.get("reviews")).hasSize(report.get("qualifications").asInt());
    assertThat(report.get("reviews").findValuesAsText("qualificationCode")).contains(failing, "BJ-I-001", "BJ-V-001");
    assertThat(as("applicant1").get("/api/monitoring/cycles/" + reference).status()).isEqualTo(403);
    awaitMail("the cycle report", to("monitor1@qualcat.example", "Monitoring cycle " + reference + ": report"));

    assertThat(qualifications.find(failing).orElseThrow().status()).isEqualTo(QualificationStatus.REMOVED);
    String edition = "MON" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    assertThat(as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", edition, "name", "Edition " + edition)).status()).isEqualTo(201);
    JsonNode removal = null;
    for (JsonNode change : anonymous().get("/api/catalog/editions/" + edition).json().get("changes")) {
      if (change.get("qualificationCode").asText().equals(failing)) {
        removal = change;
      }
    }
    assertThat(removal).as("the edition's change log shows the removal").isNotNull();
    assertThat(removal.get("type").asText()).isEqualTo("REMOVED");
    assertThat(removal.get("decisionReference").asText()).startsWith("EXIT-");
    assertThat(anonymous().get("/api/catalog?edition=" + edition + "&q=" + failing).json().get("totalItems").asInt())
        .as("not in the new edition").isZero();

    JsonNode watched = as("monitor1").get("/api/catalog/" + DemoMonitoringInputs.ON_WATCH).json();
    assertThat(watched.get("staff").get("monitoring").get(0).get("result").asText()).isEqualTo("ON_WATCH");
    assertThat(watched.get("staff").get("monitoring").get(0).get("cycle").asText()).isEqualTo(reference);
    assertThat(watched.get("staff").get("monitoring").get(0).get("certificatesInBeijing").asInt())
        .as("the issuers' figure the monitors recorded (demo input)").isEqualTo(12);
    assertThat(watched.get("staff").get("monitoring").get(0).get("platformDemand").has("verificationCases"))
        .as("demand on the platform, beside it").isTrue();
    JsonNode line = null;
    for (JsonNode review : report.get("reviews")) {
      if (review.get("qualificationCode").asText().equals(DemoMonitoringInputs.ON_WATCH)) {
        line = review;
      }
    }
    assertThat(line).as("the cycle's line for " + DemoMonitoringInputs.ON_WATCH).isNotNull();
    assertThat(line.get("certificatesInBeijing").asInt()).isEqualTo(12);
    assertThat(line.get("platformDemand").has("verificationCases")).isTrue();
    assertThat(anonymous().get("/api/catalog/" + DemoMonitoringInputs.ON_WATCH).json().has("staff")).isFalse();
  }

  /**
   * Runs a cycle to its end as the job executor and the monitors would: executes its asynchronous steps, enters
   * missing indicators as compliant, confirms assessments as proposed, and for {@code failing} confirms
   * non-compliance, lets the rectification deadline pass and has the committee remove it.
   */
  private void runCycle(ProcessInstance cycle, String failing) {
    CycleRunner runner = new CycleRunner(processEngine);
    if (!runner.run(cycle, task -> work(runner, task, failing))) {
      throw new AssertionError("the cycle waits for nothing a test can do");
    }
  }

  private void work(CycleRunner runner, Task task, String failing) {
    String code = (String) runtime.getVariable(task.getExecutionId(), "qualificationCode");
    Map<String, Object> form = runner.monitorsAnswer(task, failing);
    switch (task.getTaskDefinitionKey()) {
      case QualificationReviewProcess.TASK_ENTER_INDICATORS, QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT -> {
      }
      case CommitteeReviewProcess.TASK_ASSIGN_EXPERTS -> form.put("experts", "expert3");
      case CommitteeReviewProcess.TASK_SCORE_QUALIFICATION -> form.putAll(Map.of("recognition", 1, "rigour", 1,
          "demand", 1, "verifiability", 1, "recommendation", "SUPPORT"));
      case CommitteeReviewProcess.TASK_COMMITTEE_DECISION -> form.putAll(Map.of("decision", "APPROVE",
          "votesFor", 7, "votesAgainst", 0, "votesAbstained", 0, "resolution", "Removed: no presence in Beijing."));
      default -> throw new AssertionError("unexpected task " + task.getTaskDefinitionKey());
    }
    tasks.complete(task.getId(), form);
    String instance = task.getProcessInstanceId();
    if (task.getTaskDefinitionKey().equals(QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT)
        && code.equals(failing)) {
      fire(instance, QualificationReviewProcess.EVENT_RECTIFICATION_DEADLINE_PASSED);
    }
    if (task.getTaskDefinitionKey().equals(CommitteeReviewProcess.TASK_COMMITTEE_DECISION)) {
      fire(instance, CommitteeReviewProcess.EVENT_PUBLIC_NOTICE_ELAPSED);
    }
  }

  private void fire(String processInstanceId, String timer) {
    management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).activityId(timer)
        .singleResult().getId());
  }

  private boolean passed(ProcessInstance instance, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
        .finished().count() > 0;
  }
}
