package org.qualcat.adjustment;

import static org.qualcat.adjustment.CatalogAdjustmentProcess.MAIL_APPLIED;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.MAIL_REJECTED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * The mails to the requester of an adjustment (templates {@code templates/mail/adjustment-*.txt}), sent through
 * {@link Notifications}.
 */
@Component
class AdjustmentMails {

  private final Notifications notifications;

  AdjustmentMails(Notifications notifications) {
    this.notifications = notifications;
  }

  void applied(AdjustmentRequest adjustment) {
    send(adjustment, MAIL_APPLIED, "");
  }

  /** Rejected, with the committee's resolution (empty when there is none). */
  void rejected(AdjustmentRequest adjustment, String resolution) {
    send(adjustment, MAIL_REJECTED, resolution);
  }

  private void send(AdjustmentRequest adjustment, String template, String resolution) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", adjustment.getReference());
    model.put("code", adjustment.getQualificationCode());
    model.put("resolution", resolution);
    notifications.send(template, List.of(adjustment.getContactEmail()), model, adjustment.getReference());
  }
}
