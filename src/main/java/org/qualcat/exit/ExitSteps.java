package org.qualcat.exit;

import static org.qualcat.exit.QualificationExitProcess.VAR_EXIT_CASE_ID;
import static org.qualcat.exit.QualificationExitProcess.VAR_EXIT_GROUNDS;
import static org.qualcat.exit.QualificationExitProcess.VAR_EXIT_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualcat.committee.CommitteeOutcome;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.CommitteeReviewRequest;
import org.qualcat.committee.SubjectType;
import org.springframework.stereotype.Component;

/**
 * What {@code qualification-exit} calls ({@code ${exitSteps.remove(execution)}}): each method reads the exit case
 * from the process, calls {@link Exits}, and sets what the committee review and a calling review read. Public, as
 * the engine's expression language only calls methods of public classes.
 */
@Component("exitSteps")
public class ExitSteps {

  private final Exits exits;

  ExitSteps(Exits exits) {
    this.exits = exits;
  }

  /** Opens the case (if the flag has not) and prepares what the committee review reads. */
  public void open(DelegateExecution execution) {
    String code = (String) execution.getVariable(CommitteeReviewProcess.VAR_QUALIFICATION_CODE);
    if (execution.getVariable(VAR_EXIT_CASE_ID) == null) {
      ExitCase exit = exits.openFromReview(code, (String) execution.getVariable(VAR_EXIT_GROUNDS),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(exit.getReference());
      execution.setVariable(VAR_EXIT_CASE_ID, exit.getId());
    }
    long id = id(execution);
    execution.setVariables(new CommitteeReviewRequest(SubjectType.EXIT, execution.getProcessBusinessKey(), code,
        exits.name(code), exits.proposal(id)).variables());
  }

  public void remove(DelegateExecution execution) {
    exits.remove(id(execution), execution.getProcessInstanceId(), CommitteeOutcome.of(execution));
  }

  public void overturn(DelegateExecution execution) {
    exits.overturn(id(execution), CommitteeOutcome.of(execution));
  }

  public void removalDecided(DelegateExecution execution) {
    outcome(execution, ExitStatus.REMOVAL_DECIDED);
  }

  public void overturned(DelegateExecution execution) {
    outcome(execution, ExitStatus.OVERTURNED);
  }

  /** What a calling review reads back: the decision and the exit case's reference. */
  private static void outcome(DelegateExecution execution, ExitStatus outcome) {
    execution.setVariable(VAR_EXIT_OUTCOME, outcome.name());
    execution.setVariable(QualificationExitProcess.VAR_EXIT_REFERENCE, execution.getProcessBusinessKey());
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_EXIT_CASE_ID)).longValue();
  }
}
