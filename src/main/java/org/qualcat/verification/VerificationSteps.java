package org.qualcat.verification;

import static org.qualcat.verification.VerificationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The adapter between {@code certificate-verification} and {@link VerificationCases}: each service task and task
 * listener of the model calls one method here ({@code ${verificationSteps.checkEligibility(execution)}}), which reads
 * the case reference from the process, calls the use case, and sets the few variables the gateways decide on.
 * Public, as the engine's expression language only calls methods of public classes.
 */
@Component("verificationSteps")
public class VerificationSteps {

  private final VerificationCases cases;
  private final FormWords words;

  VerificationSteps(VerificationCases cases, FormWords words) {
    this.cases = cases;
    this.words = words;
  }

  public void checkEligibility(DelegateExecution execution) {
    VerificationCases.Eligibility eligibility = cases.checkEligibility(reference(execution));
    execution.setVariable(VAR_LISTED, eligibility.listed());
    execution.setVariable(VAR_CHECK_CHANNEL, eligibility.channel() == null ? null : eligibility.channel().name());
    execution.setVariable(VAR_CHECK_CHANNEL_LABEL, words.channel(eligibility.channel()));
  }

  public void refuseNotListed(DelegateExecution execution) {
    cases.refuseNotListed(reference(execution));
  }

  public void lookForEarlierResult(DelegateExecution execution) {
    execution.setVariable(VAR_VERIFIED_BEFORE, cases.lookForEarlierResult(reference(execution)));
  }

  public void adoptEarlierResult(DelegateExecution execution) {
    cases.adoptEarlierResult(reference(execution));
  }

  /** Completion of "Accept the case": the verifier's decision, written back to the case. */
  public void caseAccepted(DelegateTask task) {
    cases.decideAcceptance(reference(task.getExecution()), (String) task.getVariable(VAR_ACCEPTANCE),
        task.getVariable(VAR_ETA), (String) task.getVariable(VAR_SUPPLEMENT_REQUEST),
        (String) task.getVariable(VAR_REFUSAL_REASON), (String) task.getVariable(VAR_EMPLOYMENT_FINDING), actor(task));
  }

  /** Completion of "Confirm the employment in Beijing" (a reused result): the verifier's finding. */
  public void employmentChecked(DelegateTask task) {
    cases.checkEmployment(reference(task.getExecution()), (String) task.getVariable(VAR_EMPLOYMENT_FINDING),
        actor(task));
  }

  public void closeForMissingSupplement(DelegateExecution execution) {
    cases.closeForMissingSupplement(reference(execution));
  }

  public void queryIssuerRegister(DelegateExecution execution) {
    execution.setVariable(VAR_GENUINE, cases.queryRegister(reference(execution)));
  }

  /** Completion of "Check the certificate with the issuer": the verifier's finding. */
  public void issuerChecked(DelegateTask task) {
    boolean genuine = cases.recordIssuerCheck(reference(task.getExecution()),
        (String) task.getVariable(VAR_CHECK_RESULT), (String) task.getVariable(VAR_CHECK_NOTE), actor(task));
    task.getExecution().setVariable(VAR_GENUINE, genuine);
  }

  public void remindVerifier(DelegateExecution execution) {
    cases.remindVerifier(reference(execution));
  }

  public void escalate(DelegateExecution execution) {
    cases.escalate(reference(execution));
  }

  public void issueVerificationCode(DelegateExecution execution) {
    cases.issueVerificationCode(reference(execution));
  }

  public void recordNotVerified(DelegateExecution execution) {
    cases.recordNotVerified(reference(execution));
  }

  public void determineBenefits(DelegateExecution execution) {
    cases.determineBenefits(reference(execution));
  }

  public void sendResult(DelegateExecution execution) {
    cases.sendResult(reference(execution));
  }

  public void recordWithdrawal(DelegateExecution execution) {
    cases.recordWithdrawal(reference(execution));
  }

  public void closeForRemovedQualification(DelegateExecution execution) {
    cases.closeForRemovedQualification(reference(execution));
  }

  private static String reference(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** Who completed the task: the signed-in user (Tasklist, engine REST), else the assignee. */
  private static String actor(DelegateTask task) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current != null && current.isAuthenticated() && current.getName() != null) {
      return current.getName();
    }
    return task.getAssignee() != null ? task.getAssignee() : VerificationCases.SYSTEM;
  }
}
