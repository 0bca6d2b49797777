package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import static org.qualcat.verification.VerificationProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.qualcat.process.FormViews;
import org.qualcat.system.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The engine side of verification cases: starts {@code certificate-verification} and correlates its messages. The
 * process carries the case reference as business key and only the values its gateways and forms need; never the
 * holder's name or document number (the verifier reads those on the case page).
 */
@Component
class VerificationFlow {

  /** Priority of a check that passed its ETA (Camunda's default is 50). */
  static final int OVERDUE_PRIORITY = 90;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormWords words;

  VerificationFlow(RuntimeService runtime, TaskService tasks, FormWords words) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.words = words;
  }

  /** Starts the case's process; {@code materials} lists the application materials for the verifiers' forms. */
  ProcessInstance start(VerificationCase verificationCase, String qualificationName, String materials) {
    VariableMap variables = Variables.createVariables()
        .putValue(VAR_REFERENCE, verificationCase.getReference())
        .putValue(VAR_QUALIFICATION_CODE, verificationCase.getQualificationCode())
        .putValue(VAR_QUALIFICATION_NAME, FormViews.fit(qualificationName))
        .putValue(VAR_CERTIFICATE_NUMBER, verificationCase.getCertificateNumber())
        .putValue(VAR_CERTIFICATE_ISSUED_ON,
            verificationCase.getCertificateIssuedOn().format(DateTimeFormatter.ISO_LOCAL_DATE))
        .putValue(VAR_EMPLOYER_NAME, FormViews.fit(verificationCase.getEmployerName()))
        // the bureau's tenant is chosen from it at the start (CaseTenants); never stored (docs/adr/0031)
        .putValue(VAR_EMPLOYER_REGION, Variables.stringValue(verificationCase.getEmployerRegion().name(), true))
        .putValue(VAR_EMPLOYER_REGION_LABEL, words.region(verificationCase.getEmployerRegion()))
        .putValue(VAR_EMPLOYED_IN_BEIJING, verificationCase.isEmployedInBeijing())
        .putValue(VAR_APPLICATION_MATERIALS, FormViews.fit(materials));
    return runtime.startProcessInstanceByKey(PROCESS_ID, verificationCase.getReference(), variables);
  }

  void supplementProvided(VerificationCase verificationCase, String materials) {
    correlate(MESSAGE_SUPPLEMENT_PROVIDED, verificationCase, Variables.createVariables()
        .putValue(VAR_APPLICATION_MATERIALS, FormViews.fit(materials))
        .putValue(VAR_CERTIFICATE_NUMBER, verificationCase.getCertificateNumber())
        .putValue(VAR_CERTIFICATE_ISSUED_ON,
            verificationCase.getCertificateIssuedOn().format(DateTimeFormatter.ISO_LOCAL_DATE)));
  }

  void withdraw(VerificationCase verificationCase) {
    correlate(MESSAGE_WITHDRAWN, verificationCase, Variables.createVariables());
  }

  /** Ends the case's process with {@code QualificationRemoved}; false when it is not waiting for anything now. */
  boolean qualificationRemoved(VerificationCase verificationCase) {
    try {
      correlate(MESSAGE_QUALIFICATION_REMOVED, verificationCase, Variables.createVariables());
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }

  /** Raises the priority of the case's open check task, so that it stands out in the verifiers' queue. */
  void raisePriorityOfOpenChecks(String reference) {
    List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(reference).taskDefinitionKey(TASK_CHECK_WITH_ISSUER).list();
    open.forEach(task -> tasks.setPriority(task.getId(), OVERDUE_PRIORITY));
  }

  private void correlate(String message, VerificationCase verificationCase, VariableMap variables) {
    try {
      // business keys (BJV-...) belong to this process alone
      runtime.createMessageCorrelation(message)
          .processInstanceBusinessKey(verificationCase.getReference())
          .setVariables(variables)
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException("case " + verificationCase.getReference() + " cannot take " + message
          + " now (" + verificationCase.getStatus() + ")");
    }
  }
}
