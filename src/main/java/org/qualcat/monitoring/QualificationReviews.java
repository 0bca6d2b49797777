package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationReviewProcess.MESSAGE_RECTIFICATION_REPORTED;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.committee.CommitteeReviews;
import org.qualcat.notification.Notifications;
import org.qualcat.process.ProcessTimers;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One qualification's review in a monitoring cycle: the indicators from the monitors' inputs, Qualcat's own
 * verification cases beside them as demand on the platform, the assessment and its confirmation, the rectification
 * notice to the issuer and its outcome.
 */
@Service
@Transactional
public class QualificationReviews {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final MonitoringRecordRepository records;
  private final MonitoringCycleRepository cycles;
  private final MonitoringInputRepository inputs;
  private final CatalogEntries entries;
  private final List<VerificationStatistics> statistics;
  private final Catalog catalog;
  private final ProcessTimers timers;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final StaffDirectory staff;
  private final Duration inputValidFor;
  private final AuditTrail audit;
  private final Clock clock;

  QualificationReviews(MonitoringRecordRepository records, MonitoringCycleRepository cycles,
      MonitoringInputRepository inputs, CatalogEntries entries, List<VerificationStatistics> statistics,
      Catalog catalog, ProcessTimers timers, RuntimeService runtime, Notifications notifications, StaffDirectory staff,
      @Value("${qualcat.monitoring.input-valid-for:P400D}") Duration inputValidFor, AuditTrail audit, Clock clock) {
    this.records = records;
    this.cycles = cycles;
    this.inputs = inputs;
    this.entries = entries;
    this.statistics = statistics;
    this.catalog = catalog;
    this.timers = timers;
    this.runtime = runtime;
    this.notifications = notifications;
    this.staff = staff;
    this.inputValidFor = inputValidFor;
    this.audit = audit;
    this.clock = clock;
  }

  public MonitoringRecord open(Long cycleId, String qualificationCode, String processInstanceId) {
    MonitoringCycle cycle = cycleId == null ? null : cycles.findById(cycleId).orElse(null);
    return records.save(new MonitoringRecord(cycle, qualificationCode, processInstanceId, clock.instant()));
  }

  /**
   * Gathers the indicators from the monitors' latest input still valid, and records Qualcat's verification cases
   * since the last review (a year when there was none) beside them as demand on the platform. Certificate issuance
   * and the issuer's responsiveness are the monitors' figures only: the platform's counts never stand in for them,
   * so what no monitor recorded stays unknown and a monitor is asked.
   */
  public Indicators gather(long recordId) {
    MonitoringRecord record = record(recordId);
    String code = record.getQualificationCode();
    Instant since = records.findFirstByQualificationCodeAndFinishedAtIsNotNullOrderByIdDesc(code)
        .map(MonitoringRecord::getStartedAt).orElse(clock.instant().minus(Duration.ofDays(365)));
    VerificationStatistics.Activity activity = statistics.stream().map(s -> s.since(code, since))
        .reduce(VerificationStatistics.Activity.NONE, (a, b) -> new VerificationStatistics.Activity(
            a.certificatesVerifiedInBeijing() + b.certificatesVerifiedInBeijing(), a.cases() + b.cases(),
            a.issuerChecks() + b.issuerChecks(), a.issuerChecksAnswered() + b.issuerChecksAnswered()));
    record.platformDemand(PlatformDemand.of(activity));
    MonitoringInput input = inputs.findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(code)
        .filter(i -> i.getEnteredAt().isAfter(clock.instant().minus(inputValidFor))).orElse(null);
    Indicators indicators = input == null ? new Indicators(null, null, null, null, null)
        : new Indicators(input.getCertificatesInBeijing(), input.getTechnicalCompliance(), input.getHolderOutcomes(),
            input.getIssuerResponsive(), input.getIssuerContactEmail());
    record.indicators(indicators);
    return indicators;
  }

