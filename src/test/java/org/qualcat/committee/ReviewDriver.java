package org.qualcat.committee;

import static org.qualcat.committee.CommitteeReviewProcess.EVENT_PUBLIC_NOTICE_ELAPSED;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_COMMENT;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_DECISION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_DEMAND;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_EXPERTS;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_INFORMATION_NEEDED;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RECOGNITION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RECOMMENDATION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RESOLUTION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RIGOUR;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VERIFIABILITY;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VOTES_ABSTAINED;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VOTES_AGAINST;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VOTES_FOR;
import static org.qualcat.committee.CommitteeReviewProcess.PROCESS_ID;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_ASSIGN_EXPERTS;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_COMMITTEE_DECISION;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_SCORE_QUALIFICATION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives a {@code committee-review} instance the way its people would, for tests of the review itself and of the
 * processes that call it: assign experts, score, decide, let the public notice elapse.
 */
public final class ReviewDriver {

  private final ProcessEngine engine;

  public ReviewDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * Starts a committee review of a nomination on its own, without a calling process: {@code reference} is the
   * subject's reference and the business key.
   */
  public ProcessInstance startNominationReview(String reference, String qualificationCode, String qualificationName,
      String proposal) {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, reference, Map.of(
        CommitteeReviewProcess.VAR_SUBJECT_TYPE, SubjectType.NOMINATION.name(),
        CommitteeReviewProcess.VAR_SUBJECT_REFERENCE, reference,
        CommitteeReviewProcess.VAR_QUALIFICATION_CODE, qualificationCode,
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, qualificationName,
        CommitteeReviewProcess.VAR_PROPOSAL, proposal));
  }

  /** The committee review running under a calling process instance (or the review itself). */
  public ProcessInstance reviewOf(String processInstanceId) {
    ProcessInstance self = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).processDefinitionKey(PROCESS_ID).singleResult();
    if (self != null) {
      return self;
    }
    ProcessInstance called = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).singleResult();
    if (called == null) {
      throw new AssertionError("no committee review runs under " + processInstanceId);
    }
    // a review may call an exit, which calls the committee review
    return reviewOf(called.getId());
  }

  public Task task(ProcessInstance review, String activityId) {
    List<Task> tasks = tasks(review, activityId);
    if (tasks.size() != 1) {
      throw new AssertionError("expected one " + activityId + " task but found " + tasks.size());
    }
    return tasks.get(0);
  }

  public List<Task> tasks(ProcessInstance review, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(activityId).orderByTaskAssignee().asc().list();
  }

  public void assignExperts(ProcessInstance review, String experts) {
    complete(task(review, TASK_ASSIGN_EXPERTS), Map.of(FIELD_EXPERTS, experts));
  }

  /** Every open scoring task scored, each expert with the same recommendation. */
  public void scoreAll(ProcessInstance review, Recommendation recommendation) {
    for (Task scoring : tasks(review, TASK_SCORE_QUALIFICATION)) {
      score(scoring, 4, recommendation);
    }
  }

  public void score(Task scoring, int each, Recommendation recommendation) {
    complete(scoring, Map.of(FIELD_RECOGNITION, each, FIELD_RIGOUR, each, FIELD_DEMAND, each,
        FIELD_VERIFIABILITY, each, FIELD_RECOMMENDATION, recommendation.name(),
        FIELD_COMMENT, "Scored by " + scoring.getAssignee()));
  }

  public void decide(ProcessInstance review, CommitteeDecision decision) {
    complete(task(review, TASK_COMMITTEE_DECISION), decisionForm(decision));
  }

  /**
   * The committee's form filled in for {@code decision}, with votes that support it: 5 for and 1 against an approval
   * (or a sending back), the other way round for a rejection; 1 abstained.
   */
  public static Map<String, Object> decisionForm(CommitteeDecision decision) {
    boolean rejected = decision == CommitteeDecision.REJECT;
    Map<String, Object> form = new HashMap<>(Map.of(FIELD_DECISION, decision.name(), FIELD_VOTES_FOR, rejected ? 1 : 5,
        FIELD_VOTES_AGAINST, rejected ? 5 : 1, FIELD_VOTES_ABSTAINED, 1, FIELD_RESOLUTION,
        "The committee resolves to " + decision.name().toLowerCase().replace('_', ' ') + "."));
    if (decision == CommitteeDecision.SEND_BACK) {
      form.put(FIELD_INFORMATION_NEEDED, "How many holders work in Beijing?");
    }
    return form;
  }

  public Job job(ProcessInstance review, String activityId) {
    List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(review.getId())
        .activityId(activityId).list();
    if (jobs.size() != 1) {
      throw new AssertionError("expected one job at " + activityId + " but found " + jobs.size());
    }
    return jobs.get(0);
  }

  public void fire(ProcessInstance review, String timerActivityId) {
    engine.getManagementService().executeJob(job(review, timerActivityId).getId());
  }

  /** Fires a timer of one expert's scoring task (its boundary timers run in the task's own execution). */
  public void fire(ProcessInstance review, String timerActivityId, String expert) {
    String taskExecution = tasks(review, TASK_SCORE_QUALIFICATION).stream()
        .filter(t -> expert.equals(t.getAssignee())).findFirst()
        .orElseThrow(() -> new AssertionError("no scoring task of " + expert)).getExecutionId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(review.getId())
        .activityId(timerActivityId).list().stream()
        .filter(j -> j.getExecutionId().equals(taskExecution)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + timerActivityId + " timer for " + expert));
    engine.getManagementService().executeJob(timer.getId());
  }

  /** Experts scored in favour, the committee approved, the notice passed without objection. */
  public void approveAll(ProcessInstance review) {
    assignExperts(review, "expert1, expert2, expert3");
    scoreAll(review, Recommendation.SUPPORT);
    decide(review, CommitteeDecision.APPROVE);
    fire(review, EVENT_PUBLIC_NOTICE_ELAPSED);
  }

  public void rejectAll(ProcessInstance review) {
    assignExperts(review, "expert1, expert2, expert3");
    scoreAll(review, Recommendation.OPPOSE);
    decide(review, CommitteeDecision.REJECT);
  }

  public void complete(Task task, Map<String, Object> form) {
    engine.getTaskService().complete(task.getId(), form);
  }
}
