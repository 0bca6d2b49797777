package org.qualcat.committee;

import org.qualcat.system.Published;

/** Ids of the model {@code bpmn/committee-review.bpmn}: its elements, variables and messages. */
@Published
public final class CommitteeReviewProcess {

  public static final String PROCESS_ID = "committee-review";

  public static final String START_REVIEW_REQUESTED = "StartEvent_ReviewRequested";
  public static final String TASK_ASSIGN_EXPERTS = "Task_AssignExperts";
  public static final String SUBPROCESS_EXPERT_SCORING = "SubProcess_ExpertScoring";
  public static final String START_SCORING_STARTED = "StartEvent_ScoringStarted";
  public static final String GATEWAY_SCORING = "Gateway_Scoring";
  public static final String TASK_SCORE_QUALIFICATION = "Task_ScoreQualification";
  public static final String EVENT_SCORING_REMINDER_DUE = "Event_ScoringReminderDue";
  public static final String TASK_REMIND_EXPERT = "Task_RemindExpert";
  public static final String END_EXPERT_REMINDED = "EndEvent_ExpertReminded";
  public static final String EVENT_SCORING_OVERDUE = "Event_ScoringOverdue";
  public static final String TASK_FOLLOW_UP_OVERDUE_SCORING = "Task_FollowUpOverdueScoring";
  public static final String END_SCORED = "EndEvent_Scored";
  public static final String GATEWAY_TO_COMMITTEE = "Gateway_ToCommittee";
  public static final String TASK_COMMITTEE_DECISION = "Task_CommitteeDecision";
  public static final String GATEWAY_COMMITTEE_DECISION = "Gateway_CommitteeDecision";
  public static final String TASK_PROVIDE_INFORMATION = "Task_ProvideInformation";
  public static final String TASK_START_PUBLIC_NOTICE = "Task_StartPublicNotice";
  public static final String GATEWAY_DURING_NOTICE = "Gateway_DuringNotice";
  public static final String EVENT_PUBLIC_NOTICE_ELAPSED = "Event_PublicNoticeElapsed";
  public static final String EVENT_OBJECTION_RAISED = "Event_ObjectionRaised";
  public static final String END_APPROVED = "EndEvent_Approved";
  public static final String END_REJECTED = "EndEvent_Rejected";

  public static final String MESSAGE_OBJECTION_RAISED = "ObjectionRaised";

  /** The bean the model's expressions call ({@link CommitteeReviewSteps}). */
  public static final String STEPS_BEAN = "committeeReviewSteps";

  /** Given by the caller (call activity inputs): {@link CommitteeReviewRequest#variables()}. */
  public static final String VAR_SUBJECT_TYPE = "subjectType";
  public static final String VAR_SUBJECT_REFERENCE = "subjectReference";
  public static final String VAR_QUALIFICATION_CODE = "qualificationCode";
  public static final String VAR_QUALIFICATION_NAME = "qualificationName";
  public static final String VAR_PROPOSAL = "proposal";
  /**
   * Returned to the caller (call activity outputs): {@link CommitteeOutcome#variables()}, read back with
   * {@link CommitteeOutcome#of}. The outcome is a {@link ReviewOutcome} name.
   */
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
  /** The committee's last resolution, in its words. */
  public static final String VAR_REVIEW_RESOLUTION = "reviewResolution";
  /** Who recorded the committee's last resolution. */
  public static final String VAR_REVIEW_DECIDED_BY = "reviewDecidedBy";

  public static final String VAR_REVIEW_ID = "reviewId";
  public static final String VAR_EXPERT = "expert";
  public static final String VAR_NOTICE_ENDS_AT = "noticeEndsAt";
  public static final String VAR_COMMITTEE_DECISION = "committeeDecision";

  /** Timer keys (qualcat.timers): the scoring period, the reminder before it ends, the public notice. */
  public static final String TIMER_EXPERT_SCORING = "expert-scoring";
  public static final String TIMER_EXPERT_REMINDER = "expert-reminder";
  public static final String TIMER_PUBLIC_NOTICE = "public-notice";

  /** Form fields, as the forms in forms/ name them. */
  public static final String FIELD_EXPERTS = "experts";
  public static final String FIELD_RECOGNITION = "recognition";
  public static final String FIELD_RIGOUR = "rigour";
  public static final String FIELD_DEMAND = "demand";
  public static final String FIELD_VERIFIABILITY = "verifiability";
  public static final String FIELD_RECOMMENDATION = "recommendation";
  public static final String FIELD_COMMENT = "comment";
  public static final String FIELD_FOLLOW_UP = "followUp";
  public static final String FIELD_REPLACEMENT_EXPERT = "replacementExpert";
  public static final String FIELD_DECISION = "decision";
  public static final String FIELD_VOTES_FOR = "votesFor";
  public static final String FIELD_VOTES_AGAINST = "votesAgainst";
  public static final String FIELD_VOTES_ABSTAINED = "votesAbstained";
  public static final String FIELD_RESOLUTION = "resolution";
  public static final String FIELD_INFORMATION_NEEDED = "informationNeeded";
  public static final String FIELD_INFORMATION = "information";

  /** Read-only context the forms show. */
  public static final String VIEW_SCORING_DEADLINE = "scoringDeadline";
  public static final String VIEW_SCORES = "scoresSoFar";
  public static final String VIEW_OBJECTIONS = "objectionsSoFar";
  public static final String VIEW_INFORMATION = "informationSoFar";
  /** The expert reviewers to choose from, with their load ({@link org.qualcat.process.FormChoices}). */
  public static final String VIEW_EXPERT_CHOICES = "expertChoices";
  public static final String VIEW_EXPERT_PROPOSAL = "expertProposal";
  /** The overdue expert's name, and the experts who may take their scoring over. */
  public static final String VIEW_EXPERT_NAME = "expertName";
  public static final String VIEW_REPLACEMENT_CHOICES = "replacementChoices";

  private CommitteeReviewProcess() {
  }

  // mail templates (notification's templates/mail/<name>)
  public static final String MAIL_SCORING_ASSIGNED = "review-scoring-assigned";
  public static final String MAIL_SCORING_REMINDER = "review-scoring-reminder";
  public static final String MAIL_SCORING_OVERDUE = "review-scoring-overdue";
  public static final String MAIL_DECISION_DUE = "review-committee-decision-due";
  public static final String MAIL_INFORMATION_REQUESTED = "review-information-requested";
  public static final String MAIL_OBJECTION_RAISED = "review-objection-raised";
}
