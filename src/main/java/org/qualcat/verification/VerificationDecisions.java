package org.qualcat.verification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qualcat.process.BureauTime;
import org.qualcat.process.IsoDurations;
import org.qualcat.process.ProcessTimers;
import org.qualcat.process.Refusal;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What verifiers decide on the forms of {@code certificate-verification} (through {@link VerificationSteps}, which
 * reads the forms' values): accept a case with its ETA, ask for a supplement, refuse false data, confirm the
 * employment in Beijing, and say what the issuer answered. A value the rules refuse throws
 * {@link InvalidInputException} naming the form's field: the task stays open.
 */
@Service
@Transactional
class VerificationDecisions {

  /** The latest ETA a verifier may promise, in days from today. */
  static final int MAX_ETA_DAYS = 366;

  private final VerificationCaseRepository cases;
  private final VerificationMails mails;
  private final ProcessTimers timers;
  private final CaseTimeline timeline;
  private final Clock clock;

  VerificationDecisions(VerificationCaseRepository cases, VerificationMails mails, ProcessTimers timers,
      CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.mails = mails;
    this.timers = timers;
    this.timeline = timeline;
    this.clock = clock;
  }

  /**
   * The verifier accepts the case with an ETA; when the applicant states employment in Beijing, the verifier also
   * says whether its evidence shows it ({@code employmentConfirmed}, null when not said; the services that need it
   * follow a confirmed statement only).
   */
  void accept(String reference, LocalDate eta, Boolean employmentConfirmed, String verifier) {
    VerificationCase c = cases.getByReference(reference);
    LocalDate today = BureauTime.today(clock);
    if (!eta.isAfter(today) || eta.isAfter(today.plusDays(MAX_ETA_DAYS))) {
      throw Refusal.ETA.invalid(VerificationProcess.VAR_ETA,
          "must be a date after today and within a year (" + today.plusDays(1) + " to "
              + today.plusDays(MAX_ETA_DAYS) + ")", today.plusDays(1).toString(),
          today.plusDays(MAX_ETA_DAYS).toString());
    }
    if (c.isEmployedInBeijing()) {
      recordEmploymentFinding(c, employmentConfirmed, verifier);
    }
    c.accept(eta, verifier, clock.instant());
    timeline.record(c, EventKind.ACCEPTED, "Result expected by " + eta + ".", verifier);
    timeline.audit(VerificationAuditActions.VERIFICATION_ACCEPTED, c, "ETA " + eta);
    mails.accepted(c);
  }

  /** The verifier's finding on the statement of employment in Beijing of a case that reused an earlier result. */
  void checkEmployment(String reference, Boolean confirmed, String verifier) {
    recordEmploymentFinding(cases.getByReference(reference), confirmed, verifier);
  }

  void requestSupplement(String reference, String request, String verifier) {
    VerificationCase c = cases.getByReference(reference);
    String text = CaseFields.requiredText(request, VerificationProcess.VAR_SUPPLEMENT_REQUEST);
    Instant due = IsoDurations.plus(clock.instant(), timers.duration(VerificationProcess.TIMER_SUPPLEMENT_DEADLINE));
    c.requestSupplement(text, LocalDate.ofInstant(due, BureauTime.ZONE), clock.instant());
    timeline.record(c, EventKind.SUPPLEMENT_REQUESTED, text, verifier);
    timeline.audit(VerificationAuditActions.VERIFICATION_SUPPLEMENT_REQUESTED, c, "due " + c.getSupplementDueOn());
    mails.supplementRequested(c);
  }

  void refuseFalseData(String reference, String reason, String verifier) {
    VerificationCase c = cases.getByReference(reference);
    String text = CaseFields.requiredText(reason, VerificationProcess.VAR_REFUSAL_REASON);
    c.refuse(ClosingReason.FALSE_DATA, text, clock.instant());
    timeline.record(c, EventKind.REFUSED_FALSE_DATA, text, verifier);
    timeline.audit(VerificationAuditActions.VERIFICATION_REFUSED, c, ClosingReason.FALSE_DATA.name());
    mails.closed(c);
  }

  /**
   * The verifier's finding on the check form, written to the case's timeline: {@code genuine} null when the form
   * gave neither answer; a note is required unless the certificate is genuine. Returns whether it is.
   */
  boolean recordIssuerCheck(String reference, Boolean genuine, String note, String verifier) {
    VerificationCase c = cases.getByReference(reference);
    List<FieldError> errors = new ArrayList<>();
    if (genuine == null) {
      errors.add(Refusal.CHOICE.error(VerificationProcess.VAR_CHECK_RESULT, "must be one of "
          + VerificationProcess.GENUINE + ", " + VerificationProcess.NOT_GENUINE));
    }
    boolean confirmed = Boolean.TRUE.equals(genuine);
    String text = CaseFields.text(note, VerificationProcess.VAR_CHECK_NOTE, !confirmed, errors);
    CaseFields.throwIfAny(errors);
    timeline.record(c, EventKind.ISSUER_CHECKED, text != null ? text
        : "The issuing body confirmed the certificate.", verifier);
    timeline.audit(VerificationAuditActions.VERIFICATION_ISSUER_CHECKED, c, "verifier's finding: "
        + (confirmed ? VerificationProcess.GENUINE : VerificationProcess.NOT_GENUINE));
    return confirmed;
  }

  private void recordEmploymentFinding(VerificationCase c, Boolean confirmed, String verifier) {
    if (confirmed == null) {
      throw Refusal.EMPLOYMENT_FINDING.invalid(VerificationProcess.VAR_EMPLOYMENT_FINDING, "say whether the evidence "
          + "shows personnel and labor relations with an employer in Beijing, or ask the applicant for a supplement "
          + "instead of accepting");
    }
    c.employmentChecked(confirmed, clock.instant());
    timeline.record(c, confirmed ? EventKind.EMPLOYMENT_CONFIRMED : EventKind.EMPLOYMENT_NOT_SHOWN, confirmed
        ? "The evidence shows personnel and labor relations with an employer in Beijing."
        : "The evidence does not show personnel and labor relations with an employer in Beijing: the services that "
            + "need them are not part of the result.", verifier);
    timeline.audit(VerificationAuditActions.VERIFICATION_EMPLOYMENT_CHECKED, c, confirmed ? "employment in Beijing confirmed"
        : "employment in Beijing not shown");
  }
}
