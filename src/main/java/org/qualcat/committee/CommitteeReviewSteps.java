package org.qualcat.committee;

import static org.qualcat.committee.CommitteeReviewProcess.FIELD_COMMENT;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_DECISION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_DEMAND;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_EXPERTS;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_FOLLOW_UP;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_INFORMATION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_INFORMATION_NEEDED;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RECOGNITION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RECOMMENDATION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_REPLACEMENT_EXPERT;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RESOLUTION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_RIGOUR;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VERIFIABILITY;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VOTES_ABSTAINED;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VOTES_AGAINST;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_VOTES_FOR;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_COMMITTEE_DECISION;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_EXPERT;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_NOTICE_ENDS_AT;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_REVIEW_ID;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_EXPERT_CHOICES;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_EXPERT_NAME;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_EXPERT_PROPOSAL;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_INFORMATION;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_OBJECTIONS;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_REPLACEMENT_CHOICES;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_SCORES;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_SCORING_DEADLINE;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualcat.process.TaskActor;
import org.qualcat.committee.CommitteeQueries.ExpertChoice;
import org.qualcat.committee.CommitteeReviews.Scores;
import org.qualcat.committee.CommitteeReviews.Votes;
import org.qualcat.process.Bilingual;
import org.qualcat.process.BureauTime;
import org.qualcat.process.FormChoices;
import org.qualcat.process.FormFields;
import org.qualcat.process.FormViews;
import org.qualcat.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * What {@code committee-review} calls ({@code ${committeeReviewSteps.…}}): reads the ids and form fields from the
 * engine, hands typed values to {@link CommitteeReviews} (and reads what the forms show from
 * {@link CommitteeQueries}), and puts back the few values the model decides on and the outcome it returns.
 * Public, as the engine's expression language only calls methods of public classes.
 */
@Component(CommitteeReviewProcess.STEPS_BEAN)
public class CommitteeReviewSteps {

  /** Who completed a task when neither a signed-in user nor an assignee is known. */

  private final CommitteeReviews reviews;
  private final CommitteeQueries queries;
  private final StaffDirectory staff;
  private final Bilingual words;

  CommitteeReviewSteps(CommitteeReviews reviews, CommitteeQueries queries, StaffDirectory staff, Bilingual words) {
    this.reviews = reviews;
    this.queries = queries;
    this.staff = staff;
    this.words = words;
  }

  /** Start of the review: opens its file from what the caller passed in. */
  public void open(DelegateExecution execution) {
    execution.setVariable(VAR_REVIEW_ID, reviews.open(CommitteeReviewRequest.of(execution),
        execution.getProcessInstanceId()));
  }

  /**
   * The secretariat chooses from the expert reviewers, each named with their open scorings, those with the fewest
   * first (the first three proposed). The choice comes back as a list in {@code experts}, declared a string here:
   * the Tasklist sends a list back in the type of the variable it replaces.
   */
  public void assigningExperts(DelegateTask task) {
    FormFields.clear(task.getExecution(), FIELD_EXPERTS);
    task.getExecution().setVariableLocal(FIELD_EXPERTS, "");
    List<ExpertChoice> choices = queries.expertChoices();
    task.setVariableLocal(VIEW_EXPERT_CHOICES, FormViews.fit(choicesOf(choices)));
    task.setVariableLocal(VIEW_EXPERT_PROPOSAL, choices.isEmpty() ? words.both("forms.expert.nobody")
        : words.both("forms.expert.proposal", choices.stream().limit(CommitteeQueries.DEFAULT_EXPERTS)
            .map(ExpertChoice::name).collect(Collectors.joining(", "))));
  }

  public void expertsAssigned(DelegateTask task) {
    reviews.assignExperts(reviewId(task.getExecution()), FormFields.list(task, FIELD_EXPERTS), TaskActor.of(task));
  }

  /** The multi-instance collection: one scoring per expert. */
  public List<String> experts(DelegateExecution execution) {
    return queries.currentExperts(reviewId(execution));
  }

  /** The expert's due date: the scoring task's due date and the moment it is overdue. */
  public Date scoringDue(DelegateExecution execution) {
    return Date.from(queries.scoringDueAt(reviewId(execution), expert(execution)));
  }

  public void scoringOffered(DelegateTask task) {
    FormFields.clear(task.getExecution(), FIELD_RECOGNITION, FIELD_RIGOUR, FIELD_DEMAND, FIELD_VERIFIABILITY,
        FIELD_RECOMMENDATION, FIELD_COMMENT);
    String expert = expert(task.getExecution());
    task.setVariableLocal(VIEW_SCORING_DEADLINE,
        BureauTime.dateTime(queries.scoringDueAt(reviewId(task.getExecution()), expert)));
    reviews.scoringOffered(reviewId(task.getExecution()), expert);
  }

