package org.qualcat.verification;

/**
 * Ids of the model {@code bpmn/certificate-verification.bpmn}, its messages, forms, variables and the decision it
 * uses. Code and tests name elements only through these constants.
 */
public final class VerificationProcess {

  public static final String PROCESS_ID = "certificate-verification";
  public static final String DECISION_HOLDER_BENEFITS = "holder-benefits";

  /** Case references, the process's business keys: BJV-2025-000123. */
  public static final String REFERENCE_PREFIX = "BJV";
  /** The actor of the steps the process takes by itself (timeline and audit). */
  public static final String SYSTEM_ACTOR = "qualcat";

  // timers: keys of qualcat.timers (application.yml), read through ProcessTimers
  /** How long the applicant has to answer a request for a supplement. */
  public static final String TIMER_SUPPLEMENT_DEADLINE = "verification-supplement-deadline";
  public static final String TIMER_RECOMMENDATION_DEADLINE = "verification-recommendation-deadline";
  /** The retry cycle of the online register's query (the model names it in its failedJobRetryTimeCycle). */
  public static final String TIMER_REGISTER_RETRY = "verification-register-retry";
  /** How long before the ETA the verifier is reminded. */
  public static final String TIMER_ETA_REMINDER_LEAD = "verification-eta-reminder-lead";
  /** How long after the ETA day an unanswered check is escalated. */
  public static final String TIMER_ETA_ESCALATION_GRACE = "verification-eta-escalation-grace";

  // main path
  public static final String START_CASE_SUBMITTED = "StartEvent_CaseSubmitted";
  public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String GATEWAY_LISTED = "Gateway_Listed";
  public static final String TASK_REFUSE_NOT_LISTED = "Task_RefuseNotListed";
  public static final String END_REFUSED_NOT_LISTED = "EndEvent_RefusedNotListed";
  public static final String TASK_LOOK_FOR_EARLIER_RESULT = "Task_LookForEarlierResult";
  public static final String GATEWAY_EARLIER_RESULT = "Gateway_EarlierResult";
  public static final String TASK_ADOPT_EARLIER_RESULT = "Task_AdoptEarlierResult";
  public static final String GATEWAY_EMPLOYMENT_TO_CONFIRM = "Gateway_EmploymentToConfirm";
  public static final String TASK_CONFIRM_EMPLOYMENT = "Task_ConfirmEmployment";
  public static final String GATEWAY_EMPLOYMENT_SETTLED = "Gateway_EmploymentSettled";
  public static final String GATEWAY_ACCEPTANCE_AGAIN = "Gateway_AcceptanceAgain";
  public static final String TASK_ACCEPT_CASE = "Task_AcceptCase";
  public static final String GATEWAY_ACCEPTANCE = "Gateway_AcceptanceDecision";
  public static final String END_REFUSED_FALSE_DATA = "EndEvent_RefusedFalseData";
  public static final String TASK_AWAIT_SUPPLEMENT = "Task_AwaitSupplement";
  public static final String EVENT_SUPPLEMENT_DEADLINE = "Event_SupplementDeadlinePassed";
  public static final String TASK_CLOSE_FOR_MISSING_SUPPLEMENT = "Task_CloseForMissingSupplement";
  public static final String END_SUPPLEMENT_MISSING = "EndEvent_SupplementMissing";
  public static final String SUBPROCESS_CHECK = "SubProcess_CheckWithIssuer";
  public static final String START_CHECK_STARTED = "StartEvent_CheckStarted";
  public static final String GATEWAY_CHECK_CHANNEL = "Gateway_CheckChannel";
  public static final String TASK_QUERY_ISSUER_REGISTER = "Task_QueryIssuerRegister";
  public static final String TASK_CHECK_WITH_ISSUER = "Task_CheckWithIssuer";
  public static final String GATEWAY_CHECK_DONE = "Gateway_CheckDone";
  public static final String END_CHECK_DONE = "EndEvent_CheckDone";
  public static final String EVENT_ETA_REMINDER = "Event_EtaReminderDue";
  public static final String TASK_REMIND_VERIFIER = "Task_RemindVerifier";
  public static final String END_REMINDER_SENT = "EndEvent_ReminderSent";
  public static final String EVENT_ETA_PASSED = "Event_EtaPassed";
  public static final String TASK_ESCALATE = "Task_EscalateOverdueCase";
  public static final String END_ESCALATED = "EndEvent_Escalated";
  public static final String GATEWAY_GENUINE = "Gateway_CertificateGenuine";
  public static final String TASK_RECORD_NOT_VERIFIED = "Task_RecordNotVerified";
  public static final String END_NOT_VERIFIED = "EndEvent_NotVerified";
  public static final String TASK_ISSUE_CODE = "Task_IssueVerificationCode";
  public static final String GATEWAY_RESULT_KNOWN = "Gateway_ResultKnown";
  public static final String TASK_DETERMINE_BENEFITS = "Task_DetermineBenefits";
  public static final String TASK_SEND_RESULT = "Task_SendResult";
  public static final String END_VERIFIED = "EndEvent_Verified";

