package org.qualcat.benchmark;

import org.qualcat.employer.EmployerRegion;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.qualcat.QualcatApplication;
import org.qualcat.benchmark.LoadRun.Result;
import org.qualcat.bureau.Bureaus;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Roles;
import org.qualcat.support.TestFiles;
import org.qualcat.verification.ApplicationMaterials;
import org.qualcat.verification.MaterialKind;
import org.qualcat.verification.Nationality;
import org.qualcat.verification.NewCase;
import org.qualcat.verification.VerificationCases;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Qualcat's intake, the applicant's status read and the verifier's task completion, each measured side by side with
 * the engine itself doing the nearest thing through its REST API ({@code benchmark-baseline}: start -> one user task
 * -> end), in the same run: the same application, database, HTTP stack and HTTP Basic authentication. The engine's
 * figure is the yardstick; its start and read are measured before and after Qualcat's, so that the machine's drift
 * falls on both sides of the ratio. On a shared or noisy machine compare the ratios, not the raw numbers.
 *
 * <p>Not part of the test suite: {@code mvn verify -Pbenchmark -Dit.test=IntakeBenchmark} (embedded H2), with
 * {@code -Dqualcat.benchmark.profiles=mariadb} and the QUALCAT_DB_* variables for MariaDB. Properties:
 * {@code qualcat.benchmark.seconds} (measured time per row, 10), {@code .warmup} (2), {@code .clients} (1,16,64),
 * {@code .growth} (stored cases to grow to, 1000,10000; 0: none), {@code .args} (more application arguments).
 * Prints Markdown tables and writes them to target/benchmark-results.md; docs/benchmarks.md explains them.
 */
class IntakeBenchmark {

