package org.qualcat.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends recorded mails: right after the transaction that recorded them commits, and again on a schedule for
 * those whose earlier attempt failed (or whose node stopped before sending). A node claims a mail before sending
 * it (optimistic lock: of two nodes claiming one mail, one wins), so nodes sharing a database do not send it twice.
 * A claim is a lease ({@code qualcat.mail.sending-lease}): a mail whose node died while sending it is claimed again
 * once the lease has run out, instead of staying SENDING for ever (docs/adr/0021).
 */
@Component
public class MailDispatcher implements DisposableBean {

  private static final int BATCH = 50;
  private static final List<MailStatus> DUE = List.of(MailStatus.PENDING, MailStatus.SENDING);
  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

  private final OutboundMailRepository mails;
  private final MailTransport transport;
  private final MailSettings settings;
  private final TransactionTemplate transaction;
  /** A small pool of its own, so that a slow mail server never holds up a request or the job executor. */
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
  private final Clock clock;

  MailDispatcher(OutboundMailRepository mails, MailTransport transport, MailSettings settings,
      TransactionTemplate transaction, Clock clock) {
    this.mails = mails;
    this.transport = transport;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
    executor.setThreadNamePrefix("mail-");
    executor.setCorePoolSize(2);
    executor.setMaxPoolSize(2);
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(10);
    executor.initialize();
  }

  @Override
  public void destroy() {
    executor.shutdown();
  }

  /** Sends the mail in the background; called once its transaction has committed. */
  void dispatchSoon(long id) {
    executor.execute(() -> dispatch(id));
  }

  /**
   * Sends every mail whose (next) attempt is due, and every mail whose sending node's lease has run out; the
   * scheduler calls it, tests call it with a later instant. Returns how many it tried.
   */
  public int dispatchDue(Instant now) {
    List<Long> due = transaction.execute(status -> mails
        .findByStatusInAndNextAttemptAtLessThanEqualOrderById(DUE, now, Limit.of(BATCH))
        .stream().map(OutboundMail::getId).toList());
    due.forEach(id -> dispatch(id, now));
    return due.size();
  }

  @Scheduled(fixedDelayString = "${qualcat.mail.sweep-interval}", initialDelayString = "${qualcat.mail.sweep-interval}")
  void sweep() {
    dispatchDue(clock.instant());
  }

  /** Claims, sends and records the outcome of one mail; returns whether it was delivered now. */
  public boolean dispatch(long id) {
    return dispatch(id, clock.instant());
  }

  private boolean dispatch(long id, Instant now) {
    OutboundMail mail = claim(id, now);
    if (mail == null) {
      return false;
    }
    try {
      transport.deliver(mail, mail.senderOr(settings.from()));
      transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> m.sent(clock.instant())));
      log.info("Sent mail {} ({}, about {})", id, mail.getTemplate(), mail.getReference());
      return true;
    } catch (Exception e) {
      String error = e.getClass().getSimpleName() + ": " + e.getMessage();
      transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(m -> {
        int attempts = m.getAttempts() + 1;
        m.failed(error, clock.instant().plus(settings.retryAfter(attempts)), settings.maxAttempts());
        log.warn("Mail {} ({}) not delivered, attempt {} of {}: {}", id, m.getTemplate(), attempts,
            settings.maxAttempts(), e.getClass().getSimpleName());
      }));
      return false;
    }
  }

  private OutboundMail claim(long id, Instant now) {
    try {
      return transaction.execute(status -> {
        OutboundMail mail = mails.findById(id).orElse(null);
        if (mail == null || !mail.claimable(now)) {
          return null;
        }
        if (mail.getStatus() == MailStatus.SENDING) {
          log.warn("Mail {} ({}) was claimed by a node that stopped while sending it; sending it again", id,
              mail.getTemplate());
        }
        mail.claim(now.plus(settings.sendingLease()));
        mails.saveAndFlush(mail);
        return mail;
      });
    } catch (OptimisticLockingFailureException e) {
      return null; // another node claimed it
    }
  }
}
