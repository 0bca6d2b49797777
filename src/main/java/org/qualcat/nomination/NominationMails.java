package org.qualcat.nomination;

import static org.qualcat.nomination.CatalogNominationProcess.MAIL_LISTED;
import static org.qualcat.nomination.CatalogNominationProcess.MAIL_RECEIVED;
import static org.qualcat.nomination.CatalogNominationProcess.MAIL_REJECTED;
import static org.qualcat.nomination.CatalogNominationProcess.MAIL_SUPPLEMENT_REQUESTED;
import static org.qualcat.nomination.CatalogNominationProcess.MAIL_WITHDRAWN;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * The mails to a nominator (templates {@code templates/mail/nomination-*.txt}), sent through {@link Notifications}:
 * each names the nomination and the qualification.
 */
@Component
class NominationMails {

  private final Notifications notifications;

  NominationMails(Notifications notifications) {
    this.notifications = notifications;
  }

  void received(Nomination nomination) {
    send(nomination, MAIL_RECEIVED, Map.of());
  }

  void supplementRequested(Nomination nomination, String request, String dueAt) {
    send(nomination, MAIL_SUPPLEMENT_REQUESTED, Map.of("request", request, "dueAt", dueAt));
  }

  void withdrawn(Nomination nomination) {
    send(nomination, MAIL_WITHDRAWN, Map.of("request", nomination.getSupplementRequest()));
  }

  void listed(Nomination nomination) {
    send(nomination, MAIL_LISTED, Map.of());
  }

  /** Rejected, with the committee's resolution (empty when there is none). */
  void rejected(Nomination nomination, String resolution) {
    send(nomination, MAIL_REJECTED, Map.of("resolution", resolution));
  }

  private void send(Nomination nomination, String template, Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("reference", nomination.getReference());
    model.put("code", nomination.getCode());
    model.put("nameEn", nomination.getDetails().nameEn());
    model.put("nameZh", nomination.getDetails().nameZh());
    notifications.send(template, List.of(nomination.getContactEmail()), model, nomination.getReference());
  }
}
