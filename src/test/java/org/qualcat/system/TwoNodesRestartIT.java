package org.qualcat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualcat.monitoring.QualificationReviewProcess;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.TestMailServer;
import org.qualcat.support.TestProfiles;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;

/**
 * Two Qualcat nodes on one MariaDB database, as an operator runs them without Docker: two {@code java -jar} of the
 * built jar, one loading the demo data, both sending mail to one SMTP server (GreenMail in this JVM). Cases go in
 * through both nodes, a monitoring cycle's jobs and the register checks run on both, a short supplement deadline
 * fires; then node 2 is killed (SIGKILL) in the middle of a load of cases and of the cycle, node 1 carries on, node 2
 * comes back. Afterwards every acknowledged case is in the database at a wait state or its end, the cycle has its
 * report, every mail arrived exactly once, every timer fired once and no job is left locked (docs/adr/0021).
 *
 * <p>Runs only with {@code -Pmariadb}, on a database of its own ({@code <QUALCAT_DB_NAME>_nodes}). The nodes' logs
 * are in {@code target/two-nodes/}.
 */
class TwoNodesRestartIT {

  private static final String DOCUMENT_KEY = "two-nodes-test-document-key-0123456789";
  private static final String ENCRYPTION_KEY = "8UAVQcAJwO5CikbYvCbgmyjp2jMMKj5i1Cd9TUJKWoM=";
  /** A killed node's jobs are taken over once their lock has run out: short here, five minutes by default. */
  private static final Duration LOCK_TIME = Duration.ofSeconds(20);
  /** The sample catalog's ONLINE_REGISTER and MANUAL qualifications (src/main/resources/catalog). */
  private static final String REGISTER_QUALIFICATION = "BJ-V-004";
  private static final String MANUAL_QUALIFICATION = "BJ-V-001";
  private static final int CASES_PER_NODE = 12;
  private static final int LOAD_BEFORE_KILL = 10;
  private static final int LOAD_AFTER_KILL = 20;
  private static final String SUPPLEMENT_TIMER = VerificationProcess.EVENT_SUPPLEMENT_DEADLINE;
  private static final int JOB_SUCCEEDED = 2; // ACT_HI_JOB_LOG.JOB_STATE_ of a successful execution

  /** Generous: about 30 s each on an idle machine, minutes on a busy one. */
  private static final Duration STARTUP = Duration.ofMinutes(6);
  private static final Duration QUIET = Duration.ofMinutes(4);
  private static final Path LOGS = Path.of("target", "two-nodes");

