package org.qualcat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.qualcat.monitoring.MonitoringCycle;
import org.qualcat.monitoring.MonitoringCycles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One monitoring cycle over generated qualifications, with the job executor running as in production: how long
 * the cycle takes from a monitor's request to its report. Not part of the test suite; run it with
 * {@code mvn verify -Pbenchmark} (embedded H2) or {@code mvn verify -Pbenchmark -Dqualcat.benchmark.profiles=mariadb}
 * with the QUALCAT_DB_* variables pointing at an empty database. {@code -Dqualcat.benchmark.size=N} sets the size
 * (10,000 by default). Prints a table; docs/benchmarks.md keeps the results.
 */
class MonitoringCycleBenchmark {

  private static final int SIZE = Integer.getInteger("qualcat.benchmark.size", 10_000);
  private static final Duration TIMEOUT = Duration.ofMinutes(Integer.getInteger("qualcat.benchmark.minutes", 60));

  @Test
  void oneCycleOverGeneratedQualifications() throws InterruptedException {
    try (ConfigurableApplicationContext app = InProcessApp.start("--qualcat.demo-data=false",
        "--camunda.bpm.job-execution.enabled=true",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=" + System.getProperty("qualcat.benchmark.jobLog", "warn"))) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      Instant generating = Instant.now();
      generate(jdbc, SIZE);
      Duration generation = Duration.between(generating, Instant.now());

      MonitoringCycles cycles = app.getBean(MonitoringCycles.class);
      Instant started = Instant.now();
      MonitoringCycle cycle = cycles.start("benchmark");
      MonitoringCycle finished = cycles.byReference(cycle.getReference());
      while (!"FINISHED".equals(finished.getStatus())) {
        if (Duration.between(started, Instant.now()).compareTo(TIMEOUT) > 0) {
          throw new AssertionError("the cycle did not finish within " + TIMEOUT);
        }
        Thread.sleep(500);
        finished = cycles.byReference(cycle.getReference());
      }
      Duration took = Duration.between(started, Instant.now());

      assertThat(finished.getQualifications()).isEqualTo(SIZE);
      assertThat(finished.getCompliant()).isEqualTo(SIZE);
      long heapMiB = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      String database = jdbc.queryForObject("select 1", Integer.class) == 1
          ? app.getEnvironment().getProperty("spring.datasource.url", "").replaceAll("\\?.*", "") : "";
      String table = String.format(Locale.ROOT, "| database | qualifications | generate (s) | cycle (s) | reviews/s "
              + "| heap used (MiB) |%n|---|---|---|---|---|---|%n| %s | %d | %.1f | %.1f | %.0f | %d |%n",
          database, SIZE, generation.toMillis() / 1000.0, took.toMillis() / 1000.0,
          SIZE / (took.toMillis() / 1000.0), heapMiB);
      System.out.printf(Locale.ROOT, "%n%s%n", table);
      BenchmarkResults.write("monitoring", "## Monitoring cycle\n\n" + table);
    }
  }

  /** Listed qualifications with monitors' inputs that make every one compliant, written in batches. */
  private static void generate(JdbcTemplate jdbc, int size) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> qualifications = new ArrayList<>();
    List<Object[]> inputs = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      String code = String.format(Locale.ROOT, "BM-%06d", i);
      qualifications.add(new Object[] {code, "Benchmark qualification " + i, "基准资格" + i, "Benchmark Issuer " + i,
          "Generated", "Benchmark", ";INTERNATIONAL;", "NONE", "NONE", "MANUAL", "OFFICIAL", "LISTED", now, now});
      inputs.add(new Object[] {code, "COMPLIANT", "SOME", 10, true, "benchmark", now});
    }
    jdbc.batchUpdate("""
        insert into qualification (code, name_en, name_zh, issuing_body, country_region, sector, lists, title_level,
          practice_field, verification_channel, provenance, status, created_at, updated_at, version)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", qualifications);
    jdbc.batchUpdate("""
        insert into monitoring_input (qualification_code, technical_compliance, holder_outcomes,
          certificates_in_beijing, issuer_responsive, entered_by, entered_at) values (?, ?, ?, ?, ?, ?, ?)""", inputs);
  }
}