  /**
   * A monitor's standing input about a qualification, outside any review: the next review reads the latest one.
   * Recorded in the audit trail under the qualification's code, with the input in a few words.
   */
  public MonitoringInput recordInput(String qualificationCode, TechnicalCompliance compliance, HolderOutcomes outcomes,
      Integer certificatesInBeijing, Boolean issuerResponsive, String issuerContact, String note, String monitor) {
    if (!entries.exists(qualificationCode)) {
      throw new InvalidInputException("qualificationCode", "names no qualification: " + qualificationCode);
    }
    MonitoringInput input = inputs.save(new MonitoringInput(qualificationCode, compliance, outcomes,
        certificatesInBeijing, issuerResponsive, issuerContact, note, monitor, clock.instant()));
    audit.decision(MonitoringAuditActions.MONITORING_INPUT_RECORDED, qualificationCode, "input " + input.getId()
        + ": certificates in Beijing " + (certificatesInBeijing == null ? "not known" : certificatesInBeijing)
        + ", technical compliance " + compliance + ", holders' outcomes " + outcomes + ", issuer responsive "
        + (issuerResponsive == null ? "not known" : issuerResponsive));
    return input;
  }

  /** A monitor entered the indicators no input recorded; kept as the qualification's latest input. */
  public Indicators enterIndicators(long recordId, int certificatesInBeijing, TechnicalCompliance compliance,
      HolderOutcomes outcomes, boolean issuerResponsive, String issuerContact, String note, String monitor) {
    MonitoringRecord record = record(recordId);
    String contact = contact(issuerContact, false);
    inputs.save(new MonitoringInput(record.getQualificationCode(), compliance, outcomes, certificatesInBeijing,
        issuerResponsive, contact, note, monitor, clock.instant()));
    Indicators indicators = new Indicators(certificatesInBeijing, compliance, outcomes, issuerResponsive, contact);
    record.indicators(indicators);
    audit(MonitoringAuditActions.MONITORING_INDICATORS_ENTERED, record, "certificates in Beijing " + certificatesInBeijing
        + ", technical compliance " + compliance + ", holders' outcomes " + outcomes + ", issuer responsive "
        + issuerResponsive);
    return indicators;
  }

  public void assessed(long recordId, Assessment assessment, String reason) {
    record(recordId).assessed(assessment, reason);
  }

  /** A monitor confirms or overrides the assessment; an override needs a reason, non-compliance the issuer's address. */
  public Assessment confirm(long recordId, Assessment confirmed, String reason, String issuerContact, String monitor) {
    MonitoringRecord record = record(recordId);
    if (confirmed != record.getAssessment() && reason == null) {
      throw new BadUserRequestException(QualificationReviewProcess.FIELD_CONFIRMATION_REASON
          + " is required when the assessment differs from the decision table's");
    }
    String contact = contact(issuerContact != null ? issuerContact : record.getIssuerContactEmail(),
        confirmed == Assessment.NON_COMPLIANT);
    record.confirmed(confirmed, reason, monitor, clock.instant(), contact);
    audit(MonitoringAuditActions.MONITORING_CONFIRMED, record, "assessed " + record.getAssessment() + ", confirmed "
        + confirmed);
    return confirmed;
  }

  /** The rectification notice goes to the issuer (copied to the monitors); returns the deadline. */
  public Instant sendRectificationNotice(long recordId) {
    MonitoringRecord record = record(recordId);
    catalog.startRectification(record.getQualificationCode());
    Instant dueAt = timers.dueIn("rectification-period").toInstant();
    record.rectificationDue(dueAt);
    mailIssuer(record, "monitoring-rectification-notice");
    return dueAt;
  }

  public void remindIssuer(long recordId) {
    mailIssuer(record(recordId), "monitoring-rectification-reminder");
  }