  private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("qualcat.benchmark.seconds", 10));
  private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("qualcat.benchmark.warmup", 2));
  private static final int[] CLIENTS = numbers(System.getProperty("qualcat.benchmark.clients", "1,16,64"));
  private static final int[] GROWTH = numbers(System.getProperty("qualcat.benchmark.growth", "1000,10000"));
  private static final String PROFILES = System.getProperty("qualcat.benchmark.profiles", "");
  private static final String APP_ARGS = System.getProperty("qualcat.benchmark.args", "");

  private static final String BASELINE = "benchmark-baseline";
  private static final String BASELINE_TASK = "Task_Work";
  private static final String PASSWORD = "Benchmark-Password-2026";
  private static final String CASES = "/api/verification-cases";
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final int READ_SET = 1000;
  /** Clients that measure the growth of stored data (the issue's 16). */
  private static final int GROWTH_CLIENTS = 16;

  private final AtomicLong serial = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);
  private final List<String> failures = new ArrayList<>();
  private final AtomicLong lateUploads = new AtomicLong();
  private ConfigurableApplicationContext app;
  private ProcessEngine engine;
  private String base;
  private String qualification;
  private LoadRun load;
  private int maxClients;
  /** Pending uploads per applicant (one applicant per virtual user). */
  private List<Queue<String>> materials;
  private final Map<String, Double> rates = new ConcurrentHashMap<>();

  @Test
  void intakeReadsAndCompletionsAgainstTheEngine() throws Exception {
    maxClients = Math.max(GROWTH_CLIENTS, Arrays.stream(CLIENTS).max().orElse(1));
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--qualcat.demo-data=false",
        "--spring.main.banner-mode=off", "--camunda.bpm.job-execution.enabled=true", "--spring.mail.host=",
        "--qualcat.data-dir=./target/benchmark-data/" + System.currentTimeMillis(),
        "--logging.level.org.camunda=warn", "--logging.level.org.qualcat=warn",
        // the certificate copies each submission names are uploaded beforehand, more than an applicant may keep
        "--qualcat.verification.max-pending-materials=1000000",
        // the test classpath brings process test coverage; a benchmark runs the engine as production does
        "--spring.autoconfigure.exclude="
            + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration"));
    if (!PROFILES.isBlank()) {
      args.add("--spring.profiles.active=" + PROFILES);
    }
    // more application arguments, e.g. to compare a setting: --qualcat.security.sign-in-remembered-for=0
    Arrays.stream(APP_ARGS.split("\\s+")).filter(a -> !a.isBlank()).forEach(args::add);
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QualcatApplication.class)
        .run(args.toArray(String[]::new))) {
      app = context;
      engine = app.getBean(ProcessEngine.class);
      CpuClock.countStatementsOf(app.getBean(DataSource.class));
      base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      load = new LoadRun(maxClients);
      prepare();
      warmUp();

      List<String> rows = new ArrayList<>();
      List<String> cpu = new ArrayList<>();
      Map<Integer, Result> intakeByClients = new HashMap<>();
      for (int clients : CLIENTS) {
        SideBySide pair = sideBySide(clients, "engine start", baselineStart(), "intake", intake());
        Result engineStart = pair.engine();
        Result intake = pair.qualcat();
        intakeByClients.put(clients, intake);
        String target = "—";
        String met = "—";
        if (clients == 16) {
          Result one = intakeByClients.get(1);
          target = "≥ 0.7× engine" + (one == null ? "" : ", ≥ 2× 1 client");
          boolean ok = intake.perSecond() >= 0.7 * engineStart.perSecond()
              && (one == null || intake.perSecond() >= 2 * one.perSecond());
          met = ok ? "yes" : "no";
        }
        rows.add(row("intake (start → first task)", clients, engineStart, intake, target, met));
        cpu(cpu, "intake (start → first task)", clients, engineStart, intake);
      }
      for (int clients : CLIENTS) {
        SideBySide pair = sideBySide(clients, "engine read", baselineRead(), "read", caseRead(clients));
        Result engineRead = pair.engine();
        Result read = pair.qualcat();
        String target = clients == 16 ? "≥ 1,000/s, p99 ≤ 50 ms" : "—";
        String met = clients == 16 ? (read.perSecond() >= 1000 && read.p99Millis() <= 50 ? "yes" : "no") : "—";
        rows.add(row("status read", clients, engineRead, read, target, met));
        cpu(cpu, "status read", clients, engineRead, read);
      }
      for (int clients : CLIENTS) {
        Result engineComplete = measure(clients, "engine completion", baselineCompletion(clients));
        Result complete = measure(clients, "completion", caseCompletion(clients));
        String target = clients == 16 ? "p99 ≤ 50 ms" : "—";
        String met = clients == 16 ? (complete.p99Millis() <= 50 ? "yes" : "no") : "—";
        rows.add(row("verifier's task completion", clients, engineComplete, complete, target, met));
        cpu(cpu, "verifier's task completion", clients, engineComplete, complete);
      }

      List<String> growth = growth();
      String tables = header() + "\n### Against the engine\n\n"
          + "| operation | clients | engine ops/s | p50 ms | p99 ms | Qualcat ops/s | p50 ms | p99 ms "
          + "| Qualcat/engine | target | met? |\n|---|---|---|---|---|---|---|---|---|---|---|\n"
          + String.join("\n", rows) + "\n\n### Cost as data grows (" + GROWTH_CLIENTS + " clients)\n\n"
          + "| stored cases | engine start/s | intake/s | change | engine read/s | read/s | read p99 ms | change |\n"
          + "|---|---|---|---|---|---|---|---|\n" + String.join("\n", growth) + "\n"
          + "\n### CPU per request at " + GROWTH_CLIENTS + " clients (ms; application = this JVM without the "
          + "clients, H2 included; database = the MariaDB/MySQL server process; statements = what the MariaDB/MySQL "
          + "server was sent per request, background work included)\n\n"
          + "| operation | engine: application | engine: database | engine: statements | Qualcat: application "
          + "| Qualcat: database | Qualcat: statements |\n"
          + "|---|---|---|---|---|---|---|\n" + String.join("\n", cpu) + "\n"
          + (failures.isEmpty() ? "" : "\nErrors:\n\n" + failures.stream().map(f -> "- " + f + "\n")
              .collect(Collectors.joining()));
      System.out.println("\n" + tables);
      BenchmarkResults.write("intake", tables);
      assertThat(failures).as("no request may fail").isEmpty();
    }
  }

  // --- preparation --------------------------------------------------------------------------------------------------

  /** The baseline model, one user per virtual user in each role, a listed qualification, uploads. */
  private void prepare() {
    engine.getRepositoryService().createDeployment().name(BASELINE)
        .addClasspathResource("benchmark/" + BASELINE + ".bpmn").deploy();
    IdentityService identity = engine.getIdentityService();
    for (int c = 0; c < maxClients; c++) {
      user(identity, admin(c), Roles.ADMIN);
      user(identity, applicant(c), Roles.APPLICANTS);
      user(identity, verifier(c), Roles.VERIFIERS);
      // the benchmark's cases are of an employer in Tianjin: its bureau's verifiers decide them (docs/adr/0030)
      identity.createMembership(verifier(c), app.getBean(Bureaus.class).of(EmployerRegion.TIANJIN).staffGroup());
    }
    qualification = new VerificationFixtures(app.getBean(Catalog.class), app.getBean(TransactionTemplate.class))
        .listed(VerificationChannel.EMAIL);
    materials = IntStream.range(0, maxClients).mapToObj(c -> (Queue<String>) new ConcurrentLinkedQueue<String>())
        .toList();
  }

  /**
   * Every path once under load before anything is measured (the engine REST API's resources, the API's JSON and the
   * JIT start cold), its figures thrown away.
   */
  private void warmUp() throws Exception {
    int clients = Math.min(4, maxClients);
    uploadAhead(clients);
    Duration each = WARM_UP.plusSeconds(3);
    load.run(clients, Duration.ZERO, each, baselineStart());
    load.run(clients, Duration.ZERO, each, intake());
    load.run(clients, Duration.ZERO, each, baselineRead());
    load.run(clients, Duration.ZERO, each, caseRead(clients));
  }

  private static void user(IdentityService identity, String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Benchmark");
    user.setLastName(id);
    user.setEmail(id + "@benchmark.example");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  private static String admin(int client) {
    return String.format(Locale.ROOT, "benchadmin%02d", client);
  }

  private static String applicant(int client) {
    return String.format(Locale.ROOT, "benchapplicant%02d", client);
  }

  private static String verifier(int client) {
    return String.format(Locale.ROOT, "benchverifier%02d", client);
  }

  // --- the operations -----------------------------------------------------------------------------------------------

  private LoadRun.Operation baselineStart() {
    return client -> post(admin(client), "/engine-rest/process-definition/key/" + BASELINE + "/start", "{}");
  }

  /** Intake: an applicant's submission with a certificate copy uploaded beforehand (not counted). */
  private LoadRun.Operation intake() {
    return new LoadRun.Operation() {
      @Override
      public HttpRequest next(int client) {
        return post(applicant(client), CASES, submission(nextUpload(client)));
      }

      @Override
      public boolean accepted(int client, String body) {
        return REFERENCE.matcher(body).find();
      }
    };
  }

  private LoadRun.Operation baselineRead() {
    List<String> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(BASELINE)
        .taskDefinitionKey(BASELINE_TASK).listPage(0, READ_SET).stream().map(Task::getId).toList();
    assertThat(tasks).as("baseline tasks to read").isNotEmpty();
    return client -> get(admin(client), "/engine-rest/task/" + tasks.get(ThreadLocalRandom.current()
        .nextInt(tasks.size())));
  }

  /** The applicant reads one of their own cases (each virtual user is an applicant with cases of their own). */
  private LoadRun.Operation caseRead(int clients) throws Exception {
    List<List<String>> references = new ArrayList<>();
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    for (int c = 0; c < clients; c++) {
      List<String> own = jdbc.queryForList("select reference from verification_case where applicant = ?",
          String.class, applicant(c));
      references.add(own);
    }
    int missing = (int) IntStream.range(0, clients).filter(c -> references.get(c).size() < 5).count();
    if (missing > 0) {
      seedCases(clients * 5, c -> c % clients);
      return caseRead(clients);
    }
    return client -> {
      List<String> own = references.get(client);
      int upTo = Math.min(own.size(), READ_SET / clients + 1);
      return get(applicant(client), CASES + "/" + own.get(own.size() - 1
          - ThreadLocalRandom.current().nextInt(upTo)));
    };
  }

  private LoadRun.Operation baselineCompletion(int clients) throws Exception {
    int needed = needed("engine completion", clients);
    long waiting = engine.getTaskService().createTaskQuery().processDefinitionKey(BASELINE)
        .taskDefinitionKey(BASELINE_TASK).count();
    if (waiting < needed) {
      parallel((int) (needed - waiting), i -> engine.getRuntimeService().startProcessInstanceByKey(BASELINE));
    }
    Queue<String> tasks = new ConcurrentLinkedQueue<>(engine.getTaskService().createTaskQuery()
        .processDefinitionKey(BASELINE).taskDefinitionKey(BASELINE_TASK).list().stream().map(Task::getId).toList());
    return client -> {
      String task = tasks.poll();
      // as a candidate: Qualcat lets only those who may work on a task complete it (TaskCompletionGuard)
      return task == null ? null : post(verifier(client), "/engine-rest/task/" + task + "/complete", "{}");
    };
  }

  /**
   * The verifier accepts a case on "Accept the case and set the ETA", submitting the form's values as the Tasklist
   * does ({@code submit-form}); the process then runs on to the next user task (checking with the issuer).
   */
  private LoadRun.Operation caseCompletion(int clients) throws Exception {
    int needed = needed("completion", clients);
    long waiting = acceptTasks().count();
    if (waiting < needed) {
      seedCases((int) (needed - waiting), c -> c % maxClients);
    }
    Queue<String> tasks = new ConcurrentLinkedQueue<>(acceptTasks().list().stream().map(Task::getId).toList());
    String form = "{\"variables\": {\"" + VerificationProcess.VAR_ACCEPTANCE + "\": {\"value\": \""
        + VerificationProcess.ACCEPT + "\"}, \"" + VerificationProcess.VAR_ETA + "\": {\"value\": \""
        + BureauTime.today(Clock.systemUTC()).plusDays(20) + "\"}}}";
    return client -> {
      String task = tasks.poll();
      return task == null ? null : post(verifier(client), "/engine-rest/task/" + task + "/submit-form", form);
    };
  }

  private TaskQuery acceptTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(VerificationProcess.PROCESS_ID)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE);
  }

  /**
   * Work to have ready (waiting tasks, uploads): twice what the fastest run of {@code what} so far took, at
   * least 200, and four times as much at more clients than any run so far (more clients may go faster).
   */
  private int needed(String what, int clients) {
    double fastest = rates.entrySet().stream().filter(e -> e.getKey().startsWith(what + "@"))
        .mapToDouble(Map.Entry::getValue).max().orElse(50);
    boolean moreClients = rates.keySet().stream().filter(k -> k.startsWith(what + "@"))
        .mapToInt(k -> Integer.parseInt(k.substring(k.indexOf('@') + 1))).allMatch(c -> c < clients);
    double seconds = (WARM_UP.toMillis() + MEASURE.toMillis()) / 1000.0;
    return (int) Math.max(200, (moreClients ? 4 : 2) * fastest * seconds);
  }

  // --- cost as data grows -------------------------------------------------------------------------------------------

  private List<String> growth() throws Exception {
    List<String> rows = new ArrayList<>();
    double[] first = null;
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    List<Integer> sizes = new ArrayList<>();
    sizes.add(0);
    Arrays.stream(GROWTH).filter(size -> size > 0).forEach(sizes::add);
    for (int size : sizes) {
      int stored = jdbc.queryForObject("select count(*) from verification_case", Integer.class);
      if (size > 0 && stored >= size) {
        System.out.printf(Locale.ROOT, "%,d cases stored already: no row for %,d%n", stored, size);
        continue;
      }
      if (stored < size) {
        seedCases(size - stored, c -> c % maxClients);
        stored = size;
      }
      SideBySide intakes = sideBySide(GROWTH_CLIENTS, "engine start", baselineStart(), "intake", intake());
      SideBySide reads = sideBySide(GROWTH_CLIENTS, "engine read", baselineRead(), "read",
          caseRead(GROWTH_CLIENTS));
      Result engineStart = intakes.engine();
      Result intake = intakes.qualcat();
      Result engineRead = reads.engine();
      Result read = reads.qualcat();
      double[] now = {intake.perSecond(), read.perSecond()};
      if (first == null) {
        first = now;
      }
      rows.add(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s |", stored,
          rate(engineStart), rate(intake), change(now[0], first[0]), rate(engineRead), rate(read),
          millis(read.p99Millis()), change(now[1], first[1])));
    }
    return rows;
  }

  /** Stores {@code count} cases through the application's own use case, in parallel, outside any measurement. */
  private void seedCases(int count, IntFunction<Integer> clientOf) throws Exception {
    VerificationCases cases = app.getBean(VerificationCases.class);
    ApplicationMaterials uploads = app.getBean(ApplicationMaterials.class);
    byte[] pdf = TestFiles.pdf("benchmark certificate");
    long started = System.nanoTime();
    parallel(count, i -> {
      String applicant = applicant(clientOf.apply(i));
      String material = uploads.upload(MaterialKind.CERTIFICATE_COPY, "certificate.pdf", pdf, applicant,
          "certificateCopy").id();
      cases.submit(newCase(material), applicant);
    });
    System.out.printf(Locale.ROOT, "seeded %,d cases in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
  }

  private void parallel(int count, IntConsumer work) throws Exception {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicLong next = new AtomicLong();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            work.accept((int) i);
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  // --- requests -----------------------------------------------------------------------------------------------------

  private String nextUpload(int client) {
    String material = materials.get(client).poll();
    if (material != null) {
      return material;
    }
    // the pool ran dry (a faster run than foreseen): upload one in-process, outside the request measured
    lateUploads.incrementAndGet();
    return app.getBean(ApplicationMaterials.class).upload(MaterialKind.CERTIFICATE_COPY, "certificate.pdf",
        TestFiles.pdf("benchmark certificate"), applicant(client), "certificateCopy").id();
  }

  /** Certificate copies uploaded beforehand for each applicant: enough for twice the fastest intake so far. */
  private void uploadAhead(int clients) throws Exception {
    int perClient = needed("intake", clients) / clients + 20;
    ApplicationMaterials uploads = app.getBean(ApplicationMaterials.class);
    byte[] pdf = TestFiles.pdf("benchmark certificate");
    parallel(perClient * clients, i -> {
      int client = i % clients;
      if (materials.get(client).size() < perClient) {
        materials.get(client).add(uploads.upload(MaterialKind.CERTIFICATE_COPY, "certificate.pdf", pdf,
            applicant(client), "certificateCopy").id());
      }
    });
  }

  private NewCase newCase(String material) {
    long n = serial.incrementAndGet();
    return new NewCase(qualification, "BM-" + n, LocalDate.of(2019, 9, 1), "Benchmark Holder",
        Nationality.FOREIGN, String.format(Locale.ROOT, "B%08d", n % 100_000_000), "Example Tianjin Ltd",
        EmployerRegion.TIANJIN, false, List.of(material));
  }

  /** The JSON an applicant posts: unique certificate and document numbers, employment outside Beijing. */
  private String submission(String material) {
    long n = serial.incrementAndGet();
    return "{\"qualificationCode\": \"" + qualification + "\", \"certificateNumber\": \"BM-" + n + "\", "
        + "\"certificateIssuedOn\": \"2019-09-01\", \"holderName\": \"Benchmark Holder\", "
        + "\"holderNationality\": \"FOREIGN\", \"holderDocumentNumber\": \""
        + String.format(Locale.ROOT, "B%08d", n % 100_000_000) + "\", \"employerName\": \"Example Tianjin Ltd\", "
        + "\"employerRegion\": \"TIANJIN\", \"employedInBeijing\": false, \"materials\": [\"" + material + "\"]}";
  }

  private HttpRequest post(String user, String path, String json) {
    return request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  private HttpRequest get(String user, String path) {
    return request(user, path).GET().build();
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)));
  }

  // --- measuring and printing ---------------------------------------------------------------------------------------

  /** The engine's figure and Qualcat's for one operation, measured in the same run. */
  private record SideBySide(Result engine, Result qualcat) {
  }

  /**
   * Qualcat's figure with the engine's measured before and after it, the two pooled: the machine's drift during the
   * three (the JIT and the database warming, other load coming and going) falls on both sides of the ratio alike.
   * Used where the engine's operation consumes nothing (start, read); the completions use each waiting task once.
   */
  private SideBySide sideBySide(int clients, String engineWhat, LoadRun.Operation engineOperation, String what,
      LoadRun.Operation operation) throws Exception {
    Result before = measure(clients, engineWhat, engineOperation);
    Result qualcat = measure(clients, what, operation);
    Result after = measure(clients, engineWhat + " again", engineOperation);
    return new SideBySide(LoadRun.Result.pooled(before, after), qualcat);
  }

  private Result measure(int clients, String what, LoadRun.Operation operation) throws Exception {
    if ("intake".equals(what)) {
      uploadAhead(clients);
    }
    long lateBefore = lateUploads.get();
    Result result = load.run(clients, WARM_UP, MEASURE, operation);
    long late = lateUploads.get() - lateBefore;
    rates.merge(what + "@" + clients, result.perSecond(), Math::max);
    System.out.printf(Locale.ROOT, "%-18s %2d clients: %8.1f/s p50 %7.1f ms p99 %7.1f ms errors %d%s%s%n", what,
        clients, result.perSecond(), result.p50Millis(), result.p99Millis(), result.errors(),
        result.ranOut() ? " (ran out of work)" : "", late > 0 ? " (" + late + " uploads made during the run)" : "");
    if (result.errors() > 0) {
      failures.add(what + " at " + clients + " clients: " + result.errors() + " errors; first: "
          + result.firstError());
    }
    if (result.ranOut()) {
      failures.add(what + " at " + clients + " clients ran out of waiting tasks before the end");
    }
    return result;
  }

  private static String row(String operation, int clients, Result engine, Result qualcat, String target,
      String met) {
    boolean failed = engine.errors() > 0 || qualcat.errors() > 0 || engine.ranOut() || qualcat.ranOut();
    String ratio = engine.count() == 0 ? "—"
        : String.format(Locale.ROOT, "%.2f", qualcat.perSecond() / engine.perSecond());
    return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |", operation,
        clients, rate(engine), millis(engine.p50Millis()), millis(engine.p99Millis()), rate(qualcat),
        millis(qualcat.p50Millis()), millis(qualcat.p99Millis()), ratio, target, failed ? "**no: errors**" : met);
  }

  private static void cpu(List<String> rows, String operation, int clients, Result engine, Result qualcat) {
    if (clients == GROWTH_CLIENTS) {
      rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", operation,
          millis(engine.applicationCpuMillis()), millis(engine.databaseCpuMillis()),
          count(engine.statementsPerRequest()), millis(qualcat.applicationCpuMillis()),
          millis(qualcat.databaseCpuMillis()), count(qualcat.statementsPerRequest())));
    }
  }

  private static String rate(Result result) {
    String errors = result.errors() > 0 ? String.format(Locale.ROOT, " (%d errors)", result.errors()) : "";
    return String.format(Locale.ROOT, "%,.0f", result.perSecond()) + errors;
  }

  private static String count(double count) {
    return Double.isNaN(count) ? "—" : String.format(Locale.ROOT, "%.1f", count);
  }

  private static String millis(double millis) {
    return Double.isNaN(millis) ? "—" : String.format(Locale.ROOT, millis < 10 ? "%.1f" : "%.0f", millis);
  }

  private static String change(double now, double first) {
    return String.format(Locale.ROOT, "%+.0f %%", 100 * (now - first) / first);
  }

  private String header() throws SQLException {
    DataSource dataSource = app.getBean(DataSource.class);
    String database;
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
    return String.format(Locale.ROOT, "## Intake, reads and completions against the engine%n%n"
            + "%s; %d CPUs (%s), %s; Java %s (%s); %s; %d s measured after %d s warm-up per figure.%n",
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.now().withNano(0)),
        Runtime.getRuntime().availableProcessors(), BenchmarkResults.cpu(), System.getProperty("os.name") + " "
            + System.getProperty("os.version"), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), database, MEASURE.toSeconds(), WARM_UP.toSeconds());
  }

  private static int[] numbers(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt)
        .toArray();
  }
}
