package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.Latches;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reference numbers do not queue submissions behind each other (issue 13): a number is committed the moment it is
 * taken, so a submission still running does not hold up the next one, on this node or another; many requests at
 * once on a counter nobody has used yet (the first day of a year) all get their number.
 */
class ReferencesIT extends IntegrationTest {

  @Autowired
  References references;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  Catalog catalog;
  @Autowired
  DataSource dataSource;
  @Autowired
  Clock clock;

  @Test
  void aSubmissionStillRunningDoesNotHoldUpTheNextNumber() throws Exception {
    String prefix = newKind();
    CountDownLatch taken = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    ExecutorService threads = Executors.newSingleThreadExecutor();
    try {
      Future<String> first = threads.submit(() -> transaction.execute(status -> {
        String reference = references.next(prefix, 4);
        taken.countDown();
        // the business transaction is still open: the process is starting, say
        Latches.await(finish, "the test's go-ahead to commit");
        return reference;
      }));
      assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

      Future<String> second = Executors.newSingleThreadExecutor().submit(() -> references.next(prefix, 4));

      assertThat(second.get(5, TimeUnit.SECONDS)).as("the next number while the first submission is open")
          .endsWith("-0002");
      finish.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).endsWith("-0001");
    } finally {
      finish.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void manyRequestsAtOnceOnANewCounterAllGetTheirOwnNumber() throws Exception {
    String prefix = newKind();
    int clients = 16;
    int each = 10;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        results.add(threads.submit(() -> {
          start.await();
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            mine.add(transaction.execute(status -> references.next(prefix, 4)));
          }
          return mine;
        }));
      }
      start.countDown();
      Set<Long> numbers = new HashSet<>();
      for (Future<List<String>> result : results) {
        for (String reference : result.get(60, TimeUnit.SECONDS)) {
          numbers.add(Long.parseLong(reference.substring(reference.lastIndexOf('-') + 1)));
        }
      }
      assertThat(numbers).as("every request numbered, none twice, none skipped")
          .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, (long) clients * each).boxed().toList());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theStatementThatTakesANumberHasCommittedItWhenItReturns() throws Exception {
    String prefix = newKind();
    int year = BureauTime.today(clock).getYear();
    references.next(prefix, 4); // the counter's row exists

    try (Connection taking = references.connect(); Connection other = dataSource.getConnection()) {
      assertThat(references.increment(taking, prefix, year)).isEqualTo(2);
      // the taking connection is still open and has committed nothing itself: no lock of it may be left
      other.setAutoCommit(false);
      try (Statement settings = other.createStatement()) {
        settings.execute(other.getMetaData().getDatabaseProductName().equals("H2")
            ? "set lock_timeout 1000" : "set session innodb_lock_wait_timeout = 1");
      }
      try (PreparedStatement update = other.prepareStatement(
          "update reference_counter set last_value = last_value where prefix = ? and year_ = ?")) {
        update.setString(1, prefix);
        update.setInt(2, year);
        assertThat(update.executeUpdate()).as("the row, not waiting for the taking connection").isOne();
      } finally {
        other.rollback();
      }
    }
    assertThat(references.next(prefix, 4)).endsWith("-0003");
  }

  @Test
  void aNumberTakenByARequestThatFailsIsNotGivenAgain() {
    String prefix = newKind();
    transaction.execute(status -> {
      references.next(prefix, 4);
      status.setRollbackOnly(); // the submission failed after it had its number
      return null;
    });

    assertThat(references.next(prefix, 4)).as("a gap, never a number given twice").endsWith("-0002");
  }

  @Test
  void submissionsAtTheSameMomentAreAllAccepted() throws Exception {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    int clients = 12;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    List<Future<Response>> sent = new ArrayList<>();
    try {
      for (int c = 0; c < clients; c++) {
        var body = as("applicant1").withMaterials(VerificationFixtures.requestBody(code,
            VerificationFixtures.certificate(), VerificationFixtures.document()));
        sent.add(threads.submit(() -> {
          start.await();
          return as("applicant1").submitCase(body);
        }));
      }
      start.countDown();
      Set<String> acknowledged = new HashSet<>();
      for (Future<Response> response : sent) {
        Response answer = response.get(120, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        acknowledged.add(answer.json().get("reference").asText());
      }
      assertThat(acknowledged).hasSize(clients);
    } finally {
      threads.shutdownNow();
    }
  }

  private static String newKind() {
    return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }
}
