package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.qualcat.process.PlumbingProbeProcess.END_ACKNOWLEDGED;
import static org.qualcat.process.PlumbingProbeProcess.END_REMINDER_SENT;
import static org.qualcat.process.PlumbingProbeProcess.EVENT_REMINDER_DUE;
import static org.qualcat.process.PlumbingProbeProcess.FORM_ACKNOWLEDGE;
import static org.qualcat.process.PlumbingProbeProcess.PROCESS_ID;
import static org.qualcat.process.PlumbingProbeProcess.TASK_ACKNOWLEDGE;
import static org.qualcat.process.PlumbingProbeProcess.TASK_SEND_GREETING;
import static org.qualcat.process.PlumbingProbeProcess.TASK_SEND_REMINDER;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.qualcat.notification.OutboundMailRepository;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plumbing every process relies on, proven with the test-only model {@code plumbing-probe}: models and forms
 * deployed under stable names, forms served to the right group, timer durations from properties, and mail sent
 * only when the engine's transaction commits.
 */
class ProcessPlumbingIT extends IntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  FormService forms;
  @Autowired
  ModelDeployer deployer;
  @Autowired
  OutboundMailRepository mails;
  @Autowired
  ProcessTimers timers;

  private final String reference = "PROBE-" + UUID.randomUUID();

  @Test
  void modelsAndFormsAreDeployedUnderLauncherIndependentNames() {
    Deployment latest = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0);

    assertThat(repository.getDeploymentResourceNames(latest.getId()))
        .contains("bpmn/plumbing-probe.bpmn", "forms/plumbing-probe-acknowledge.form");
    assertThat(latest.getSource()).isEqualTo(ModelDeployer.DEPLOYMENT_NAME);
  }

  @Test
  void deployingUnchangedModelsAgainCreatesNoNewVersion() throws IOException {
    long deployments = repository.createDeploymentQuery().count();
    int version = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID).latestVersion()
        .singleResult().getVersion();

    deployer.afterPropertiesSet();

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID).latestVersion()
        .singleResult().getVersion()).isEqualTo(version);
  }

  @Test
  void theGreetingIsMailedAndTheSecretariatAcknowledgesItOnItsForm() throws IOException {
    ProcessInstance probe = start(false);

    BpmnAwareTests.assertThat(probe).hasPassed(TASK_SEND_GREETING).isWaitingAt(TASK_ACKNOWLEDGE);
    BpmnAwareTests.assertThat(task(probe)).hasCandidateGroup("secretariat");
    awaitMail("greeting", to("probe@example.org", "Probe greeting for " + reference));

    try (InputStream form = forms.getDeployedTaskForm(task(probe).getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"" + FORM_ACKNOWLEDGE + "\"");
    }
    Response asSecretariat = as("secretariat1").get("/engine-rest/task/" + task(probe).getId() + "/deployed-form");
    assertThat(asSecretariat.status()).as(asSecretariat.toString()).isEqualTo(200);
    assertThat(asSecretariat.json().get("id").asText()).isEqualTo(FORM_ACKNOWLEDGE);
    assertThat(as("expert1").get("/engine-rest/task/" + task(probe).getId() + "/deployed-form").status())
        .as("an expert may not read a secretariat task").isIn(403, 404);

    complete(task(probe), Map.of("seen", true));

    BpmnAwareTests.assertThat(probe).hasPassedInOrder(TASK_SEND_GREETING, TASK_ACKNOWLEDGE, END_ACKNOWLEDGED)
        .isEnded();
  }

  @Test
  void theReminderTimerRunsOnTheConfiguredDurationWithoutCancellingTheTask() {
    Date started = new Date();
    ProcessInstance probe = start(false);

    Job reminder = management.createJobQuery().processInstanceId(probe.getId()).activityId(EVENT_REMINDER_DUE)
        .singleResult();
    assertThat(timers.duration("probe-reminder")).isEqualTo("PT1H");
    assertThat(reminder.getDuedate().toInstant())
        .isCloseTo(started.toInstant().plus(1, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));

    execute(job(EVENT_REMINDER_DUE, probe));

    BpmnAwareTests.assertThat(probe).hasPassed(TASK_SEND_REMINDER, END_REMINDER_SENT).isWaitingAt(TASK_ACKNOWLEDGE);
    awaitMail("reminder", to("probe@example.org", "Probe reminder for " + reference));
    complete(task(probe));
    BpmnAwareTests.assertThat(probe).hasPassed(END_ACKNOWLEDGED).isEnded();
  }

  @Test
  void aFailingStepRollsBackTheStartAndSendsNothing() {
    assertThatThrownBy(() -> start(true)).hasRootCauseMessage("probe failure after the mail was recorded");

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(mails.findByReferenceOrderById(reference)).as("no mail recorded").isEmpty();

    String control = reference + "-ok";
    runtime.startProcessInstanceByKey(PROCESS_ID, control, Map.of("recipient", "probe@example.org"));
    awaitMail("of the control run", to("probe@example.org", "Probe greeting for " + control));
    assertThat(TestMailServer.mailsTo("probe@example.org", "Probe greeting for " + reference))
        .allMatch(m -> subject(m).endsWith("-ok"));
  }

  private ProcessInstance start(boolean failAfterMail) {
    return runtime.startProcessInstanceByKey(PROCESS_ID, reference,
        Map.of("recipient", "probe@example.org", "failAfterMail", failAfterMail));
  }

  private static String subject(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
