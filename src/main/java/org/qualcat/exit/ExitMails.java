package org.qualcat.exit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.notification.Notifications;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The mails of an exit case (templates {@code templates/mail/exit-*.txt}) to the monitors and the secretariat, sent
 * through {@link Notifications}: the case, the qualification, the grounds and the committee's resolution.
 */
@Component
class ExitMails {

  private final Notifications notifications;
  private final StaffDirectory staff;

  ExitMails(Notifications notifications, StaffDirectory staff) {
    this.notifications = notifications;
    this.staff = staff;
  }

  /** Tells the monitors and the secretariat; {@code resolution} is the committee's (empty when there is none). */
  void toStaff(ExitCase exit, String template, String qualificationName, String resolution) {
    List<String> to = new ArrayList<>(staff.emailsOf(Roles.MONITORS));
    to.addAll(staff.emailsOf(Roles.SECRETARIAT));
    if (to.isEmpty()) {
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("reference", exit.getReference());
    model.put("code", exit.getQualificationCode());
    model.put("name", qualificationName);
    model.put("grounds", exit.getGrounds());
    model.put("resolution", resolution);
    notifications.send(template, to, model, exit.getReference());
  }
}