  // the employer's recommendation for talent introduction (notice I.(II)2), after a verified result
  public static final String GATEWAY_RECOMMENDATION_WANTED = "Gateway_RecommendationWanted";
  public static final String TASK_ASK_FOR_RECOMMENDATION = "Task_AskForRecommendation";
  public static final String TASK_RECOMMEND = "Task_RecommendForTalentIntroduction";
  public static final String EVENT_RECOMMENDATION_DEADLINE = "Event_RecommendationDeadlinePassed";
  public static final String TASK_RECORD_NO_RECOMMENDATION = "Task_RecordNoRecommendation";
  public static final String END_RECOMMENDATION_RECORDED = "EndEvent_RecommendationRecorded";
  public static final String END_RECOMMENDATION_LAPSED = "EndEvent_RecommendationLapsed";

  // cases ended from outside
  public static final String SUBPROCESS_WITHDRAWN = "SubProcess_Withdrawn";
  public static final String START_WITHDRAWN = "StartEvent_Withdrawn";
  public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
  public static final String SUBPROCESS_QUALIFICATION_REMOVED = "SubProcess_QualificationRemoved";
  public static final String START_QUALIFICATION_REMOVED = "StartEvent_QualificationRemoved";
  public static final String TASK_CLOSE_FOR_REMOVED_QUALIFICATION = "Task_CloseForRemovedQualification";
  public static final String END_QUALIFICATION_REMOVED = "EndEvent_QualificationRemoved";

  // messages
  public static final String MESSAGE_SUPPLEMENT_PROVIDED = "SupplementProvided";
  public static final String MESSAGE_WITHDRAWN = "VerificationWithdrawn";
  public static final String MESSAGE_QUALIFICATION_REMOVED = "QualificationRemoved";

  // forms
  public static final String FORM_ACCEPT_CASE = "verification-accept-case";
  public static final String FORM_CHECK_WITH_ISSUER = "verification-check-with-issuer";
  public static final String FORM_CONFIRM_EMPLOYMENT = "verification-confirm-employment";
  public static final String FORM_RECOMMEND = "verification-recommend-talent";

  // what the verifiers' forms show of the case besides those variables: form fields of the model's user tasks, read
  // from the case when a form opens (VerificationFormViews), stored nowhere (docs/adr/0032)
  public static final String VIEW_CERTIFICATE_NUMBER = "certificateNumber";
  public static final String VIEW_CERTIFICATE_ISSUED_ON = "certificateIssuedOn";
  public static final String VIEW_EMPLOYER_NAME = "employerName";
  /** The employer's region in words (Chinese / English), not the code the bureau's tenant is chosen by. */
  public static final String VIEW_EMPLOYER_REGION_LABEL = "employerRegionLabel";
  /** The application materials as a list of links (no file names: they are the applicant's). */
  public static final String VIEW_APPLICATION_MATERIALS = "applicationMaterials";
  /** How the issuer is reached, in words, not the code the gateway decides on. */
  public static final String VIEW_CHECK_CHANNEL_LABEL = "checkChannelLabel";

