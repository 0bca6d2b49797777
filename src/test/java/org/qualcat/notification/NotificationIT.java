package org.qualcat.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  private static String body(MimeMessage mail) {
    try {
      return mail.getContent().toString();
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
