package org.qualcat.monitoring;

import static org.qualcat.monitoring.QualificationReviewProcess.TIMER_RECTIFICATION_PERIOD;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qualcat.process.BureauTime;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.process.ProcessTimers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One qualification's review in a monitoring cycle, step by step as {@code qualification-review} takes it (through
 * {@link QualificationReviewSteps}): the indicators from the monitors' inputs, Qualcat's own verification cases beside
 * them as demand on the platform, the assessment and its confirmation, the rectification notice to the issuer and
 * its outcome. What monitors do outside the review's tasks is in {@link MonitorActions}.
 */
@Service
@Transactional
class QualificationReviews {

  private final MonitoringRecordRepository records;
  private final MonitoringCycleRepository cycles;
  private final MonitoringInputRepository inputs;
  private final List<VerificationStatistics> statistics;
  private final Catalog catalog;
  private final ProcessTimers timers;
  private final MonitoringMails mails;
  private final Duration inputValidFor;
  private final AuditTrail audit;
  private final Clock clock;

  QualificationReviews(MonitoringRecordRepository records, MonitoringCycleRepository cycles,
      MonitoringInputRepository inputs, List<VerificationStatistics> statistics, Catalog catalog,
      ProcessTimers timers, MonitoringMails mails,
      @Value("${qualcat.monitoring.input-valid-for:P400D}") Duration inputValidFor, AuditTrail audit, Clock clock) {
    this.records = records;
    this.cycles = cycles;
    this.inputs = inputs;
    this.statistics = statistics;
    this.catalog = catalog;
    this.timers = timers;
    this.mails = mails;
    this.inputValidFor = inputValidFor;
    this.audit = audit;
    this.clock = clock;
  }

  MonitoringRecord open(Long cycleId, String qualificationCode, String processInstanceId) {
    MonitoringCycle cycle = cycleId == null ? null : cycles.findById(cycleId).orElse(null);
    return records.save(new MonitoringRecord(cycle, qualificationCode, processInstanceId, clock.instant()));
  }

  /**
   * Gathers the indicators from the monitors' latest input still valid, and records Qualcat's verification cases
   * since the last review (a year when there was none) beside them as demand on the platform. Certificate issuance
   * and the issuer's responsiveness are the monitors' figures only: the platform's counts never stand in for them,
   * so what no monitor recorded stays unknown and a monitor is asked.
   */
  Indicators gather(long recordId) {
    MonitoringRecord record = record(recordId);
    String code = record.getQualificationCode();
    Instant since = records.findFirstByQualificationCodeAndFinishedAtIsNotNullOrderByIdDesc(code)
        .map(MonitoringRecord::getStartedAt).orElse(clock.instant().minus(Duration.ofDays(365)));
    VerificationStatistics.Activity activity = statistics.stream().map(s -> s.since(code, since))
        .reduce(VerificationStatistics.Activity.NONE, (a, b) -> new VerificationStatistics.Activity(
            a.certificatesVerifiedInBeijing() + b.certificatesVerifiedInBeijing(), a.cases() + b.cases(),
            a.issuerChecks() + b.issuerChecks(), a.issuerChecksAnswered() + b.issuerChecksAnswered()));
    record.platformDemand(PlatformDemand.of(activity));
    Indicators indicators = inputs.findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(code)
        .filter(i -> i.getEnteredAt().isAfter(clock.instant().minus(inputValidFor)))
        .map(MonitoringInput::indicators).orElse(Indicators.UNKNOWN);
    record.indicators(indicators);
    return indicators;
  }

  /** A monitor entered the indicators no input recorded; kept as the qualification's latest input. */
  Indicators enterIndicators(long recordId, int certificatesInBeijing, TechnicalCompliance compliance,
      HolderOutcomes outcomes, boolean issuerResponsive, String issuerContact, String note, String monitor) {
    MonitoringRecord record = record(recordId);
    String contact = IssuerContact.entered(issuerContact, false);
    Indicators indicators = new Indicators(certificatesInBeijing, compliance, outcomes, issuerResponsive, contact);
    inputs.save(new MonitoringInput(record.getQualificationCode(), compliance, outcomes, certificatesInBeijing,
        issuerResponsive, contact, note, monitor, clock.instant()));
    record.indicators(indicators);
    audit(MonitoringAuditActions.MONITORING_INDICATORS_ENTERED, record, "certificates in Beijing " + certificatesInBeijing
        + ", technical compliance " + compliance + ", holders' outcomes " + outcomes + ", issuer responsive "
        + issuerResponsive);
    return indicators;
  }

