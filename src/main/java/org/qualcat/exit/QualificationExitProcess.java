package org.qualcat.exit;

/** Ids of the model {@code bpmn/qualification-exit.bpmn}. */
public final class QualificationExitProcess {

  public static final String PROCESS_ID = "qualification-exit";

  public static final String START_EXIT_REQUESTED = "StartEvent_ExitRequested";
  public static final String START_QUALIFICATION_FLAGGED = "StartEvent_QualificationFlagged";
  public static final String TASK_OPEN_EXIT_CASE = "Task_OpenExitCase";
  public static final String CALL_COMMITTEE_REVIEW = "CallActivity_CommitteeReview";
  public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  public static final String TASK_REMOVE_QUALIFICATION = "Task_RemoveQualification";
  public static final String END_REMOVAL_DECIDED = "EndEvent_RemovalDecided";
  public static final String TASK_OVERTURN_FINDING = "Task_OverturnFinding";
  public static final String END_FINDING_OVERTURNED = "EndEvent_FindingOverturned";

  public static final String MESSAGE_QUALIFICATION_FLAGGED = "QualificationFlagged";

  public static final String VAR_EXIT_CASE_ID = "exitCaseId";
  public static final String VAR_EXIT_GROUNDS = "exitGrounds";
  /** Returned to a calling review: the exit case's reference. */
  public static final String VAR_EXIT_REFERENCE = "exitReference";
  /** Returned to a calling review: an {@link ExitStatus} name (REMOVAL_DECIDED or OVERTURNED). */
  public static final String VAR_EXIT_OUTCOME = "exitOutcome";

  /** References of exit cases: EXIT-2026-0002. */
  public static final String REFERENCE_PREFIX = "EXIT";

  // mails to the monitors and the secretariat (templates/mail/*.txt)
  public static final String MAIL_REMOVAL_DECIDED = "exit-removal-decided";
  public static final String MAIL_OVERTURNED = "exit-overturned";
  public static final String MAIL_REMOVED = "exit-removed";

  private QualificationExitProcess() {
  }
}
