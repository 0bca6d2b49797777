package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationMonitoringProcess.MAIL_CYCLE_REPORT;
import static org.qualcat.monitoring.QualificationReviewProcess.MAIL_RECTIFICATION_NOTICE;
import static org.qualcat.monitoring.QualificationReviewProcess.MAIL_RECTIFICATION_REMINDER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.process.BureauTime;
import org.qualcat.notification.Notifications;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * The mails of monitoring (templates {@code templates/mail/monitoring-*.txt}), sent through {@link Notifications}:
 * the cycle's report to the monitors, the rectification notice and its reminder to the issuer (copied to the
 * monitors). Nothing goes out when nobody is to receive it.
 */
@Component
class MonitoringMails {

  private final Notifications notifications;
  private final StaffDirectory staff;
  private final CatalogEntries catalog;

  MonitoringMails(Notifications notifications, StaffDirectory staff, CatalogEntries catalog) {
    this.notifications = notifications;
    this.staff = staff;
    this.catalog = catalog;
  }

  /** The cycle's report, with its counts per result, to the monitors. */
  void cycleReport(MonitoringCycle cycle) {
    List<String> monitors = staff.emailsOf(Roles.MONITORS);
    if (monitors.isEmpty()) {
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("reference", cycle.getReference());
    model.put("qualifications", cycle.getQualifications());
    model.put("compliant", cycle.getCompliant());
    model.put("onWatch", cycle.getOnWatch());
    model.put("nonCompliant", cycle.getNonCompliant());
    model.put("rectified", cycle.getRectified());
    model.put("removed", cycle.getRemoved());
    model.put("overturned", cycle.getOverturned());
    notifications.send(MAIL_CYCLE_REPORT, monitors, model, cycle.getReference());
  }

  void rectificationNotice(MonitoringRecord record) {
    toIssuer(MAIL_RECTIFICATION_NOTICE, record);
  }

  void rectificationReminder(MonitoringRecord record) {
    toIssuer(MAIL_RECTIFICATION_REMINDER, record);
  }

  private void toIssuer(String template, MonitoringRecord record) {
    List<String> to = new ArrayList<>();
    if (record.getIssuerContactEmail() != null) {
      to.add(record.getIssuerContactEmail());
    }
    to.addAll(staff.emailsOf(Roles.MONITORS));
    if (to.isEmpty()) {
      return;
    }
    var qualification = catalog.find(record.getQualificationCode()).orElseThrow();
    Map<String, Object> model = new HashMap<>();
    model.put("code", record.getQualificationCode());
    model.put("name", qualification.details().nameEn());
    model.put("nameZh", qualification.details().nameZh());
    model.put("issuer", qualification.details().issuingBody());
    model.put("reason", record.getAssessmentReason());
    model.put("dueAt", BureauTime.dateTime(record.getRectificationDueAt()));
    notifications.send(template, to, model, record.getQualificationCode());
  }
}
