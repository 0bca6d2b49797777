package org.qualcat.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.notification.MailDispatcher;
import org.qualcat.notification.MailStatus;
import org.qualcat.notification.Notifications;
import org.qualcat.notification.OutboundMailRepository;
import org.qualcat.security.Roles;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestMailServer;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator's Prometheus reads on {@code /actuator/prometheus}, scraped as Prometheus does (its Accept header,
 * a system administrator's HTTP Basic), and what a load balancer reads on the health groups. The figures are
 * compared before and after each story, since the suite's other tests share the database.
 */
class MetricsIT extends IntegrationTest {

  /** What Prometheus 2.x and 3.x send: OpenMetrics first, the classic text format as a fallback. */
  private static final String PROMETHEUS_ACCEPT =
      "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
  private static final String METRICS = "/actuator/prometheus";
  private static final String CASES = "qualcat_verification_cases";
  private static final String OPEN_TASKS = "qualcat_tasks_open";
  private static final String OVERDUE_TASKS = "qualcat_tasks_overdue";
  private static final String BUREAU_OPEN_TASKS = "qualcat_bureau_tasks_open";
  private static final String BUREAU_OVERDUE_TASKS = "qualcat_bureau_tasks_overdue";
  private static final String EXECUTABLE_JOBS = "qualcat_engine_jobs_executable";
  private static final String JOBS_WITHOUT_RETRIES = "qualcat_engine_jobs_no_retries";
  private static final String INCIDENTS = "qualcat_engine_incidents";
  private static final String EXECUTED = "qualcat_job_executor_executed_total";
  private static final String FAILED = "qualcat_job_executor_failed_total";
  private static final String MAILS = "qualcat_mail_outbox";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  OperationsMeters meters;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  Notifications notifications;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  OutboundMailRepository mails;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void aSubmittedCaseCountsAsSubmittedAndInTheVerifiersBacklogAndIsOverdueOnceItsDueDatePassed() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    Scrape before = scrape();

    String document = document();
    Response created = as("applicant1").submitCase(requestBody(code, certificate(), document));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Scrape submitted = scrape();
    assertThat(submitted.text()).as("counts only, nothing about the holder").doesNotContain(document)
        .doesNotContain("Jane Doe");

    assertThat(submitted.value(CASES, "status", "SUBMITTED")).isEqualTo(before.valueOrZero(CASES, "status",
        "SUBMITTED") + 1);
    assertThat(submitted.value(OPEN_TASKS, "group", Roles.VERIFIERS))
        .isEqualTo(before.value(OPEN_TASKS, "group", Roles.VERIFIERS) + 1);
    assertThat(submitted.value(OVERDUE_TASKS, "group", Roles.VERIFIERS))
        .isEqualTo(before.value(OVERDUE_TASKS, "group", Roles.VERIFIERS));
    // a Beijing employer's case: Beijing's bureau's backlog, not the others' (every bureau's series from the start)
    assertThat(submitted.value(BUREAU_OPEN_TASKS, "bureau", "beijing"))
        .isEqualTo(before.value(BUREAU_OPEN_TASKS, "bureau", "beijing") + 1);
    for (String other : List.of("tianjin", "hebei")) {
      assertThat(submitted.value(BUREAU_OPEN_TASKS, "bureau", other)).as(other)
          .isEqualTo(before.value(BUREAU_OPEN_TASKS, "bureau", other));
      assertThat(submitted.value(BUREAU_OVERDUE_TASKS, "bureau", other)).as(other)
          .isEqualTo(before.value(BUREAU_OVERDUE_TASKS, "bureau", other));
    }

    Task accept = acceptTask(created.json().get("reference").asText());
    accept.setDueDate(new Date(System.currentTimeMillis() - 60_000));
    tasks.saveTask(accept);
    Scrape late = scrape();