  private final String host = env("QUALCAT_DB_HOST", "127.0.0.1");
  private final String port = env("QUALCAT_DB_PORT", "3306");
  private final String user = env("QUALCAT_DB_USER", "qualcat");
  private final String password = env("QUALCAT_DB_PASSWORD", "");
  private final String database = env("QUALCAT_DB_NAME", "qualcat") + "_nodes";
  private final List<Node> nodes = new ArrayList<>();
  private final List<String> summary = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(Node::stop);
  }

  @Test
  void twoNodesShareTheWorkAndOneKilledMidLoadLosesNothing() throws Exception {
    assumeTrue(TestProfiles.onMysql(), "two nodes share a MySQL/MariaDB database (mvn verify -Pmariadb)");
    Files.createDirectories(LOGS);
    createDatabase();
    TestMailServer.ensureStarted();
    TestMailServer.purge();

    // identical nodes started at the same moment on an empty database: one sets it up, the other waits for it
    Node one = new Node(1, true, freePort());
    Node two = new Node(2, true, freePort());
    nodes.addAll(List.of(one, two));
    one.begin();
    two.begin();
    one.awaitUp();
    two.awaitUp();
    assertSetUpOnce();
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

    // both nodes take cases; register checks (jobs) run where they were created or wherever a node is free
    List<String> registerCases = new ArrayList<>();
    List<String> manualCases = new ArrayList<>();
    for (int i = 0; i < CASES_PER_NODE; i++) {
      for (Node node : List.of(one, two)) {
        String qualification = i % 2 == 0 ? REGISTER_QUALIFICATION : MANUAL_QUALIFICATION;
        String reference = submit(node, node.applicant(), qualification);
        acknowledged.add(reference);
        (i % 2 == 0 ? registerCases : manualCases).add(reference);
      }
    }
    for (int i = 0; i < registerCases.size(); i++) {
      accept(i % 2 == 0 ? one : two, registerCases.get(i));
    }
    // two supplement requests, one through each node: their deadline (PT5S here) closes the case with a mail
    List<String> supplementCases = List.of(manualCases.get(0), manualCases.get(1));
    requestSupplement(one, supplementCases.get(0));
    requestSupplement(two, supplementCases.get(1));

    // the monitoring cycle's jobs and a load of cases on node 2; node 2 is killed in the middle of both
    // started through node 2: the node that creates a job is told at once, so node 2 holds cycle jobs when it dies
    Response cycle = two.as("monitor1").postJson("/api/monitoring/cycles", Map.of());
    assertThat(cycle.status()).as(cycle.toString()).isEqualTo(201);
    String cycleReference = cycle.json().get("reference").asText();
    List<String> refused = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Integer> loadOnTwo = CompletableFuture.supplyAsync(() -> load(two, 1_000, acknowledged,
        refused));
    await("node 2 to take " + LOAD_BEFORE_KILL + " cases of the load", Duration.ofMinutes(3),
        () -> loadOnTwo.isDone() || acknowledged.size() >= 2 * CASES_PER_NODE + LOAD_BEFORE_KILL);
    String cycleAtKill = single("select status from monitoring_cycle where reference = ?", cycleReference);
    long lockedAtKill = count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null");
    two.kill();
    int takenByTwo = loadOnTwo.get(30, TimeUnit.SECONDS);
    summary.add("node 2 killed (SIGKILL) after it acknowledged " + takenByTwo + " cases of the load; the cycle was "
        + cycleAtKill + ", " + lockedAtKill + " jobs were locked");

    // the other carries on
    int takenByOne = load(one, LOAD_AFTER_KILL, acknowledged, refused);
    assertThat(takenByOne).as("node 1 takes cases while node 2 is down").isEqualTo(LOAD_AFTER_KILL);
    two.restart();
    assertThat(load(two, 5, acknowledged, refused)).as("node 2 takes cases again").isEqualTo(5);
    assertThat(refused).as("answers other than 201 (a dead node's connection aside)").isEmpty();

    awaitQuiet(one, cycleReference);
    retryIncidents(one);

    // every acknowledged case is there, at a wait state or its end; so is every case the database has
    List<String> stored = strings("select reference from verification_case");
    assertThat(stored).containsAll(acknowledged);
    assertThat(acknowledged).doesNotHaveDuplicates();
    for (String reference : stored) {
      assertThat(atWaitStateOrEnd(reference)).as(reference + " waits at a task or has ended").isTrue();
    }
    summary.add(acknowledged.size() + " cases acknowledged, " + stored.size() + " in the database, each at a wait "
        + "state or its end");

    JsonNode report = one.as("monitor1").get("/api/monitoring/cycles/" + cycleReference).json();
    assertThat(report.get("status").asText()).isEqualTo("FINISHED");
    assertThat(report.get("reviews")).hasSize(report.get("qualifications").asInt());
    assertThat(count("select count(*) from outbound_mail where reference = ? and template = ?", cycleReference,
        "monitoring-cycle-report")).as("the cycle's report mailed once").isOne();

    // every timer fired once: one successful execution per supplement deadline, one closing mail per case
    Map<String, Long> timerRuns = counts("select JOB_ID_, count(*) from ACT_HI_JOB_LOG where ACT_ID_ = ? "
        + "and JOB_STATE_ = " + JOB_SUCCEEDED + " group by JOB_ID_", SUPPLEMENT_TIMER);
    assertThat(timerRuns).hasSize(supplementCases.size());
    assertThat(timerRuns.values()).allMatch(n -> n == 1);
    for (String reference : supplementCases) {
      assertThat(count("select count(*) from outbound_mail where reference = ? and template = ?", reference,
          VerificationProcess.MAIL_CLOSED)).as(reference + " closed once").isOne();
    }

    assertMailsSentOnceEach();

    // no job left locked past its lock time, and the work was shared
    assertThat(count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null and LOCK_EXP_TIME_ < ?",
        Timestamp.from(Instant.now()))).as("jobs locked past their lock time").isZero();
    Map<String, Long> split = counts("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = "
        + JOB_SUCCEEDED + " group by HOSTNAME_");
    summary.add("jobs executed per node (ACT_HI_JOB_LOG.HOSTNAME_): " + split);
    // a job of no activity (the history cleanup, when the test runs in its night window in Beijing) by its type
    summary.add("by activity: " + counts("select concat(coalesce(ACT_ID_, JOB_DEF_TYPE_, 'no activity'), ' on ', "
        + "HOSTNAME_), count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = " + JOB_SUCCEEDED
        + " group by ACT_ID_, JOB_DEF_TYPE_, HOSTNAME_"));
    assertThat(split).containsKeys("node-1", "node-2");
    assertThat(split.values()).allMatch(n -> n > 0);
    report();
  }

  // --- the scenario's steps ---------------------------------------------------------------------------------------

  private String submit(Node node, String applicant, String qualification) {
    Response created = node.as(applicant).submitCase(VerificationFixtures.requestBody(qualification,
        VerificationFixtures.certificate(), VerificationFixtures.document()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  /**
   * Submits up to {@code cases} cases to {@code node} as its applicant, one after another, until the node stops
   * answering; keeps the references it acknowledged (201) and any other answer. Returns how many it acknowledged.
   */
  private int load(Node node, int cases, List<String> acknowledged, List<String> refused) {
    int taken = 0;
    for (int i = 0; i < cases; i++) {
      Response created;
      try {
        created = node.as(node.applicant()).submitCase(VerificationFixtures.requestBody(
            i % 2 == 0 ? MANUAL_QUALIFICATION : REGISTER_QUALIFICATION, VerificationFixtures.certificate(),
            VerificationFixtures.document()));
      } catch (IllegalStateException | AssertionError e) {
        if (!node.killed) {
          refused.add("node " + node.number + ": " + e);
        }
        return taken; // the node is gone: what it acknowledged so far counts
      }
      if (created.status() == 201) {
        acknowledged.add(created.json().get("reference").asText());
        taken++;
      } else {
        refused.add("node " + node.number + ": " + created);
      }
    }
    return taken;
  }

  /** The verifier accepts the case (employment confirmed, ETA in ten days): the register check becomes a job. */
  private void accept(Node node, String reference) {
    complete(node, "verifier1", openTask(node, reference), Map.of(
        VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, VerificationFixtures.etaIn(10).toString()));
  }

  private void requestSupplement(Node node, String reference) {
    complete(node, "verifier1", openTask(node, reference), Map.of(
        VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REQUEST_SUPPLEMENT,
        VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Send a clearer copy of the certificate."));
  }

  private String openTask(Node node, String reference) {
    JsonNode tasks = node.as("verifier1").get("/engine-rest/task?processInstanceBusinessKey=" + reference).json();
    assertThat(tasks).as("open tasks of " + reference).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** Claims and completes a task through the engine REST API, as the Tasklist does. */
  private void complete(Node node, String worker, String taskId, Map<String, Object> values) {
    ApiClient api = node.as(worker);
    Response claimed = api.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", worker));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Response completed = api.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }

  /**
   * Waits until the nodes have nothing left to do: the cycle finished (monitors answer its review tasks: the sample's
   * qualification on watch is confirmed), no job due, none locked, no mail waiting or being sent.
   */
  private void awaitQuiet(Node node, String cycleReference) {
    await("the nodes to finish their work", QUIET, () -> {
      answerMonitorTasks(node);
      Timestamp now = Timestamp.from(Instant.now());
      return "FINISHED".equals(single("select status from monitoring_cycle where reference = ?", cycleReference))
          && count("select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 "
              + "and HANDLER_TYPE_ <> 'history-cleanup' and (DUEDATE_ is null or DUEDATE_ <= ?)", now) == 0
          && count("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null") == 0
          && count("select count(*) from outbound_mail where status in ('PENDING', 'SENDING')") == 0;
    });
  }

  private void answerMonitorTasks(Node node) {
    JsonNode tasks = node.as("monitor1").get("/engine-rest/task?processDefinitionKey="
        + QualificationReviewProcess.PROCESS_ID).json();
    for (JsonNode task : tasks) {
      String key = task.get("taskDefinitionKey").asText();
      Map<String, Object> form = new LinkedHashMap<>();
      if (key.equals(QualificationReviewProcess.TASK_ENTER_INDICATORS)) {
        form.putAll(Map.of("certificatesInBeijing", 20, "technicalCompliance", "COMPLIANT", "holderOutcomes", "SOME",
            QualificationReviewProcess.FIELD_ISSUER_RESPONSIVE, "YES"));
      } else if (key.equals(QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT)) {
        form.putAll(Map.of(QualificationReviewProcess.VAR_CONFIRMED_ASSESSMENT, "WATCH",
            QualificationReviewProcess.FIELD_CONFIRMATION_REASON, "Minor deviations; looked at again next cycle."));
      } else {
        throw new AssertionError("the test does not answer " + key);
      }
      complete(node, "monitor1", task.get("id").asText(), form);
    }
  }

  /** Lists the incidents (ideally none) and retries each failed job once through the engine REST API. */
  private void retryIncidents(Node node) {
    List<String> incidents = strings("select concat(INCIDENT_TYPE_, ' at ', ACTIVITY_ID_, ' (job ', "
        + "coalesce(CONFIGURATION_, '-'), '): ', coalesce(INCIDENT_MSG_, '')) from ACT_RU_INCIDENT");
    summary.add("incidents: " + (incidents.isEmpty() ? "none" : incidents));
    if (incidents.isEmpty()) {
      return;
    }
    for (String job : strings("select CONFIGURATION_ from ACT_RU_INCIDENT where INCIDENT_TYPE_ = 'failedJob'")) {
      Response retried = node.as("admin").putJson("/engine-rest/job/" + job + "/retries", Map.of("retries", 1));
      assertThat(retried.status()).as(retried.toString()).isEqualTo(204);
    }
    await("the retried jobs to succeed", Duration.ofSeconds(60),
        () -> count("select count(*) from ACT_RU_INCIDENT") == 0);
  }

  private boolean atWaitStateOrEnd(String reference) {
    List<String> instances = strings("select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = ?",
        reference, VerificationProcess.PROCESS_ID);
    if (instances.size() != 1) {
      return false;
    }
    String instance = instances.get(0);
    return single("select END_TIME_ from ACT_HI_PROCINST where ID_ = ?", instance) != null
        || count("select count(*) from ACT_RU_TASK where PROC_INST_ID_ = ?", instance) > 0
        || count("select count(*) from ACT_RU_EXECUTION where PROC_INST_ID_ = ? and ACT_ID_ = ?", instance,
            VerificationProcess.TASK_AWAIT_SUPPLEMENT) > 0;
  }

  /** Every mail the outbox holds as sent arrived once per recipient, and nothing else arrived. */
  private void assertMailsSentOnceEach() throws SQLException {
    Map<String, Long> arrived = TestMailServer.received().stream()
        .collect(Collectors.groupingBy(TwoNodesRestartIT::mailId, Collectors.counting()));
    Map<String, Long> expected = new HashMap<>();
    try (Connection db = connect(); Statement query = db.createStatement();
        ResultSet rows = query.executeQuery("select id, status, recipients from outbound_mail")) {
      while (rows.next()) {
        assertThat(rows.getString("status")).as("mail " + rows.getLong("id")).isEqualTo("SENT");
        expected.put(String.valueOf(rows.getLong("id")), (long) rows.getString("recipients").split(",").length);
      }
    }
    assertThat(arrived).as("mails received per outbox id (one per recipient)").isEqualTo(expected);
    summary.add(expected.size() + " mails in the outbox, all SENT, each received once per recipient ("
        + arrived.values().stream().mapToLong(Long::longValue).sum() + " messages)");
  }

  private static String mailId(MimeMessage message) {
    try {
      return message.getHeader("X-Qualcat-Mail-Id", null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void report() throws IOException {
    summary.forEach(line -> System.out.println("[two nodes] " + line));
    Files.write(LOGS.resolve("summary.txt"), summary);
  }

  // --- nodes ------------------------------------------------------------------------------------------------------

  /**
   * What two nodes set up at the same moment would each have added once more: the engine's tables and deployment,
   * users, grants, Tasklist filters, the sample catalog. Both nodes are up, so neither failed on the other's tables.
   */
  private void assertSetUpOnce() {
    assertThat(counts("select NAME_, count(*) from ACT_RU_FILTER group by NAME_ having count(*) > 1"))
        .as("Tasklist filters added twice").isEmpty();
    assertThat(counts("select KEY_, count(*) from ACT_RE_PROCDEF group by KEY_ having count(*) > 1"))
        .as("models deployed twice").isEmpty();
    assertThat(counts("select concat(GROUP_ID_, ' ', RESOURCE_TYPE_, ' ', RESOURCE_ID_), count(*) from ACT_RU_AUTHORIZATION "
        + "where GROUP_ID_ is not null group by GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ having count(*) > 1"))
        .as("group grants added twice").isEmpty();
    assertThat(counts("select concat(USER_ID_, ' ', GROUP_ID_), count(*) from ACT_ID_MEMBERSHIP "
        + "group by USER_ID_, GROUP_ID_ having count(*) > 1")).as("memberships added twice").isEmpty();
    assertThat(counts("select concat(TENANT_ID_, ' ', coalesce(GROUP_ID_, USER_ID_)), count(*) from "
        + "ACT_ID_TENANT_MEMBER group by TENANT_ID_, GROUP_ID_, USER_ID_ having count(*) > 1"))
        .as("bureaus' tenant memberships added twice").isEmpty();
    assertThat(count("select count(*) from ACT_ID_TENANT")).as("the three bureaus, once each").isEqualTo(3);
    assertThat(count("select count(*) from flyway_schema_history where success = 0")).as("failed migrations")
        .isZero();
    summary.add("both nodes started at the same moment on an empty database; set up once: "
        + count("select count(*) from ACT_RU_FILTER") + " filters, " + count("select count(*) from ACT_RE_PROCDEF")
        + " process definitions, " + count("select count(*) from ACT_ID_USER") + " users");
  }

  /** One Qualcat JVM: {@code java -jar target/qualcat-*.jar} with the shared database's settings. */
  private final class Node {

    final int number;
    final boolean demoData;
    final int port;
    Process process;
    /** Set before the signal: a request cut off by the kill is the kill's, whether or not the JVM is gone yet. */
    volatile boolean killed;

    Node(int number, boolean demoData, int port) {
      this.number = number;
      this.demoData = demoData;
      this.port = port;
    }

    String applicant() {
      return "applicant" + number;
    }

    ApiClient as(String user) {
      return ApiClient.at(port, user, "demo");
    }

    boolean alive() {
      return process != null && process.isAlive();
    }

    void launch() throws Exception {
      begin();
      awaitUp();
    }

    private Instant started;

    void begin() throws IOException {
      started = Instant.now();
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-jar", jar().toString(),
          "--spring.profiles.active=mariadb",
          "--server.port=" + port,
          "--qualcat.data-dir=" + LOGS.resolve("node-" + number + "-data"),
          "--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + TestMailServer.port(),
          // the name ACT_HI_JOB_LOG records for the jobs this node ran (by default the host's address: one host here)
          "--camunda.bpm.generic-properties.properties.hostname=node-" + number,
          "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
          "--qualcat.timers." + VerificationProcess.TIMER_SUPPLEMENT_DEADLINE + "=PT5S",
          "--qualcat.mail.sweep-interval=PT5S",
          "--qualcat.mail.sending-lease=PT20S",
          "--qualcat.monitoring.reviews-per-batch=10",
          // ready = the start-up runners (demo users, grants, filters) have run, not merely the web server up
          "--management.endpoint.health.probes.enabled=true",
          "--spring.main.banner-mode=off");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(LOGS.resolve("node-" + number + ".log").toFile()));
      Map<String, String> environment = builder.environment();
      environment.put("QUALCAT_DB_HOST", host);
      environment.put("QUALCAT_DB_PORT", TwoNodesRestartIT.this.port);
      environment.put("QUALCAT_DB_NAME", database);
      environment.put("QUALCAT_DB_USER", user);
      environment.put("QUALCAT_DB_PASSWORD", password);
      environment.put("QUALCAT_DOCUMENT_KEY", DOCUMENT_KEY);
      environment.put("QUALCAT_ENCRYPTION_KEY", ENCRYPTION_KEY);
      environment.put("QUALCAT_DEMO_DATA", String.valueOf(demoData));
      environment.put("QUALCAT_VERIFICATION_REGISTER", "simulated");
      process = builder.start();
    }

    void awaitUp() {
      await("node " + number + " to be up (its log: " + LOGS.resolve("node-" + number + ".log") + ")",
          STARTUP, () -> {
            if (!process.isAlive()) {
              throw new AssertionError("node " + number + " stopped: exit " + process.exitValue());
            }
            return healthy(port);
          });
      summary.add("node " + number + " up in " + Duration.between(started, Instant.now()).toSeconds() + " s");
    }

    /** SIGKILL: no shutdown hook runs, open transactions die with their connections. */
    void kill() throws InterruptedException {
      killed = true;
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    void restart() throws Exception {
      killed = false;
      launch();
    }

    void stop() {
      if (alive()) {
        process.destroy();
        try {
          if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          process.destroyForcibly();
        }
      }
    }
  }

  private static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("qualcat-.*\\.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("no target/qualcat-*.jar: run mvn verify (package builds it)"));
    }
  }

  private static boolean healthy(int port) {
    try {
      HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Polls {@code condition} every half second: the nodes run on their own clocks, nothing here can be run now. */
  private static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  // --- the shared database ----------------------------------------------------------------------------------------

  private void createDatabase() throws SQLException {
    try (Connection server = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/", user, password);
        Statement sql = server.createStatement()) {
      sql.execute("drop database if exists `" + database + "`");
      sql.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_bin");
    }
  }

  /** Connected as the nodes are (application-mysql.yml): times in UTC, no fractional seconds sent. */
  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/" + database
        + "?sendFractionalSeconds=false&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", user, password);
  }

  private long count(String sql, Object... parameters) {
    return ((Number) single(sql, parameters)).longValue();
  }

  @SuppressWarnings("unchecked")
  private <T> T single(String sql, Object... parameters) {
    List<Object> values = column(sql, parameters);
    return values.isEmpty() ? null : (T) values.get(0);
  }

  private List<String> strings(String sql, Object... parameters) {
    return column(sql, parameters).stream().map(String::valueOf).toList();
  }

  private List<Object> column(String sql, Object... parameters) {
    try (Connection db = connect(); PreparedStatement query = prepare(db, sql, parameters);
        ResultSet rows = query.executeQuery()) {
      List<Object> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Map<String, Long> counts(String sql, Object... parameters) {
    try (Connection db = connect(); PreparedStatement query = prepare(db, sql, parameters);
        ResultSet rows = query.executeQuery()) {
      Map<String, Long> counts = new java.util.TreeMap<>();
      while (rows.next()) {
        counts.put(String.valueOf(rows.getString(1)), rows.getLong(2));
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
    PreparedStatement query = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setObject(i + 1, parameters[i]);
    }
    return query;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
