package org.qualcat.committee;

import org.qualcat.system.Published;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_REVIEW_DECIDED_BY;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_REVIEW_OUTCOME;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_REVIEW_RESOLUTION;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.qualcat.process.FormViews;
import org.qualcat.system.InvalidInputException;

/**
 * What {@code committee-review} returns to its caller: the outcome, the committee's last resolution and who recorded
 * it. The review ends with {@link #variables()}; every caller's call activity takes them back by name, the same way:
 * <pre>{@code
 * <camunda:out source="reviewOutcome" target="reviewOutcome" />
 * <camunda:out source="reviewResolution" target="reviewResolution" />
 * <camunda:out source="reviewDecidedBy" target="reviewDecidedBy" />
 * }</pre>
 * and reads them from its own execution with {@link #of}, at the step that needs them.
 */
@Published
public record CommitteeOutcome(ReviewOutcome outcome, String resolution, String decidedBy) {

  /** Who decided when no member is on record. */
  static final String COMMITTEE = "committee";

  public CommitteeOutcome {
    if (outcome == null) {
      throw new InvalidInputException(VAR_REVIEW_OUTCOME, "must be one of APPROVED, REJECTED");
    }
    resolution = resolution == null ? "" : FormViews.fit(resolution);
    decidedBy = decidedBy == null || decidedBy.isBlank() ? COMMITTEE : decidedBy;
  }

  /** The outcome as the review's output variables. */
  public Map<String, Object> variables() {
    return Map.of(VAR_REVIEW_OUTCOME, outcome.name(), VAR_REVIEW_RESOLUTION, resolution,
        VAR_REVIEW_DECIDED_BY, decidedBy);
  }

  /** The outcome a caller's call activity took back into {@code execution}. */
  public static CommitteeOutcome of(VariableScope execution) {
    Object outcome = execution.getVariable(VAR_REVIEW_OUTCOME);
    return new CommitteeOutcome(outcome == null ? null : ReviewOutcome.valueOf(outcome.toString()),
        (String) execution.getVariable(VAR_REVIEW_RESOLUTION), (String) execution.getVariable(VAR_REVIEW_DECIDED_BY));
  }

  /** The outcome of a closed review, from its last resolution. */
  static CommitteeOutcome of(CommitteeReview review) {
    java.util.List<CommitteeResolution> resolutions = review.getResolutions();
    CommitteeResolution last = resolutions.isEmpty() ? null : resolutions.get(resolutions.size() - 1);
    return new CommitteeOutcome(review.getOutcome(), last == null ? null : last.getResolution(),
        last == null ? null : last.getDecidedBy());
  }
}
