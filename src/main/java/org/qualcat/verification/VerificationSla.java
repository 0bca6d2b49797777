package org.qualcat.verification;

import java.util.Date;
import org.qualcat.process.ProcessTimers;
import org.springframework.stereotype.Component;

/**
 * The SLA timers of an accepted case, which run on the ETA the verifier promised the applicant rather than on a
 * fixed duration: the reminder fires {@code qualcat.timers.verification-eta-reminder-lead} before the ETA, the
 * escalation {@code qualcat.timers.verification-eta-escalation-grace} after the ETA day. The model reads them as
 * {@code ${verificationSla.reminderDue(caseReference)}} (see docs/adr/0009).
 */
@Component("verificationSla")
public class VerificationSla {

  private final CaseSteps cases;
  private final ProcessTimers timers;

  VerificationSla(CaseSteps cases, ProcessTimers timers) {
    this.cases = cases;
    this.timers = timers;
  }

  public Date reminderDue(String reference) {
    return cases.etaReminderDue(reference, timers.duration(VerificationProcess.TIMER_ETA_REMINDER_LEAD));
  }

  public Date escalationDue(String reference) {
    return cases.etaPassedDue(reference, timers.duration(VerificationProcess.TIMER_ETA_ESCALATION_GRACE));
  }

  /** The due date of the check task in the verifiers' Tasklist: the end of the ETA day. */
  public Date etaOf(String reference) {
    return cases.etaPassedDue(reference, "PT0S");
  }
}
