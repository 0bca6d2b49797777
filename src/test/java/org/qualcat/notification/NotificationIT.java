package org.qualcat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.body;
import static org.qualcat.support.TestMailServer.to;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail leaves only after the transaction that caused it commits, and is retried until delivered (GreenMail). */
class NotificationIT extends IntegrationTest {

  private static final String TEMPLATE = "plumbing-probe-greeting";

  @Autowired
  Notifications notifications;
  @Autowired
  OutboundMailRepository mails;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  MailSettings settings;

  private final String reference = "MAIL-" + UUID.randomUUID();

  @AfterEach
  void mailServerIsBack() {
    TestMailServer.ensureStarted();
  }

  @Test
  void aMailLeavesOnlyOnceItsTransactionHasCommitted() {
    transaction.executeWithoutResult(status -> {
      notifications.send(TEMPLATE, List.of("holder@example.org"), Map.of("reference", reference), reference);
      sleep(300); // time enough for a premature send to arrive
      assertThat(TestMailServer.mailsTo("holder@example.org", reference)).as("nothing sent before commit").isEmpty();
    });

    MimeMessage mail = awaitMail("after commit", to("holder@example.org", reference));

    assertThat(subject(mail)).isEqualTo("Probe greeting for " + reference);
    assertThat(body(mail)).contains("this greeting belongs to " + reference).contains("你好，此问候属于");
    awaitStatus(MailStatus.SENT);
  }

  @Test
  void aRolledBackTransactionSendsNothingAndLeavesNoRecord() {
    transaction.executeWithoutResult(status -> {
      notifications.send(TEMPLATE, List.of("holder@example.org"), Map.of("reference", reference), reference);
      status.setRollbackOnly();
    });
    String control = reference + "-control";
    transaction.executeWithoutResult(status ->
        notifications.send(TEMPLATE, List.of("holder@example.org"), Map.of("reference", control), control));

    awaitMail("of the committed transaction", to("holder@example.org", control));

    assertThat(TestMailServer.received()).noneMatch(exactly(reference));
    assertThat(mails.findByReferenceOrderById(reference)).isEmpty();
  }

  @Test
  void aFailedDeliveryIsRetriedUntilTheServerTakesIt() {
    TestMailServer.stop();
    notifications.send(TEMPLATE, List.of("employer@example.org"), Map.of("reference", reference), reference);

    OutboundMail failed = awaitAttempts(1);
    assertThat(failed.getStatus()).isEqualTo(MailStatus.PENDING);
    assertThat(failed.getLastError()).isNotBlank();
    assertThat(failed.getNextAttemptAt()).isAfter(failed.getCreatedAt().plus(settings.firstRetryAfter()).minusSeconds(1));
    assertThat(dispatcher.dispatchDue(Instant.now())).as("not due yet").isZero();

    TestMailServer.ensureStarted();
    assertThat(dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1)))).isGreaterThanOrEqualTo(1);

    awaitMail("on retry", to("employer@example.org", reference));
    OutboundMail sent = mails.findByReferenceOrderById(reference).get(0);
    assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
    assertThat(sent.getAttempts()).isEqualTo(2);
    assertThat(sent.getSentAt()).isNotNull();
  }

  @Test
  void deliveryIsGivenUpAfterTheConfiguredAttempts() {
    TestMailServer.stop();
    notifications.send(TEMPLATE, List.of("employer@example.org"), Map.of("reference", reference), reference);
    awaitAttempts(1);

    Instant later = Instant.now();
    for (int attempt = 2; attempt <= settings.maxAttempts(); attempt++) {
      later = later.plus(Duration.ofDays(30));
      dispatcher.dispatchDue(later);
    }

    OutboundMail given = mails.findByReferenceOrderById(reference).get(0);
    assertThat(given.getAttempts()).isEqualTo(settings.maxAttempts());
    assertThat(given.getStatus()).isEqualTo(MailStatus.FAILED);
    assertThat(dispatcher.dispatchDue(later.plus(Duration.ofDays(365)))).as("a failed mail stays failed").isZero();
  }

  @Test
  void twoNodesClaimingTheSameMailsSendEachOnce() throws Exception {
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(recorded(reference + "-" + i).getId());
    }
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> sent = new java.util.ArrayList<>();
      for (int node = 0; node < 2; node++) {
        sent.add(nodes.submit(() -> {
          go.await();
          int delivered = 0;
          for (long id : ids) {
            delivered += dispatcher.dispatch(id) ? 1 : 0;
          }
          return delivered;
        }));
      }
      go.countDown();
      assertThat(sent.get(0).get(30, TimeUnit.SECONDS) + sent.get(1).get(30, TimeUnit.SECONDS)).isEqualTo(10);
    } finally {
      nodes.shutdown();
    }

    for (long id : ids) {
      assertThat(TestMailServer.received().stream().filter(mailId(id))).as("mail " + id).hasSize(1);
      assertThat(mails.findById(id).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    }
  }

  @Test
  void aMailWhoseNodeStoppedWhileSendingIsSentOnceItsLeaseHasRunOut() {
    OutboundMail mail = recorded(reference);
    Instant claimed = Instant.now();
    transaction.executeWithoutResult(status -> mails.findById(mail.getId()).orElseThrow()
        .claim(claimed.plus(settings.sendingLease())));

    dispatcher.dispatchDue(claimed.plus(settings.sendingLease()).minusSeconds(1));
    assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).as("the lease still holds")
        .isEqualTo(MailStatus.SENDING);
    assertThat(TestMailServer.received()).noneMatch(mailId(mail.getId()));

    dispatcher.dispatchDue(claimed.plus(settings.sendingLease()).plusSeconds(1));

    assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    assertThat(TestMailServer.received().stream().filter(mailId(mail.getId()))).hasSize(1);
  }

  /** A mail recorded as a node that then stopped would leave it: PENDING, no dispatch after commit. */
  private OutboundMail recorded(String about) {
    return mails.save(new OutboundMail(TEMPLATE, List.of("node@example.org"), "Probe greeting for " + about,
        "A mail " + about, about, null, Instant.now()));
  }

  private static Predicate<MimeMessage> mailId(long id) {
    return m -> {
      try {
        return String.valueOf(id).equals(m.getHeader("X-Qualcat-Mail-Id", null));
      } catch (Exception e) {
        return false;
      }
    };
  }

  private OutboundMail awaitAttempts(int attempts) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      List<OutboundMail> found = mails.findByReferenceOrderById(reference);
      if (!found.isEmpty() && found.get(0).getAttempts() >= attempts) {
        return found.get(0);
      }
      sleep(50);
    }
    throw new AssertionError("mail " + reference + " was not attempted " + attempts + " times");
  }

  private void awaitStatus(MailStatus status) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      if (mails.findByReferenceOrderById(reference).stream().anyMatch(m -> m.getStatus() == status)) {
        return;
      }
      sleep(50);
    }
    throw new AssertionError("mail " + reference + " never became " + status);
  }

  private static Predicate<MimeMessage> exactly(String reference) {
    return m -> subject(m).equals("Probe greeting for " + reference);
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }


  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
