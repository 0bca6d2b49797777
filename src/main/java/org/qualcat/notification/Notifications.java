package org.qualcat.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way Qualcat sends mail. {@link #send} renders a template and records the mail in the caller's
 * transaction; it leaves only when that transaction commits. A rollback (a failed process step, a refused request)
 * leaves neither a record nor a mail. Delivery is retried until it succeeds ({@link MailDispatcher}).
 */
@Service
public class Notifications {

  private final MailTemplates templates;
  private final OutboundMailRepository mails;
  private final MailDispatcher dispatcher;
  private final Clock clock;

  Notifications(MailTemplates templates, OutboundMailRepository mails, MailDispatcher dispatcher, Clock clock) {
    this.templates = templates;
    this.mails = mails;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /**
   * Sends {@code templates/mail/<template>.txt}, rendered with {@code model}, to {@code recipients} once the current
   * transaction commits (at once when there is none).
   *
   * @param reference the business reference the mail is about (a case or nomination), for tracing
   * @return the id of the recorded mail
   */
  @Transactional
  public long send(String template, Collection<String> recipients, Map<String, Object> model, String reference) {
    return send(template, recipients, model, reference, null);
  }

  /**
   * {@link #send(String, Collection, Map, String)} from {@code sender} (a mail address, e.g. a bureau's,
   * {@code "Qualcat Tianjin <tianjin@...>"}) instead of Qualcat's own ({@code qualcat.mail.from}, when null).
   */
  @Transactional
  public long send(String template, Collection<String> recipients, Map<String, Object> model, String reference,
      String sender) {
    List<String> to = recipients.stream().filter(r -> r != null && !r.isBlank()).distinct().toList();
    if (to.isEmpty()) {
      throw new IllegalArgumentException("mail " + template + " has no recipient");
    }
    MailTemplates.Rendered mail = templates.render(template, model);
    long id = mails.save(new OutboundMail(template, to, mail.subject(), mail.body(), reference, sender, clock.instant()))
        .getId();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        dispatcher.dispatchSoon(id);
      }
    });
    return id;
  }
}
