package org.qualcat.title;

/**
 * Ids of the model {@code bpmn/title-grant.bpmn}, its decision {@code title-channel}, messages, forms, variables and
 * mails (notice II; ADR 0028 decisions 1, 2 and 6). Code and tests name elements only through these constants.
 */
public final class TitleGrantProcess {

  public static final String PROCESS_ID = "title-grant";
  public static final String DECISION_TITLE_CHANNEL = "title-channel";

  /** Application references, the process's business keys: BJT-2026-000123. */
  public static final String REFERENCE_PREFIX = "BJT";
  /** The actor of the steps the process takes by itself (timeline and audit). */
  public static final String SYSTEM_ACTOR = "qualcat";

  // timers: keys of qualcat.timers (application.yml)
  /** How long the title office has for a decision or a list of exemptions (the due date of its tasks). */
  public static final String TIMER_OFFICE_DUE = "title-office-due";
  /** How long an exam result may take after the exemptions are issued; then the application lapses. */
  public static final String TIMER_EXAM_RESULT_DEADLINE = "title-exam-result-deadline";

  // elements
  public static final String START_APPLIED = "StartEvent_TitleApplied";
  public static final String GATEWAY_ROUTE = "Gateway_Route";
  public static final String TASK_DECIDE_RECOGNITION = "Task_DecideDirectRecognition";
  public static final String TASK_RECORD_EVALUATION = "Task_RecordCommitteeEvaluation";
  public static final String TASK_LIST_EXEMPTIONS = "Task_ListExemptions";
  public static final String TASK_ISSUE_EXEMPTIONS = "Task_IssueExemptions";
  public static final String TASK_RECORD_EXAM_RESULT = "Task_RecordExamResult";
  public static final String EVENT_EXAM_RESULT_DEADLINE = "Event_ExamResultDeadlinePassed";
  public static final String TASK_RECORD_LAPSE = "Task_RecordLapse";
  public static final String END_LAPSED = "EndEvent_Lapsed";
  public static final String GATEWAY_DECIDED = "Gateway_Decided";
  public static final String GATEWAY_DECISION = "Gateway_Decision";
  public static final String TASK_GRANT = "Task_GrantTitle";
  public static final String END_GRANTED = "EndEvent_TitleGranted";
  public static final String TASK_REFUSE = "Task_RecordRefusal";
  public static final String END_REFUSED = "EndEvent_Refused";
  public static final String SUBPROCESS_WITHDRAWN = "SubProcess_Withdrawn";
  public static final String START_WITHDRAWN = "StartEvent_Withdrawn";
  public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  // messages
  public static final String MESSAGE_WITHDRAWN = "TitleApplicationWithdrawn";
  /** A published edition removed the application's qualification: an open application ends. */
  public static final String MESSAGE_QUALIFICATION_REMOVED = "TitleQualificationRemoved";
  public static final String SUBPROCESS_QUALIFICATION_REMOVED = "SubProcess_QualificationRemoved";
  public static final String START_QUALIFICATION_REMOVED = "StartEvent_QualificationRemoved";
  public static final String TASK_RECORD_REMOVAL = "Task_RecordRemoval";
  public static final String END_QUALIFICATION_REMOVED = "EndEvent_QualificationRemoved";
  /** The edition that removed the qualification (its code), set when the removal is correlated. */
  public static final String VAR_REMOVED_BY_EDITION = "removedByEdition";

  // forms
  public static final String FORM_DECIDE_RECOGNITION = "title-grant-decide-recognition";
  public static final String FORM_RECORD_EVALUATION = "title-grant-record-evaluation";
  public static final String FORM_LIST_EXEMPTIONS = "title-grant-list-exemptions";
  public static final String FORM_RECORD_EXAM_RESULT = "title-grant-record-exam-result";

  // variables
  public static final String VAR_REFERENCE = "applicationReference";
  /** The route the decision table chose ({@link TitleRoute}): the gateway decides on it. */
  public static final String VAR_ROUTE = "route";
  /** What the forms show: words, not codes. */
  public static final String VAR_ROUTE_LABEL = "routeLabel";
  public static final String VAR_TITLE_LABEL = "titleLabel";
  public static final String VAR_QUALIFICATION_NAME = "qualificationName";
  /** The title office's decision: {@link #GRANT} or {@link #REFUSE}; with its note (required with a refusal). */
  public static final String VAR_DECISION = "decision";
  public static final String VAR_DECISION_NOTE = "decisionNote";
  /** The courses or exam subjects the holder is exempted from, one per line. */
  public static final String VAR_EXEMPTIONS = "exemptions";
  /** Who decided, listed the exemptions or withdrew: the timeline's actor of the step after. */
  public static final String VAR_DECIDED_BY = "decidedBy";
  public static final String GRANT = "GRANT";
  public static final String REFUSE = "REFUSE";

  // mail templates (templates/mail/<name>.txt)
  public static final String MAIL_RECEIVED = "title-received";
  public static final String MAIL_EXEMPTIONS = "title-exemptions-issued";
  public static final String MAIL_GRANTED = "title-granted";
  public static final String MAIL_REFUSED = "title-refused";
  public static final String MAIL_LAPSED = "title-lapsed";
  public static final String MAIL_QUALIFICATION_REMOVED = "title-qualification-removed";

  private TitleGrantProcess() {
  }
}