    assertThat(late.value(OVERDUE_TASKS, "group", Roles.VERIFIERS))
        .isEqualTo(before.value(OVERDUE_TASKS, "group", Roles.VERIFIERS) + 1);
    assertThat(late.value(BUREAU_OVERDUE_TASKS, "bureau", "beijing"))
        .isEqualTo(before.value(BUREAU_OVERDUE_TASKS, "bureau", "beijing") + 1);
    assertThat(late.value(OPEN_TASKS, "group", Roles.VERIFIERS)).isEqualTo(submitted.value(OPEN_TASKS, "group",
        Roles.VERIFIERS));
  }

  @Test
  void jobsThatRunAndJobsThatFailUntilAnIncidentAreCounted() {
    String online = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    Scrape before = scrape();

    // the simulated register confirms this certificate: the job runs once, successfully
    management.executeJob(registerJob(acceptedCase(online, certificate())).getId());
    // and it is down for this one: the job fails on every try until no retries are left and an incident is raised
    Job job = registerJob(acceptedCase(online, "OFFLINE-" + certificate()));
    Scrape waiting = scrape();
    int tries = 0;
    while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0 && tries < 10) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).as("the register is down")
          .hasMessageContaining("offline");
      tries++;
    }
    Scrape failed = scrape();

    assertThat(waiting.value(EXECUTED)).isEqualTo(before.value(EXECUTED) + 1);
    assertThat(waiting.value(EXECUTABLE_JOBS)).as("the failing job, due").isEqualTo(before.value(EXECUTABLE_JOBS) + 1);
    assertThat(tries).isPositive();
    assertThat(failed.value(FAILED)).isEqualTo(before.value(FAILED) + tries);
    assertThat(failed.value(EXECUTED)).isEqualTo(waiting.value(EXECUTED));
    assertThat(failed.value(EXECUTABLE_JOBS)).isEqualTo(before.value(EXECUTABLE_JOBS));
    assertThat(failed.value(JOBS_WITHOUT_RETRIES)).isEqualTo(before.value(JOBS_WITHOUT_RETRIES) + 1);
    assertThat(failed.value(INCIDENTS, "type", Incident.FAILED_JOB_HANDLER_TYPE))
        .isEqualTo(before.value(INCIDENTS, "type", Incident.FAILED_JOB_HANDLER_TYPE) + 1);
  }

  @Test
  void aMailGivenUpCountsAsFailed() {
    Scrape before = scrape();
    String reference = "METRICS-" + UUID.randomUUID();
    TestMailServer.stop();
    try {
      long id = notifications.send("plumbing-probe-greeting", List.of("holder@example.org"),
          Map.of("reference", reference), reference);
      // each attempt fails at once (the server is down); the one sent after commit may be running meanwhile
      for (int i = 0; i < 1_000 && mails.findById(id).orElseThrow().getStatus() != MailStatus.FAILED; i++) {
        dispatcher.dispatch(id);
      }
      assertThat(mails.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);
    } finally {
      TestMailServer.ensureStarted();
    }

    assertThat(scrape().value(MAILS, "status", MailStatus.FAILED.name()))
        .isEqualTo(before.value(MAILS, "status", MailStatus.FAILED.name()) + 1);
  }

  @Test
  void onlyAMetricsReaderOrASystemAdministratorReadsTheMetrics() {
    assertThat(anonymous().withHeader("Accept", PROMETHEUS_ACCEPT).get(METRICS).status()).isEqualTo(401);
    assertThat(as("verifier1").withHeader("Accept", PROMETHEUS_ACCEPT).get(METRICS).status()).isEqualTo(403);

    for (String reader : List.of("prometheus", "admin")) {
      Response metrics = as(reader).withHeader("Accept", PROMETHEUS_ACCEPT).get(METRICS);

      assertThat(metrics.status()).as(reader).isEqualTo(200);
      assertThat(metrics.header("Content-Type")).startsWith("application/openmetrics-text");
      assertThat(metrics.body()).contains("# HELP " + OPEN_TASKS).contains(EXECUTED)
          .contains("application=\"qualcat\"");
    }
  }

  @Test
  void aMetricsReaderReadsNothingElse() {
    ApiClient prometheus = as("prometheus");
    assertThat(prometheus.get("/engine-rest/task").status()).as("the engine REST API").isEqualTo(403);
    assertThat(prometheus.get("/engine-rest/process-instance").status()).isEqualTo(403);
    assertThat(prometheus.get("/api/verification-cases").status()).as("Qualcat's API").isEqualTo(403);
    assertThat(prometheus.get("/api/audit").status()).isEqualTo(403);
    assertThat(prometheus.get("/actuator/health").json().has("components")).as("no health details").isFalse();
  }

  @Test
  void theHealthGroupsAreUpAndShowTheirDetailsToAdministratorsOnly() {
    for (String group : List.of("database", "engine", "jobexecutor")) {
      Response health = anonymous().get("/actuator/health/" + group);
      assertThat(health.status()).as(group).isEqualTo(200);
      assertThat(health.json().get("status").asText()).as(group).isEqualTo("UP");
      assertThat(health.json().has("components")).as("no details for anonymous callers").isFalse();
      assertThat(health.json().has("details")).as("no details for anonymous callers").isFalse();
    }
    Response health = anonymous().get("/actuator/health");
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();

    BrowserSession admin = new BrowserSession(port());
    admin.signIn("admin", "demo");
    HttpResponse<String> engine = admin.get("/actuator/health/engine");
    HttpResponse<String> jobExecutor = admin.get("/actuator/health/jobexecutor");

    assertThat(engine.body()).contains("\"processEngine\"").contains("\"schemaVersion\"");
    // the suite runs jobs itself: on a node whose job executor is disabled, the group is UP and says so
    assertThat(jobExecutor.body()).contains("\"jobExecutor\"").contains("\"enabled\":false");
  }

  private Task acceptTask(String reference) {
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();
    return tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult();
  }

  /** A case submitted through the API and accepted by a verifier; returns its process instance. */
  private String acceptedCase(String qualification, String certificateNumber) {
    Response created = as("applicant1").submitCase(requestBody(qualification, certificateNumber, document()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    Task accept = acceptTask(created.json().get("reference").asText());
    tasks.complete(accept.getId(), Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, etaIn(10).toString()));
    return accept.getProcessInstanceId();
  }

  private Job registerJob(String instance) {
    return management.createJobQuery().processInstanceId(instance)
        .activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult();
  }

  /**
   * What Prometheus would read now. The gauges are read from the database at most every few seconds; the cache is
   * refreshed first, so that the scrape shows what the test just did.
   */
  private Scrape scrape() {
    meters.refresh();
    Response metrics = as("admin").withHeader("Accept", PROMETHEUS_ACCEPT).get(METRICS);
    assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
    return new Scrape(metrics.body());
  }

  /** One answer of {@code /actuator/prometheus}, read line by line. */
  private record Scrape(String text) {

    double value(String name) {
      return find(name, null, null).orElseThrow(() -> new AssertionError(name + " not in\n" + text));
    }

    double value(String name, String tag, String tagValue) {
      return find(name, tag, tagValue)
          .orElseThrow(() -> new AssertionError(name + "{" + tag + "=" + tagValue + "} not in\n" + text));
    }

    /** Zero for a series not there yet: a status no case had reached before. */
    double valueOrZero(String name, String tag, String tagValue) {
      return find(name, tag, tagValue).orElse(0.0);
    }

    private java.util.Optional<Double> find(String name, String tag, String tagValue) {
      Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
      Matcher matcher = line.matcher(text);
      while (matcher.find()) {
        if (tag == null || matcher.group(1).contains(tag + "=\"" + tagValue + "\"")) {
          return java.util.Optional.of(Double.parseDouble(matcher.group(2)));
        }
      }
      return java.util.Optional.empty();
    }
  }
}
