package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualcat.verification.VerificationFixtures.APPLICANT;
import static org.qualcat.verification.VerificationFixtures.VERIFIER;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;
import static org.qualcat.verification.VerificationFixtures.newCase;
import static org.qualcat.verification.VerificationProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.notification.OutboundMail;
import org.qualcat.notification.OutboundMailRepository;
import org.qualcat.process.InstanceMigration;
import org.qualcat.process.OpenTaskNames;
import org.qualcat.process.ProcessProgress;
import org.qualcat.security.Roles;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13, item 9: real cases of {@code certificate-verification}, waiting for a verifier's acceptance, in the check
 * with its ETA timers and for an applicant's supplement with its deadline, moved to the model's next version with
 * {@link InstanceMigration}, and then run to their end in it.
 *
 * <p>Two changes. The real one: the model as released on 1 December 2026 ({@value #RELEASED}, its steps named in
 * English only) to the model of {@code bpmn/} (the same steps, named in Chinese and English, docs/adr/0027); both are
 * deployed again under the real key for the test, the released one first, and deleted afterwards, so the model
 * deployed at start-up is the latest version again. And a change of an id, which a plan must map explicitly: the
 * real model with its acceptance task renamed ({@code Task_AcceptCase} to
 * {@value #RENAMED_ACCEPT_TASK}, a new id the plan must map explicitly). It is deployed under a process key of its
 * own ({@value #NEXT_KEY}), so that the rest of the suite, which starts {@code certificate-verification} by key, never
 * sees it as the latest version; the cases start in the deployed real model and are migrated across keys (the
 * engine migrates between any two definitions). The deployment is deleted, with whatever runs in it, afterwards.
 */
class ModelMigrationIT extends IntegrationTest {

  static final String RELEASED = "classpath:migration/" + PROCESS_ID + "-2026-12-01.bpmn";
  static final String NEXT_KEY = PROCESS_ID + "-next";
  static final String RENAMED_ACCEPT_TASK = "Task_AcceptCaseAndSetEta";

  @Autowired
  InstanceMigration migration;
  @Autowired
  ApplicationMaterials applicationMaterials;
  @Autowired
  VerificationCases cases;
  @Autowired
  VerificationFlow flow;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  OutboundMailRepository mails;
  @Autowired
  RuntimeService runtime;
  @Autowired
  FormService formService;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ResourcePatternResolver resources;
  @Autowired
  OpenTaskNames taskNames;
  @Autowired
  ProcessProgress progress;
  @Autowired
  HistoryService history;

  private VerificationFixtures fixtures;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  /**
   * The released model's cases move to the version whose steps are named in both languages: their open tasks are the
   * same tasks, now named as the new version names them (the engine would have kept the English), their timers keep
   * their dates, and they run to their end in the new version.
   */
  @Test
  void casesOfTheReleasedModelMoveToTheBilingualVersionWithTheirTasksRenamed() throws IOException {
    ProcessDefinition released = deploy(RELEASED, PROCESS_ID);
    String code = fixtures.listed(VerificationChannel.EMAIL);
    ProcessInstance accepting = start(code);
    assertThat(definitionOf(accepting).getId()).as("started in the released model").isEqualTo(released.getId());
    Task acceptTask = task(accepting, TASK_ACCEPT_CASE);
    assertThat(acceptTask.getName()).isEqualTo("Accept the case and set the ETA");
    taskService.claim(acceptTask.getId(), VERIFIER);
    ProcessInstance checking = start(code);
    accept(checking);
    Date escalationDue = timer(checking, EVENT_ETA_PASSED).getDuedate();
    ProcessInstance supplementing = start(code);
    // the released version's start stored what its forms show as copies (docs/adr/0032)
    runtime.setVariables(supplementing.getId(), Map.of(VIEW_CERTIFICATE_NUMBER,
        byReference(supplementing).getCertificateNumber(), VIEW_CERTIFICATE_ISSUED_ON, "2019-09-01",
        VIEW_APPLICATION_MATERIALS, "- copy as released"));
    taskService.complete(task(supplementing, TASK_ACCEPT_CASE).getId(), Map.of(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT,
        VAR_SUPPLEMENT_REQUEST, "Please send the certificate as printed."));
    Date supplementDue = timer(supplementing, EVENT_SUPPLEMENT_DEADLINE).getDuedate();

    ProcessDefinition current = deploy("classpath:bpmn/" + PROCESS_ID + ".bpmn", PROCESS_ID);
    assertThat(current.getVersion()).isGreaterThan(released.getVersion());
    // the same ids in both versions: the plan maps every activity by itself
    MigrationPlan plan = migration.plan(released.getId(), current.getId(), Map.of());
    migration.migrate(plan, List.of(accepting.getId(), checking.getId(), supplementing.getId()));

    Task migrated = task(accepting, TASK_ACCEPT_CASE);
    assertThat(migrated.getId()).isEqualTo(acceptTask.getId());
    assertThat(migrated.getAssignee()).isEqualTo(VERIFIER);
    assertThat(migrated.getProcessDefinitionId()).isEqualTo(current.getId());
    assertThat(migrated.getName()).isEqualTo("受理案件并确定预计办结日期 / Accept the case and set the ETA");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(migrated.getId()).singleResult().getName())
        .as("the task's history").isEqualTo(migrated.getName());
    assertThat(task(checking, TASK_CHECK_WITH_ISSUER).getName())
        .isEqualTo("向发证机构核实证书 / Check the certificate with the issuer");
    assertThat(progress.currentSteps(supplementing.getBusinessKey()))
        .as("the step the case waits at, as the staff's pages list it").containsExactly("等待申请人补正材料 / Wait for the applicant's supplement");
    assertThat(timer(checking, EVENT_ETA_PASSED).getDuedate()).isEqualTo(escalationDue);
    assertThat(timer(supplementing, EVENT_SUPPLEMENT_DEADLINE).getDuedate()).isEqualTo(supplementDue);

    taskService.complete(migrated.getId(), Map.of(VAR_ACCEPTANCE, ACCEPT, VAR_EMPLOYMENT_FINDING,
        EMPLOYMENT_CONFIRMED, VAR_ETA, etaIn(10).toString()));
    assertThat(task(accepting, TASK_CHECK_WITH_ISSUER).getName()).as("a task the new version creates")
        .isEqualTo("向发证机构核实证书 / Check the certificate with the issuer");
    taskService.complete(task(accepting, TASK_CHECK_WITH_ISSUER).getId(), Map.of(VAR_CHECK_RESULT, GENUINE));
    BpmnAwareTests.assertThat(accepting).hasPassed(TASK_ISSUE_CODE, END_VERIFIED).isEnded();
    assertThat(byReference(accepting).getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    management.executeJob(timer(checking, EVENT_ETA_PASSED).getId());
    BpmnAwareTests.assertThat(checking).hasPassed(TASK_ESCALATE);
    cases.provideSupplement(supplementing.getBusinessKey(), APPLICANT,
        new VerificationCases.Supplement("Sent as printed.", "CORRECTED 1", null, null));
    Task again = task(supplementing, TASK_ACCEPT_CASE);
    assertThat(again.getName()).startsWith("受理案件");
    assertThat(formService.getTaskFormVariables(again.getId()).getValue(VIEW_CERTIFICATE_NUMBER, String.class))
        .as("a case started with copies shows the corrected certificate: its copy is brought up to date")
        .isEqualTo("CORRECTED 1");
    assertThat(formService.getTaskFormVariables(again.getId()).getValue(VIEW_APPLICATION_MATERIALS, String.class))
        .contains("/verification/cases/" + supplementing.getBusinessKey() + "/materials/");
  }

  /**
   * A batch migration (Cockpit, the engine REST API, {@link InstanceMigration#migrateInBatch}) moves the tasks with
   * their old names; the renaming a node does at start-up, after it deploys the models, gives them the new ones and
   * leaves tasks still in the released version as they are.
   */
  @Test
  void tasksMovedByABatchGetTheirNewNamesWhenANodeStarts() throws IOException {
    ProcessDefinition released = deploy(RELEASED, PROCESS_ID);
    String code = fixtures.listed(VerificationChannel.EMAIL);
    ProcessInstance moved = start(code);
    ProcessInstance staying = start(code);
    ProcessDefinition current = deploy("classpath:bpmn/" + PROCESS_ID + ".bpmn", PROCESS_ID);

    Batch batch = migration.migrateInBatch(migration.plan(released.getId(), current.getId(), Map.of()),
        List.of(moved.getId()));
    runBatch(batch);
    assertThat(definitionOf(moved).getId()).isEqualTo(current.getId());
    assertThat(task(moved, TASK_ACCEPT_CASE).getName()).as("as the engine leaves it")
        .isEqualTo("Accept the case and set the ETA");

    assertThat(taskNames.nameLatestAsModelled()).isEqualTo(1);
    assertThat(task(moved, TASK_ACCEPT_CASE).getName()).startsWith("受理案件").endsWith("Accept the case and set the ETA");
    assertThat(task(staying, TASK_ACCEPT_CASE).getName()).as("still in the released version")
        .isEqualTo("Accept the case and set the ETA");
    assertThat(taskNames.nameLatestAsModelled()).as("nothing left to rename").isZero();
  }

  @Test
  void casesWaitingInUserTasksAndTimersMoveToTheNextVersionAndFinishThere() throws IOException {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    // waiting for acceptance, the task claimed by a verifier, a variable set on it
    ProcessInstance accepting = start(code);
    Task acceptTask = task(accepting, TASK_ACCEPT_CASE);
    taskService.claim(acceptTask.getId(), VERIFIER);
    taskService.setVariableLocal(acceptTask.getId(), "draftNote", "called the employer");
    // in the check, its ETA timers set from the case
    ProcessInstance checking = start(code);
    accept(checking);
    Date reminderDue = timer(checking, EVENT_ETA_REMINDER).getDuedate();
    Date escalationDue = timer(checking, EVENT_ETA_PASSED).getDuedate();
    // waiting for the applicant's supplement, its deadline running
    ProcessInstance supplementing = start(code);
    taskService.complete(task(supplementing, TASK_ACCEPT_CASE).getId(), Map.of(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT,
        VAR_SUPPLEMENT_REQUEST, "Please send the certificate as printed."));
    Date supplementDue = timer(supplementing, EVENT_SUPPLEMENT_DEADLINE).getDuedate();

    ProcessDefinition current = definitionOf(accepting);
    ProcessDefinition next = deployNextVersion();
    MigrationPlan plan = migration.plan(current.getId(), next.getId(), Map.of(TASK_ACCEPT_CASE, RENAMED_ACCEPT_TASK));
    migration.migrate(plan, List.of(accepting.getId(), checking.getId(), supplementing.getId()));

    for (ProcessInstance pi : List.of(accepting, checking, supplementing)) {
      assertThat(definitionOf(pi).getId()).as("migrated").isEqualTo(next.getId());
      assertThat(runtime.getVariable(pi.getId(), VAR_REFERENCE)).isEqualTo(pi.getBusinessKey());
    }

    // the user task is the same task, now an instance of the renamed one: assignee, candidates, variables kept
    Task migratedAccept = task(accepting, RENAMED_ACCEPT_TASK);
    assertThat(migratedAccept.getId()).isEqualTo(acceptTask.getId());
    assertThat(migratedAccept.getAssignee()).isEqualTo(VERIFIER);
    assertThat(migratedAccept.getProcessDefinitionId()).isEqualTo(next.getId());
    assertThat(taskService.getIdentityLinksForTask(migratedAccept.getId())).extracting(IdentityLink::getGroupId)
        .contains(Roles.VERIFIERS);
    assertThat(taskService.getVariableLocal(migratedAccept.getId(), "draftNote")).isEqualTo("called the employer");
    // timers keep the dates they had: the ETA the verifier promised, the deadline the applicant was told
    assertThat(timer(checking, EVENT_ETA_REMINDER).getDuedate()).isEqualTo(reminderDue);
    assertThat(timer(checking, EVENT_ETA_PASSED).getDuedate()).isEqualTo(escalationDue);
    assertThat(timer(supplementing, EVENT_SUPPLEMENT_DEADLINE).getDuedate()).isEqualTo(supplementDue);
    assertThat(management.createJobQuery().processDefinitionId(current.getId())
        .processInstanceId(checking.getId()).count()).as("no job left on the old version").isZero();

    // each runs to its end in the next version
    taskService.complete(migratedAccept.getId(), Map.of(VAR_ACCEPTANCE, ACCEPT, VAR_EMPLOYMENT_FINDING,
        EMPLOYMENT_CONFIRMED, VAR_ETA, etaIn(10).toString()));
    taskService.complete(task(accepting, TASK_CHECK_WITH_ISSUER).getId(), Map.of(VAR_CHECK_RESULT, GENUINE));
    BpmnAwareTests.assertThat(accepting).hasPassed(RENAMED_ACCEPT_TASK, TASK_ISSUE_CODE, END_VERIFIED).isEnded();
    assertThat(byReference(accepting).getStatus()).isEqualTo(VerificationStatus.VERIFIED);

    management.executeJob(timer(checking, EVENT_ETA_REMINDER).getId());
    assertThat(mails.findByReferenceOrderById(checking.getBusinessKey())).extracting(OutboundMail::getTemplate)
        .contains(MAIL_ETA_REMINDER);
    taskService.complete(task(checking, TASK_CHECK_WITH_ISSUER).getId(), Map.of(VAR_CHECK_RESULT, NOT_GENUINE,
        VAR_CHECK_NOTE, "The issuer has no such member."));
    BpmnAwareTests.assertThat(checking).hasPassed(TASK_REMIND_VERIFIER, END_NOT_VERIFIED).isEnded();
    assertThat(byReference(checking).getStatus()).isEqualTo(VerificationStatus.NOT_VERIFIED);

    cases.provideSupplement(supplementing.getBusinessKey(), APPLICANT,
        new VerificationCases.Supplement("Sent as printed.", null, null, null));
    BpmnAwareTests.assertThat(supplementing).isWaitingAt(RENAMED_ACCEPT_TASK);
    cases.withdraw(supplementing.getBusinessKey(), APPLICANT);
    BpmnAwareTests.assertThat(supplementing).hasPassed(END_WITHDRAWN).isEnded();
    assertThat(byReference(supplementing).getStatus()).isEqualTo(VerificationStatus.WITHDRAWN);
  }

  @Test
  void aPlanThatLeavesAnActivityWithoutAPlaceInTheNextVersionIsRefusedBeforeAnythingMoves() throws IOException {
    ProcessInstance accepting = start(fixtures.listed(VerificationChannel.EMAIL));
    ProcessDefinition current = definitionOf(accepting);
    ProcessDefinition next = deployNextVersion();

    MigrationPlan plan = migration.plan(current.getId(), next.getId(), Map.of());
    assertThatThrownBy(() -> migration.migrate(plan, List.of(accepting.getId())))
        .hasMessageContaining(TASK_ACCEPT_CASE);
    assertThat(definitionOf(accepting).getId()).as("not moved").isEqualTo(current.getId());
    assertThatThrownBy(() -> migration.plan(current.getId(), next.getId(), Map.of(TASK_ACCEPT_CASE,
        EVENT_SUPPLEMENT_DEADLINE))).isInstanceOf(MigrationPlanValidationException.class);
  }

  /**
   * Why {@link InstanceMigration} leaves event triggers as they are: updating them computes a duration timer again
   * from the moment of migration, and the applicant's supplement deadline would move by as long as the case waited.
   */
  @Test
  void updatingEventTriggersWouldMoveTheApplicantsDeadline() throws IOException {
    ProcessInstance supplementing = start(fixtures.listed(VerificationChannel.EMAIL));
    taskService.complete(task(supplementing, TASK_ACCEPT_CASE).getId(), Map.of(VAR_ACCEPTANCE, REQUEST_SUPPLEMENT,
        VAR_SUPPLEMENT_REQUEST, "Please send the certificate as printed."));
    Date supplementDue = timer(supplementing, EVENT_SUPPLEMENT_DEADLINE).getDuedate();
    ProcessDefinition current = definitionOf(supplementing);
    ProcessDefinition next = deployNextVersion();
    MigrationPlan updating = runtime.createMigrationPlan(current.getId(), next.getId()).mapEqualActivities()
        .updateEventTriggers().mapActivities(TASK_ACCEPT_CASE, RENAMED_ACCEPT_TASK).build();

    Duration waited = Duration.ofDays(5);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(waited)));
    try {
      migration.migrate(updating, List.of(supplementing.getId()));
    } finally {
      ClockUtil.reset();
    }

    assertThat(Duration.between(supplementDue.toInstant(),
        timer(supplementing, EVENT_SUPPLEMENT_DEADLINE).getDuedate().toInstant()))
        .isBetween(waited.minusMinutes(1), waited.plusMinutes(1));
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  /** Deploys a model with the forms its user tasks bind to their deployment; the version of {@code key} it made. */
  private ProcessDefinition deploy(String location, String key) throws IOException {
    return deployWithForms(key, read(resources.getResource(location)));
  }

  private ProcessDefinition deployWithForms(String key, String model) throws IOException {
    DeploymentBuilder deployment = repositoryService.createDeployment().name("qualcat-migration-test")
        .addString("bpmn/" + key + ".bpmn", model);
    for (Resource form : resources.getResources("classpath*:forms/*.form")) {
      deployment.addString("forms/" + form.getFilename(), read(form));
    }
    String id = deployment.deploy().getId();
    deployments.add(id);
    return repositoryService.createProcessDefinitionQuery().deploymentId(id).processDefinitionKey(key)
        .singleResult();
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs a batch's jobs here and now: its seed job, the migration jobs it creates, its monitor job. */
  private void runBatch(Batch batch) {
    List<String> definitions = List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId());
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = management.createJobQuery().list().stream()
          .filter(job -> job.getJobDefinitionId() != null && definitions.contains(job.getJobDefinitionId()))
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("the batch did not finish");
  }

  /**
   * The next version: the real model with its acceptance task renamed, under its own key, deployed with the forms
   * its user tasks bind to their deployment.
   */
  private ProcessDefinition deployNextVersion() throws IOException {
    String model = read(resources.getResource("classpath:bpmn/" + PROCESS_ID + ".bpmn"));
    String next = model.replace('"' + PROCESS_ID + '"', '"' + NEXT_KEY + '"')
        .replace('"' + TASK_ACCEPT_CASE + '"', '"' + RENAMED_ACCEPT_TASK + '"');
    assertThat(next).contains("id=\"" + NEXT_KEY + "\"", "id=\"" + RENAMED_ACCEPT_TASK + "\"");
    return deployWithForms(NEXT_KEY, next);
  }

  /** Records a case and starts its process (the real model, by key), as a submission does. */
  private ProcessInstance start(String qualificationCode) {
    NewCase withMaterials = VerificationFixtures.withMaterials(applicationMaterials,
        newCase(qualificationCode, certificate(), document()), APPLICANT);
    return transaction.execute(status -> {
      VerificationCase recorded = cases.record(cases.validate(withMaterials, APPLICANT), APPLICANT);
      return flow.start(recorded, "Test qualification");
    });
  }

  private void accept(ProcessInstance pi) {
    taskService.complete(task(pi, TASK_ACCEPT_CASE).getId(), Map.of(VAR_ACCEPTANCE, ACCEPT, VAR_EMPLOYMENT_FINDING,
        EMPLOYMENT_CONFIRMED, VAR_ETA, etaIn(10).toString()));
  }

  private Task task(ProcessInstance pi, String activityId) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
  }

  private ProcessDefinition definitionOf(ProcessInstance pi) {
    String id = runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getProcessDefinitionId();
    return repositoryService.getProcessDefinition(id);
  }

  private VerificationCase byReference(ProcessInstance pi) {
    return repository.findByReference(pi.getBusinessKey()).orElseThrow();
  }
}
