package org.qualcat.nomination;

/** Ids of the model {@code bpmn/catalog-nomination.bpmn}: its elements, variables and messages. */
public final class CatalogNominationProcess {

  public static final String PROCESS_ID = "catalog-nomination";

  public static final String START_NOMINATION_RECEIVED = "StartEvent_NominationReceived";
  public static final String GATEWAY_CHECK = "Gateway_Check";
  public static final String TASK_CHECK_COMPLETENESS = "Task_CheckCompleteness";
  public static final String GATEWAY_COMPLETE = "Gateway_Complete";
  public static final String TASK_REQUEST_SUPPLEMENT = "Task_RequestSupplement";
  public static final String GATEWAY_AWAIT_SUPPLEMENT = "Gateway_AwaitSupplement";
  public static final String EVENT_SUPPLEMENT_RECEIVED = "Event_SupplementReceived";
  public static final String EVENT_SUPPLEMENT_DEADLINE_PASSED = "Event_SupplementDeadlinePassed";
  public static final String TASK_WITHDRAW_NOMINATION = "Task_WithdrawNomination";
  public static final String END_NOMINATION_WITHDRAWN = "EndEvent_NominationWithdrawn";
  public static final String CALL_COMMITTEE_REVIEW = "CallActivity_CommitteeReview";
  public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
  public static final String TASK_LIST_QUALIFICATION = "Task_ListQualification";
  public static final String END_QUALIFICATION_LISTED = "EndEvent_QualificationListed";
  public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
  public static final String END_NOMINATION_REJECTED = "EndEvent_NominationRejected";

  public static final String MESSAGE_SUPPLEMENT_PROVIDED = "NominationSupplementProvided";

  public static final String VAR_NOMINATION_ID = "nominationId";
  public static final String VAR_COMPLETENESS = "completeness";
  public static final String VAR_SUPPLEMENT_DUE_AT = "supplementDueAt";

  public static final String FIELD_COMPLETENESS = "completeness";
  public static final String FIELD_SUPPLEMENT_REQUEST = "supplementRequest";
  public static final String VIEW_NOMINATION = "nominationDetails";

  /** References of nominations: NOM-2026-0007. */
  public static final String REFERENCE_PREFIX = "NOM";
  /** The nominator's time to supply what the secretariat asked for ({@code qualcat.timers}). */
  public static final String TIMER_SUPPLEMENT_DEADLINE = "supplement-deadline";

  // mails to the nominator (templates/mail/*.txt)
  public static final String MAIL_RECEIVED = "nomination-received";
  public static final String MAIL_SUPPLEMENT_REQUESTED = "nomination-supplement-requested";
  public static final String MAIL_WITHDRAWN = "nomination-withdrawn";
  public static final String MAIL_LISTED = "nomination-listed";
  public static final String MAIL_REJECTED = "nomination-rejected";

  private CatalogNominationProcess() {
  }
}