  void assessed(long recordId, Assessment assessment, String reason) {
    record(recordId).assessed(assessment, reason);
  }

  /** A monitor confirms or overrides the assessment; an override needs a reason, non-compliance the issuer's address. */
  Assessment confirm(long recordId, Assessment confirmed, String reason, String issuerContact, String monitor) {
    MonitoringRecord record = record(recordId);
    Confirmation confirmation = new Confirmation(record.getAssessment(), confirmed, reason);
    String contact = IssuerContact.entered(issuerContact != null ? issuerContact : record.getIssuerContactEmail(),
        confirmed == Assessment.NON_COMPLIANT);
    record.confirmed(confirmation.confirmed(), confirmation.reason(), monitor, clock.instant(), contact);
    audit(MonitoringAuditActions.MONITORING_CONFIRMED, record, "assessed " + record.getAssessment() + ", confirmed "
        + confirmed);
    return confirmed;
  }

  /** The rectification notice goes to the issuer (copied to the monitors); returns the deadline. */
  Instant sendRectificationNotice(long recordId) {
    MonitoringRecord record = record(recordId);
    catalog.startRectification(record.getQualificationCode());
    Instant dueAt = timers.dueIn(TIMER_RECTIFICATION_PERIOD).toInstant();
    record.rectificationDue(dueAt);
    mails.rectificationNotice(record);
    return dueAt;
  }

  void remindIssuer(long recordId) {
    mails.rectificationReminder(record(recordId));
  }

  void recheck(long recordId, boolean rectified, String note, String monitor) {
    MonitoringRecord record = record(recordId);
    record.confirmed(rectified ? Assessment.COMPLIANT : Assessment.NON_COMPLIANT,
        (rectified ? "Rectified: " : "Not rectified: ") + note, monitor, clock.instant(), null);
    audit(MonitoringAuditActions.MONITORING_RECHECKED, record, rectified ? "rectified" : "not rectified");
  }

  void restoreListing(long recordId) {
    catalog.restoreListing(record(recordId).getQualificationCode());
  }

  /** Why the review refers the qualification to the committee for removal. */
  @Transactional(readOnly = true)
  String exitGrounds(long recordId) {
    MonitoringRecord record = record(recordId);
    List<String> grounds = new ArrayList<>();
    grounds.add("Monitoring " + (record.getCycle() == null ? "" : record.getCycle().getReference() + " ")
        + "assessed the qualification NON_COMPLIANT: " + record.getAssessmentReason());
    if (record.getConfirmationReason() != null) {
      grounds.add("Monitor " + record.getConfirmedBy() + ": " + record.getConfirmationReason());
    }
    grounds.add(record.getRectificationReport() == null
        ? "The issuer did not report a rectification by " + BureauTime.dateTime(record.getRectificationDueAt())
        : "The issuer's rectification report was not accepted: " + record.getRectificationReport());
    String text = String.join(". ", grounds);
    return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
  }

  void referredForExit(long recordId, String exitReference) {
    record(recordId).referredForExit(exitReference);
  }

  void finish(long recordId, ReviewResult result) {
    record(recordId).finish(result, clock.instant());
  }

  @Transactional(readOnly = true)
  MonitoringRecord byId(long recordId) {
    return record(recordId);
  }

  /** Reviews are audited under their qualification's code; the details say which review of which cycle. */
  private void audit(AuditAction action, MonitoringRecord record, String details) {
    audit.decision(action, record.getQualificationCode(), record.described(details));
  }

  private MonitoringRecord record(long id) {
    return records.get(id);
  }
}
