package org.qualcat.verification;

import static org.qualcat.verification.VerificationProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.qualcat.process.TaskActor;
import org.qualcat.process.BureauTime;
import org.qualcat.process.Refusal;
import org.springframework.stereotype.Component;

/**
 * The adapter between {@code certificate-verification} and the verification use cases: each service task and task
 * listener of the model calls one method here ({@code ${verificationSteps.checkEligibility(execution)}}), which reads
 * the case reference from the process, reads the forms' values (form-js gives strings: dates, choices) into typed
 * values, calls {@link CaseSteps} or {@link VerificationDecisions}, and sets the few variables the gateways decide
 * on. Public, as the engine's expression language only calls methods of public classes.
 */
@Component("verificationSteps")
public class VerificationSteps {

  private final CaseSteps steps;
  private final VerificationDecisions decisions;
  private final Recommendations recommendations;

  VerificationSteps(CaseSteps steps, VerificationDecisions decisions, Recommendations recommendations) {
    this.recommendations = recommendations;
    this.steps = steps;
    this.decisions = decisions;
  }

  public void checkEligibility(DelegateExecution execution) {
    CaseSteps.Eligibility eligibility = steps.checkEligibility(reference(execution));
    // decided on at once, in the submission's transaction: never stored (docs/adr/0031)
    execution.setVariable(VAR_LISTED, Variables.booleanValue(eligibility.listed(), true));
    execution.setVariable(VAR_CHECK_CHANNEL, eligibility.channel() == null ? null : eligibility.channel().name());
  }

  public void refuseNotListed(DelegateExecution execution) {
    steps.refuseNotListed(reference(execution));
  }

  public void lookForEarlierResult(DelegateExecution execution) {
    execution.setVariable(VAR_VERIFIED_BEFORE, Variables.booleanValue(steps.lookForEarlierResult(reference(execution)),
        true));
  }

  public void adoptEarlierResult(DelegateExecution execution) {
    steps.adoptEarlierResult(reference(execution));
  }

  /**
   * Completion of "Accept the case": the verifier's decision ({@value VerificationProcess#ACCEPT} with an ETA,
   * {@value VerificationProcess#REQUEST_SUPPLEMENT} with the request, {@value VerificationProcess#REFUSE} with the
   * reason), written back to the case.
   */
  public void caseAccepted(DelegateTask task) {
    String reference = reference(task.getExecution());
    String verifier = TaskActor.of(task);
    Object decision = task.getVariable(VAR_ACCEPTANCE);
    if (ACCEPT.equals(decision)) {
      decisions.accept(reference, date(task.getVariable(VAR_ETA), VAR_ETA),
          employmentFinding(task.getVariable(VAR_EMPLOYMENT_FINDING)), verifier);
    } else if (REQUEST_SUPPLEMENT.equals(decision)) {
      decisions.requestSupplement(reference, (String) task.getVariable(VAR_SUPPLEMENT_REQUEST), verifier);
    } else if (REFUSE.equals(decision)) {
      decisions.refuseFalseData(reference, (String) task.getVariable(VAR_REFUSAL_REASON), verifier);
    } else {
      throw Refusal.CHOICE.invalid(VAR_ACCEPTANCE, "must be one of " + ACCEPT + ", " + REQUEST_SUPPLEMENT + ", "
          + REFUSE);
    }
  }

  /** Completion of "Confirm the employment in Beijing" (a reused result): the verifier's finding. */
  public void employmentChecked(DelegateTask task) {
    decisions.checkEmployment(reference(task.getExecution()),
        employmentFinding(task.getVariable(VAR_EMPLOYMENT_FINDING)), TaskActor.of(task));
  }

  public void closeForMissingSupplement(DelegateExecution execution) {
    steps.closeForMissingSupplement(reference(execution));
  }

  public void queryIssuerRegister(DelegateExecution execution) {
    execution.setVariable(VAR_GENUINE, steps.queryRegister(reference(execution)));
  }

  /** Completion of "Check the certificate with the issuer": the verifier's finding. */
  public void issuerChecked(DelegateTask task) {
    boolean genuine = decisions.recordIssuerCheck(reference(task.getExecution()),
        choice(task.getVariable(VAR_CHECK_RESULT), GENUINE, NOT_GENUINE),
        (String) task.getVariable(VAR_CHECK_NOTE), TaskActor.of(task));
    task.getExecution().setVariable(VAR_GENUINE, genuine);
  }

  public void remindVerifier(DelegateExecution execution) {
    steps.remindVerifier(reference(execution));
  }

  public void escalate(DelegateExecution execution) {
    steps.escalate(reference(execution));
  }

  public void issueVerificationCode(DelegateExecution execution) {
    steps.issueVerificationCode(reference(execution));
  }

  public void recordNotVerified(DelegateExecution execution) {
    steps.recordNotVerified(reference(execution));
  }

  public void determineBenefits(DelegateExecution execution) {
    steps.determineBenefits(reference(execution));
  }

  /** Sends the result; tells the next gateway whether the employer is to recommend the holder (notice I.(II)2). */
  public void sendResult(DelegateExecution execution) {
    steps.sendResult(reference(execution));
    execution.setVariable(VerificationProcess.VAR_RECOMMENDATION_WANTED,
        recommendations.wanted(reference(execution)));
  }

  /** Asks the organisation's HR staff for their recommendation: they are the next task's candidates. */
  public void askForRecommendation(DelegateExecution execution) {
    execution.setVariable(VerificationProcess.VAR_RECOMMENDERS, recommendations.ask(reference(execution)));
  }

  /** Completion of "Recommend the employee for talent introduction": the organisation's answer. */
  public void recommendationGiven(DelegateTask task) {
    recommendations.given(reference(task.getExecution()), task.getVariable(VerificationProcess.VAR_RECOMMENDED),
        task.getVariable(VerificationProcess.VAR_CONTRIBUTIONS), TaskActor.of(task));
  }

  public void recommendationLapsed(DelegateExecution execution) {
    recommendations.lapsed(reference(execution));
  }

  public void recordWithdrawal(DelegateExecution execution) {
    steps.recordWithdrawal(reference(execution));
  }

  public void closeForRemovedQualification(DelegateExecution execution) {
    steps.closeForRemovedQualification(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** The employment finding: confirmed, not shown, or null when the form gave neither. */
  private static Boolean employmentFinding(Object value) {
    return choice(value, EMPLOYMENT_CONFIRMED, EMPLOYMENT_NOT_SHOWN);
  }

  /** A choice between two answers: true for {@code yes}, false for {@code no}, null for anything else. */
  private static Boolean choice(Object value, String yes, String no) {
    if (yes.equals(value)) {
      return Boolean.TRUE;
    }
    return no.equals(value) ? Boolean.FALSE : null;
  }

  /** A date field: form-js date fields give 2025-10-01, date-time fields 2025-10-01T00:00..., the API a date. */
  private static LocalDate date(Object value, String field) {
    try {
      if (value instanceof LocalDate d) {
        return d;
      }
      if (value instanceof Date d) {
        return LocalDate.ofInstant(d.toInstant(), BureauTime.ZONE);
      }
      if (value instanceof String s && !s.isBlank()) {
        return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw Refusal.DATE.invalid(field, "must be a date (YYYY-MM-DD)");
  }
}
