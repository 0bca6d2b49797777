package org.qualcat.verification;

import static org.qualcat.verification.VerificationProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
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
 * process carries the case reference as business key and only the values its gateways decide on and the Tasklist
 * lists a task by; never the holder's name or document number (the verifier reads those on the case page).
 */
@Component
class VerificationFlow {

  /** Priority of a check that passed its ETA (Camunda's default is 50). */
  static final int OVERDUE_PRIORITY = 90;

  private final RuntimeService runtime;
  private final TaskService tasks;

  VerificationFlow(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /**
   * Starts the case's process with what its gateways decide on and what the Tasklist lists a task by; the rest of
   * what the forms show is read from the case when a form opens (VerificationFormViews, docs/adr/0032).
   */
  ProcessInstance start(VerificationCase verificationCase, String qualificationName) {
    VariableMap variables = Variables.createVariables()
        .putValue(VAR_REFERENCE, verificationCase.getReference())
        .putValue(VAR_QUALIFICATION_CODE, verificationCase.getQualificationCode())
        .putValue(VAR_QUALIFICATION_NAME, FormViews.fit(qualificationName))
        // the bureau's tenant is chosen from it at the start (CaseTenants); never stored (docs/adr/0031)
        .putValue(VAR_EMPLOYER_REGION, Variables.stringValue(verificationCase.getEmployerRegion().name(), true))
        .putValue(VAR_EMPLOYED_IN_BEIJING, verificationCase.isEmployedInBeijing());
    return runtime.startProcessInstanceByKey(PROCESS_ID, verificationCase.getReference(), variables);
  }

  /**
   * The corrected certificate and the added materials are the case's: the next form shows them. A case started
   * before the forms read the case (docs/adr/0032) holds copies in its process, which its forms show in place of
   * the case's own values; those copies are brought up to date, as they always were ({@code materials} lists the
   * materials as the forms do, asked for only then).
   */
  void supplementProvided(VerificationCase verificationCase, Supplier<String> materials) {
    VariableMap copies = Variables.createVariables();
    boolean startedWithCopies = runtime.createVariableInstanceQuery()
        .processInstanceIdIn(instanceOf(verificationCase)).variableName(VIEW_CERTIFICATE_NUMBER).count() > 0;
    if (startedWithCopies) {
      copies.putValue(VIEW_APPLICATION_MATERIALS, FormViews.fit(materials.get()))
          .putValue(VIEW_CERTIFICATE_NUMBER, verificationCase.getCertificateNumber())
          .putValue(VIEW_CERTIFICATE_ISSUED_ON,
              verificationCase.getCertificateIssuedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    correlate(MESSAGE_SUPPLEMENT_PROVIDED, verificationCase, copies);
  }

  /** The case's running process (its business key is the case's reference); a case waiting for a supplement has one. */
  private String instanceOf(VerificationCase verificationCase) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .processInstanceBusinessKey(verificationCase.getReference()).singleResult();
    return instance == null ? "" : instance.getId();
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
