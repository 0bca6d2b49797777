package org.qualcat.monitoring;

/** Ids of the model {@code bpmn/qualification-review.bpmn} and the decision {@code bpmn/monitoring-assessment.dmn}. */
public final class QualificationReviewProcess {

  public static final String PROCESS_ID = "qualification-review";
  public static final String DECISION_ID = "monitoring-assessment";

  public static final String START_REVIEW_STARTED = "StartEvent_ReviewStarted";
  public static final String TASK_GATHER_INDICATORS = "Task_GatherIndicators";
  public static final String GATEWAY_INDICATORS_KNOWN = "Gateway_IndicatorsKnown";
  public static final String TASK_ENTER_INDICATORS = "Task_EnterIndicators";
  public static final String GATEWAY_ASSESS = "Gateway_Assess";
  public static final String TASK_ASSESS_QUALIFICATION = "Task_AssessQualification";
  public static final String GATEWAY_ASSESSMENT = "Gateway_Assessment";
  public static final String TASK_CONFIRM_ASSESSMENT = "Task_ConfirmAssessment";
  public static final String GATEWAY_CONFIRMED = "Gateway_Confirmed";
  public static final String GATEWAY_COMPLIANT = "Gateway_Compliant";
  public static final String END_COMPLIANT = "EndEvent_Compliant";
  public static final String END_ON_WATCH = "EndEvent_OnWatch";
  public static final String TASK_SEND_RECTIFICATION_NOTICE = "Task_SendRectificationNotice";
  public static final String TASK_AWAIT_RECTIFICATION = "Task_AwaitRectification";
  public static final String EVENT_RECTIFICATION_REMINDER_DUE = "Event_RectificationReminderDue";
  public static final String TASK_REMIND_ISSUER = "Task_RemindIssuer";
  public static final String END_ISSUER_REMINDED = "EndEvent_IssuerReminded";
  public static final String EVENT_RECTIFICATION_DEADLINE_PASSED = "Event_RectificationDeadlinePassed";
  public static final String TASK_RECHECK_COMPLIANCE = "Task_RecheckCompliance";
  public static final String GATEWAY_RECTIFIED = "Gateway_Rectified";
  public static final String TASK_RESTORE_LISTING = "Task_RestoreListing";
  public static final String END_RECTIFIED = "EndEvent_Rectified";
  public static final String GATEWAY_TO_EXIT = "Gateway_ToExit";
  public static final String CALL_QUALIFICATION_EXIT = "CallActivity_QualificationExit";
  public static final String GATEWAY_EXIT_OUTCOME = "Gateway_ExitOutcome";
  public static final String END_REMOVAL_DECIDED = "EndEvent_RemovalDecided";
  public static final String END_FINDING_OVERTURNED = "EndEvent_FindingOverturned";

  public static final String MESSAGE_RECTIFICATION_REPORTED = "RectificationReported";

  public static final String VAR_QUALIFICATION_CODE = "qualificationCode";
  public static final String VAR_RECORD_ID = "monitoringRecordId";
  public static final String VAR_INDICATORS_KNOWN = "indicatorsKnown";
  public static final String VAR_CERTIFICATES_IN_BEIJING = "certificatesInBeijing";
  public static final String VAR_TECHNICAL_COMPLIANCE = "technicalCompliance";
  public static final String VAR_HOLDER_OUTCOMES = "holderOutcomes";
  public static final String VAR_ISSUER_RESPONSIVE = "issuerResponsive";
  public static final String VAR_ASSESSMENT_RESULT = "assessmentResult";
  public static final String VAR_ASSESSMENT = "assessment";
  public static final String VAR_CONFIRMED_ASSESSMENT = "confirmedAssessment";
  public static final String VAR_RECTIFICATION_DUE_AT = "rectificationDueAt";
  public static final String VAR_RECTIFIED = "rectified";
  public static final String VAR_EXIT_GROUNDS = "exitGrounds";

  public static final String FIELD_ISSUER_RESPONSIVE = "issuerAnswers";
  public static final String FIELD_ISSUER_CONTACT_EMAIL = "issuerContactEmail";
  public static final String FIELD_NOTE = "note";
  public static final String FIELD_CONFIRMATION_REASON = "confirmationReason";
  public static final String FIELD_RECHECK = "rectifiedInTime";
  public static final String FIELD_RECHECK_NOTE = "recheckNote";
  public static final String VIEW_REVIEW = "reviewSummary";

  /** The issuer's time to rectify after a notice, and the reminder before the deadline ({@code qualcat.timers.*}). */
  public static final String TIMER_RECTIFICATION_PERIOD = "rectification-period";
  public static final String TIMER_RECTIFICATION_REMINDER = "rectification-reminder";

  /** Mails to the issuer, copied to the monitors ({@code templates/mail/*.txt}). */
  public static final String MAIL_RECTIFICATION_NOTICE = "monitoring-rectification-notice";
  public static final String MAIL_RECTIFICATION_REMINDER = "monitoring-rectification-reminder";

  private QualificationReviewProcess() {
  }
}
