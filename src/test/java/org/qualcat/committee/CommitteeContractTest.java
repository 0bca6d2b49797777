package org.qualcat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.qualcat.system.InvalidInputException;

/** The committee review's contract: what a caller passes in and what it takes back, as process variables. */
class CommitteeContractTest {

  @Test
  void theRequestIsTheReviewsInputVariablesAndReadsBackTheSame() {
    CommitteeReviewRequest request = new CommitteeReviewRequest(SubjectType.EXIT, "EXIT-2026-0001", "BJ-I-001",
        "Certified Test Engineer", "Remove it.");

    Map<String, Object> variables = request.variables();

    assertThat(variables).containsOnlyKeys(CommitteeReviewProcess.VAR_SUBJECT_TYPE,
        CommitteeReviewProcess.VAR_SUBJECT_REFERENCE, CommitteeReviewProcess.VAR_QUALIFICATION_CODE,
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, CommitteeReviewProcess.VAR_PROPOSAL)
        .containsEntry(CommitteeReviewProcess.VAR_SUBJECT_TYPE, "EXIT");
    assertThat(CommitteeReviewRequest.of(scope(variables))).isEqualTo(request);
  }

  @Test
  void aRequestNamesWhatIsMissing() {
    assertThatThrownBy(() -> new CommitteeReviewRequest(SubjectType.NOMINATION, "NOM-2026-0001", "BJ-I-001",
        "Certified Test Engineer", " "))
        .isInstanceOf(InvalidInputException.class).hasMessage("proposal: is required");
  }

  @Test
  void theOutcomeIsTheReviewsOutputVariablesAndTheCallerReadsItFromItsOwnExecution() {
    CommitteeOutcome outcome = new CommitteeOutcome(ReviewOutcome.APPROVED, "Listed.", "committee1");

    assertThat(CommitteeOutcome.of(scope(outcome.variables()))).isEqualTo(outcome);
    assertThat(outcome.variables()).containsEntry(CommitteeReviewProcess.VAR_REVIEW_OUTCOME, "APPROVED");
  }

  @Test
  void anOutcomeWithoutAResolutionOnRecordIsTheCommittees() {
    CommitteeOutcome outcome = new CommitteeOutcome(ReviewOutcome.REJECTED, null, null);

    assertThat(outcome.resolution()).isEmpty();
    assertThat(outcome.decidedBy()).isEqualTo("committee");
    assertThatThrownBy(() -> CommitteeOutcome.of(scope(Map.of())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(CommitteeReviewProcess.VAR_REVIEW_OUTCOME);
  }

  private static VariableScope scope(Map<String, Object> variables) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return scope;
  }
}