  /** A monitor records the issuer's rectification report; the review goes on to the re-check. */
  public MonitoringRecord rectificationReported(long recordId, String report) {
    MonitoringRecord record = record(recordId);
    record.rectificationReported(report);
    audit(MonitoringAuditActions.MONITORING_RECTIFICATION_REPORTED, record, null);
    records.flush();
    try {
      runtime.createMessageCorrelation(MESSAGE_RECTIFICATION_REPORTED)
          .processInstanceId(record.getProcessInstanceId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("the review of " + record.getQualificationCode() + " is not waiting for a "
          + "rectification report");
    }
    return record;
  }

  public void recheck(long recordId, boolean rectified, String note, String monitor) {
    MonitoringRecord record = record(recordId);
    record.confirmed(rectified ? Assessment.COMPLIANT : Assessment.NON_COMPLIANT,
        (rectified ? "Rectified: " : "Not rectified: ") + note, monitor, clock.instant(), null);
    audit(MonitoringAuditActions.MONITORING_RECHECKED, record, rectified ? "rectified" : "not rectified");
  }

  public void restoreListing(long recordId) {
    catalog.restoreListing(record(recordId).getQualificationCode());
  }

  /** Why the review refers the qualification to the committee for removal. */
  @Transactional(readOnly = true)
  public String exitGrounds(long recordId) {
    MonitoringRecord record = record(recordId);
    List<String> grounds = new ArrayList<>();
    grounds.add("Monitoring " + (record.getCycle() == null ? "" : record.getCycle().getReference() + " ")
        + "assessed the qualification NON_COMPLIANT: " + record.getAssessmentReason());
    if (record.getConfirmationReason() != null) {
      grounds.add("Monitor " + record.getConfirmedBy() + ": " + record.getConfirmationReason());
    }
    grounds.add(record.getRectificationReport() == null
        ? "The issuer did not report a rectification by " + CommitteeReviews.format(record.getRectificationDueAt())
        : "The issuer's rectification report was not accepted: " + record.getRectificationReport());
    String text = String.join(". ", grounds);
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }

  public void referredForExit(long recordId, String exitReference) {
    record(recordId).referredForExit(exitReference);
  }

  public void finish(long recordId, ReviewResult result) {
    record(recordId).finish(result, clock.instant());
  }

  @Transactional(readOnly = true)
  public MonitoringRecord byId(long recordId) {
    return record(recordId);
  }

  /** Reviews are audited under their qualification's code; the details say which review of which cycle. */
  private void audit(AuditAction action, MonitoringRecord record, String details) {
    String review = "review " + record.getId() + (record.getCycle() == null ? "" : " of cycle "
        + record.getCycle().getReference());
    audit.decision(action, record.getQualificationCode(), details == null ? review : review + ": " + details);
  }

  MonitoringRecord record(long id) {
    return records.findById(id).orElseThrow(() -> new NotFoundException("no monitoring record " + id));
  }

  private static String contact(String email, boolean required) {
    String value = email == null ? null : email.strip();
    if (value == null || value.isEmpty()) {
      if (required) {
        throw new BadUserRequestException(QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL
            + " is required: the rectification notice goes to the issuing body");
      }
      return null;
    }
    if (!EMAIL.matcher(value).matches() || value.length() > 254) {
      throw new BadUserRequestException(QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL
          + " must be a mail address");
    }
    return value;
  }

  private void mailIssuer(MonitoringRecord record, String template) {
    List<String> to = new ArrayList<>();
    if (record.getIssuerContactEmail() != null) {
      to.add(record.getIssuerContactEmail());
    }
    to.addAll(staff.emailsOf(Roles.MONITORS));
    if (to.isEmpty()) {
      return;
    }
    var qualification = entries.find(record.getQualificationCode()).orElseThrow();
    Map<String, Object> model = new HashMap<>();
    model.put("code", record.getQualificationCode());
    model.put("name", qualification.details().nameEn());
    model.put("nameZh", qualification.details().nameZh());
    model.put("issuer", qualification.details().issuingBody());
    model.put("reason", record.getAssessmentReason());
    model.put("dueAt", CommitteeReviews.format(record.getRectificationDueAt()));
    notifications.send(template, to, model, record.getQualificationCode());
  }
}