  // variables: the reference, the values gateways decide on and forms show, and the decisions forms return
  public static final String VAR_REFERENCE = "caseReference";
  /** Whether the employer is asked to recommend the holder for talent introduction (set with the benefits). */
  public static final String VAR_RECOMMENDATION_WANTED = "recommendationWanted";
  /** The HR staff of the case's organisation: the recommendation task's candidates. */
  public static final String VAR_RECOMMENDERS = "recommenders";
  /** The employer's answer: {@link #RECOMMENDED} or {@link #NOT_RECOMMENDED}; and its statement of contributions. */
  public static final String VAR_RECOMMENDED = "recommended";
  public static final String VAR_CONTRIBUTIONS = "contributions";
  public static final String RECOMMENDED = "RECOMMENDED";
  public static final String NOT_RECOMMENDED = "NOT_RECOMMENDED";
  public static final String VAR_QUALIFICATION_CODE = "qualificationCode";
  public static final String VAR_QUALIFICATION_NAME = "qualificationName";
  /** The employer's region, for the bureau's tenant at the start ({@link CaseTenants}); transient, never stored. */
  public static final String VAR_EMPLOYER_REGION = "employerRegion";
  /** The applicant's statement of employment in Beijing (a boolean): decides whether a verifier confirms it. */
  public static final String VAR_EMPLOYED_IN_BEIJING = "employedInBeijing";
  /** The verifier's finding on that statement: {@link #EMPLOYMENT_CONFIRMED} or {@link #EMPLOYMENT_NOT_SHOWN}. */
  public static final String VAR_EMPLOYMENT_FINDING = "employmentFinding";
  /** Whether the edition in force lists the qualification; transient: its gateway follows at once. */
  public static final String VAR_LISTED = "listed";
  public static final String VAR_CHECK_CHANNEL = "checkChannel";
  /** Whether a Beijing-Tianjin-Hebei result exists; transient: its gateway follows at once. */
  public static final String VAR_VERIFIED_BEFORE = "verifiedBefore";
  public static final String VAR_ACCEPTANCE = "acceptance";
  public static final String VAR_ETA = "eta";
  public static final String VAR_SUPPLEMENT_REQUEST = "supplementRequest";
  public static final String VAR_REFUSAL_REASON = "refusalReason";
  public static final String VAR_CHECK_RESULT = "checkResult";
  public static final String VAR_CHECK_NOTE = "checkNote";
  public static final String VAR_GENUINE = "genuine";

  /** The verifier's decision on the acceptance form ({@link #VAR_ACCEPTANCE}). */
  public static final String ACCEPT = "ACCEPT";
  public static final String REQUEST_SUPPLEMENT = "SUPPLEMENT";
  public static final String REFUSE = "REFUSE";

  /** The verifier's finding on the statement of employment in Beijing ({@link #VAR_EMPLOYMENT_FINDING}). */
  public static final String EMPLOYMENT_CONFIRMED = "CONFIRMED";
  public static final String EMPLOYMENT_NOT_SHOWN = "NOT_SHOWN";

  /** The verifier's finding on the check form ({@link #VAR_CHECK_RESULT}). */
  public static final String GENUINE = "GENUINE";
  public static final String NOT_GENUINE = "NOT_GENUINE";

  private VerificationProcess() {
  }

  // mail templates (notification's templates/mail/<name>)
  public static final String MAIL_ACCEPTED = "verification-accepted";
  public static final String MAIL_SUPPLEMENT_REQUESTED = "verification-supplement-requested";
  public static final String MAIL_RESULT = "verification-result";
  public static final String MAIL_CLOSED = "verification-closed";
  public static final String MAIL_ETA_REMINDER = "verification-eta-reminder";
  public static final String MAIL_OVERDUE = "verification-overdue";
  public static final String MAIL_RECOMMENDATION_REQUESTED = "verification-recommendation-requested";
}