  public void scored(DelegateTask task) {
    reviews.recordScore(reviewId(task.getExecution()), expert(task.getExecution()), new Scores(
        FormFields.number(task, FIELD_RECOGNITION, ExpertScore.MIN, ExpertScore.MAX),
        FormFields.number(task, FIELD_RIGOUR, ExpertScore.MIN, ExpertScore.MAX),
        FormFields.number(task, FIELD_DEMAND, ExpertScore.MIN, ExpertScore.MAX),
        FormFields.number(task, FIELD_VERIFIABILITY, ExpertScore.MIN, ExpertScore.MAX)),
        FormFields.choice(task, FIELD_RECOMMENDATION, Recommendation.class),
        FormFields.text(task, FIELD_COMMENT, false, 2000));
  }

  public void remindExpert(DelegateExecution execution) {
    reviews.remind(reviewId(execution), expert(execution));
  }

  /** The secretariat follows an overdue scoring up: the expert by name, and who else may take the scoring. */
  public void scoringOverdue(DelegateTask task) {
    FormFields.clear(task.getExecution(), FIELD_FOLLOW_UP, FIELD_REPLACEMENT_EXPERT);
    long reviewId = reviewId(task.getExecution());
    task.setVariableLocal(VIEW_EXPERT_NAME, staff.name(expert(task.getExecution())));
    List<String> scoring = queries.currentExperts(reviewId);
    task.setVariableLocal(VIEW_REPLACEMENT_CHOICES, FormViews.fit(choicesOf(queries.expertChoices().stream()
        .filter(choice -> !scoring.contains(choice.id())).toList())));
    reviews.escalate(reviewId, expert(task.getExecution()));
  }

  public void followedUp(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String responsible = reviews.followUp(reviewId(execution), expert(execution),
        FormFields.choice(task, FIELD_FOLLOW_UP, FollowUp.class),
        FormFields.text(task, FIELD_REPLACEMENT_EXPERT, false, 64), TaskActor.of(task));
    execution.setVariable(VAR_EXPERT, responsible);
  }

  public void convened(DelegateTask task) {
    long reviewId = reviewId(task.getExecution());
    FormFields.clear(task.getExecution(), FIELD_DECISION, FIELD_VOTES_FOR, FIELD_VOTES_AGAINST,
        FIELD_VOTES_ABSTAINED, FIELD_RESOLUTION, FIELD_INFORMATION_NEEDED);
    task.setVariableLocal(VIEW_SCORES, FormViews.fit(queries.scoresSummary(reviewId)));
    task.setVariableLocal(VIEW_OBJECTIONS, FormViews.fit(queries.objectionsSummary(reviewId)));
    task.setVariableLocal(VIEW_INFORMATION, FormViews.fit(queries.informationSummary(reviewId)));
    reviews.convene(reviewId);
  }

  public void decided(DelegateTask task) {
    CommitteeDecision decision = FormFields.choice(task, FIELD_DECISION, CommitteeDecision.class);
    String informationNeeded = FormFields.text(task, FIELD_INFORMATION_NEEDED,
        decision == CommitteeDecision.SEND_BACK, 2000);
    reviews.resolve(reviewId(task.getExecution()), decision, new Votes(
        FormFields.number(task, FIELD_VOTES_FOR, 0, 99),
        FormFields.number(task, FIELD_VOTES_AGAINST, 0, 99),
        FormFields.number(task, FIELD_VOTES_ABSTAINED, 0, 99)),
        FormFields.text(task, FIELD_RESOLUTION, true, 4000),
        decision == CommitteeDecision.SEND_BACK ? informationNeeded : null,
        TaskActor.of(task));
    task.getExecution().setVariable(VAR_COMMITTEE_DECISION, decision.name());
  }

  public void informationAsked(DelegateTask task) {
    FormFields.clear(task.getExecution(), FIELD_INFORMATION);
    task.setVariableLocal(FIELD_INFORMATION_NEEDED,
        FormViews.fit(queries.informationNeeded(reviewId(task.getExecution()))));
  }

  public void informationAdded(DelegateTask task) {
    reviews.addInformation(reviewId(task.getExecution()), FormFields.text(task, FIELD_INFORMATION, true, 4000),
        TaskActor.of(task));
  }

  public void startNotice(DelegateExecution execution) {
    execution.setVariable(VAR_NOTICE_ENDS_AT, Date.from(reviews.startNotice(reviewId(execution))));
  }

  public void approved(DelegateExecution execution) {
    close(execution, ReviewOutcome.APPROVED);
  }

  public void rejected(DelegateExecution execution) {
    close(execution, ReviewOutcome.REJECTED);
  }

  /** The review ends: its file is closed, and the outcome is what the caller's call activity takes back. */
  private void close(DelegateExecution execution, ReviewOutcome outcome) {
    execution.setVariables(reviews.close(reviewId(execution), outcome).variables());
  }

  /** Each expert as "name (open scorings)", for a form's choice. */
  private String choicesOf(List<ExpertChoice> experts) {
    Map<String, String> options = new LinkedHashMap<>();
    experts.forEach(e -> options.put(e.id(), e.name() + " (" + words.both("forms.expert.load", e.openScorings())
        + ")"));
    return FormChoices.encode(options);
  }

  private static long reviewId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_REVIEW_ID)).longValue();
  }

  private static String expert(DelegateExecution execution) {
    return (String) execution.getVariable(VAR_EXPERT);
  }

}
