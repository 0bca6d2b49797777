package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.system.IdempotencyFilter;
import org.qualcat.system.IdempotencyKeyExpiry;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions that arrive twice: a retried POST with an Idempotency-Key creates one case and answers the first
 * answer again (for a day); the same certificate submitted again while its case is open is refused with a pointer to that case.
 */
class ConcurrentSubmissionsIT extends IntegrationTest {

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdempotencyKeyExpiry expiry;

  @Test
  void aRetriedSubmissionWithTheSameKeyCreatesOneCaseAndGetsTheFirstAnswer() {
    Map<String, Object> body = as("applicant1").withMaterials(SecurityFixtures.verificationCase(listed()));
    String key = UUID.randomUUID().toString();
    ApiClient applicant = as("applicant1").withHeader(IdempotencyFilter.HEADER, key);

    Response first = applicant.submitCase(body);
    Response again = applicant.submitCase(body);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.json().get("reference").asText()).isEqualTo(first.json().get("reference").asText());
    assertThat(casesOf(body)).isOne();
  }

  @Test
  void theSameKeyForADifferentRequestIsRefused() {
    String code = listed();
    String key = UUID.randomUUID().toString();
    ApiClient applicant = as("applicant1").withHeader(IdempotencyFilter.HEADER, key);
    assertThat(applicant.submitCase(SecurityFixtures.verificationCase(code)).status()).isEqualTo(201);

    Map<String, Object> other = SecurityFixtures.verificationCase(code);
    Response reused = applicant.submitCase(other);

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("detail").asText()).contains("used for a different request");
    assertThat(casesOf(other)).isZero();
    assertThat(as("applicant1").withHeader(IdempotencyFilter.HEADER, "not a key!")
        .submitCase(other).json().get("errors").get(0).get("field").asText())
        .isEqualTo(IdempotencyFilter.HEADER);
  }

  @Test
  void keysBelongToTheirCaller() {
    String key = UUID.randomUUID().toString();
    String code = listed();
    assertThat(as("applicant1").withHeader(IdempotencyFilter.HEADER, key)
        .submitCase(SecurityFixtures.verificationCase(code)).status()).isEqualTo(201);

    Response other = as("applicant2").withHeader(IdempotencyFilter.HEADER, key)
        .submitCase(SecurityFixtures.verificationCase(code));

    assertThat(other.status()).as("another applicant's key is theirs alone").isEqualTo(201);
    assertThat(other.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void twoRetriesAtTheSameMomentCreateOneCase() throws Exception {
    Map<String, Object> body = as("applicant1").withMaterials(SecurityFixtures.verificationCase(listed()));
    String key = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    List<Future<Response>> sent = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        sent.add(pool.submit(() -> {
          start.await();
          return as("applicant1").withHeader(IdempotencyFilter.HEADER, key).submitCase(body);
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> response : sent) {
        statuses.add(response.get().status());
      }
      assertThat(statuses).as(statuses.toString()).containsOnly(201, 409).contains(201);
    } finally {
      pool.shutdownNow();
    }
    assertThat(casesOf(body)).isOne();
  }

  @Test
  void keysAreForgottenAfterADayAndUnansweredOnesAfterAQuarterOfAnHour() {
    String code = listed();
    String used = UUID.randomUUID().toString();
    String abandoned = UUID.randomUUID().toString();
    String running = UUID.randomUUID().toString();
    assertThat(as("applicant1").withHeader(IdempotencyFilter.HEADER, used)
        .submitCase(SecurityFixtures.verificationCase(code)).status()).isEqualTo(201);
    jdbc.update("update idempotent_request set created_at = ? where idem_key = ?",
        Timestamp.from(Instant.now().minus(Duration.ofHours(25))), used);
    unanswered(abandoned, Duration.ofMinutes(20));
    unanswered(running, Duration.ofMinutes(1));

    assertThat(expiry.run()).isGreaterThanOrEqualTo(2);

    assertThat(as("applicant1").withHeader(IdempotencyFilter.HEADER, used)
        .submitCase(SecurityFixtures.verificationCase(code)).status()).as("a day-old key is new again").isEqualTo(201);
    assertThat(as("applicant1").withHeader(IdempotencyFilter.HEADER, abandoned)
        .submitCase(SecurityFixtures.verificationCase(code)).status()).as("a request that never finished may be retried")
        .isEqualTo(201);
    assertThat(jdbc.queryForObject("select count(*) from idempotent_request where idem_key = ?", Long.class, running))
        .as("a request still running keeps its key").isOne();
  }

  private void unanswered(String key, Duration ago) {
    jdbc.update("insert into idempotent_request (caller, idem_key, method, path, request_hash, created_at) "
        + "values ('applicant1', ?, 'POST', '/api/verification-cases', 'x', ?)", key,
        Timestamp.from(Instant.now().minus(ago)));
  }

  @Test
  void theSameCertificateSubmittedAgainWhileItsCaseIsOpenPointsToThatCase() {
    Map<String, Object> body = SecurityFixtures.verificationCase(listed());
    String reference = as("applicant1").submitCase(body).json().get("reference").asText();

    Response twice = as("applicant1").submitCase(body);

    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("detail").asText()).contains(reference);
    assertThat(casesOf(body)).isOne();
  }

  private String listed() {
    return new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
  }

  private long casesOf(Map<String, Object> body) {
    return jdbc.queryForObject("select count(*) from verification_case where qualification_code = ? and "
        + "certificate_number = ?", Long.class, body.get("qualificationCode"), body.get("certificateNumber"));
  }

}
