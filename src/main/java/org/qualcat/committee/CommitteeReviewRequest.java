package org.qualcat.committee;

import org.qualcat.system.Published;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_PROPOSAL;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_QUALIFICATION_CODE;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_QUALIFICATION_NAME;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_SUBJECT_REFERENCE;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_SUBJECT_TYPE;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.qualcat.process.FormViews;
import org.qualcat.system.InvalidInputException;

/**
 * What a caller asks the committee to review: the input of {@code committee-review}. A caller puts
 * {@link #variables()} into its own process; its call activity passes them on by name, the same way in every caller:
 * <pre>{@code
 * <camunda:in businessKey="#{execution.processBusinessKey}" />
 * <camunda:in source="subjectType" target="subjectType" />
 * <camunda:in source="subjectReference" target="subjectReference" />
 * <camunda:in source="qualificationCode" target="qualificationCode" />
 * <camunda:in source="qualificationName" target="qualificationName" />
 * <camunda:in source="proposal" target="proposal" />
 * }</pre>
 * The name and the proposal are shortened to what a form variable holds.
 */
@Published
public record CommitteeReviewRequest(SubjectType subjectType, String subjectReference, String qualificationCode,
    String qualificationName, String proposal) {

  public CommitteeReviewRequest {
    if (subjectType == null) {
      throw new InvalidInputException(VAR_SUBJECT_TYPE, "is required");
    }
    required(VAR_SUBJECT_REFERENCE, subjectReference);
    required(VAR_QUALIFICATION_CODE, qualificationCode);
    required(VAR_QUALIFICATION_NAME, qualificationName);
    required(VAR_PROPOSAL, proposal);
    qualificationName = FormViews.fit(qualificationName);
    proposal = FormViews.fit(proposal);
  }

  /** The request as the caller's process variables, which its call activity hands to the review. */
  public Map<String, Object> variables() {
    return Map.of(
        VAR_SUBJECT_TYPE, subjectType.name(),
        VAR_SUBJECT_REFERENCE, subjectReference,
        VAR_QUALIFICATION_CODE, qualificationCode,
        VAR_QUALIFICATION_NAME, qualificationName,
        VAR_PROPOSAL, proposal);
  }

  /** The request as the review received it. */
  static CommitteeReviewRequest of(VariableScope review) {
    return new CommitteeReviewRequest(
        SubjectType.valueOf((String) review.getVariable(VAR_SUBJECT_TYPE)),
        (String) review.getVariable(VAR_SUBJECT_REFERENCE),
        (String) review.getVariable(VAR_QUALIFICATION_CODE),
        (String) review.getVariable(VAR_QUALIFICATION_NAME),
        (String) review.getVariable(VAR_PROPOSAL));
  }

  private static void required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
  }
}
