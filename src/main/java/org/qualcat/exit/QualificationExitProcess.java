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
  public static final String TASK_END_VERIFICATION_CASES = "Task_EndVerificationCases";
  public static final String END_QUALIFICATION_REMOVED = "EndEvent_QualificationRemoved";
  public static final String TASK_KEEP_QUALIFICATION = "Task_KeepQualification";
  public static final String END_QUALIFICATION_KEPT = "EndEvent_QualificationKept";

  public static final String MESSAGE_QUALIFICATION_FLAGGED = "QualificationFlagged";

  public static final String VAR_EXIT_CASE_ID = "exitCaseId";
  public static final String VAR_EXIT_GROUNDS = "exitGrounds";
  /** Returned to a calling review: the exit case's reference. */
  public static final String VAR_EXIT_REFERENCE = "exitReference";
  /** Returned to a calling review: an {@link ExitStatus} name (REMOVED or KEPT). */
  public static final String VAR_EXIT_OUTCOME = "exitOutcome";

  private QualificationExitProcess() {
  }
}
