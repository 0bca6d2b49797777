package org.qualcat.committee;

import static org.qualcat.committee.CommitteeReviewProcess.FIELD_DECISION;

import org.qualcat.process.Refusal;
import org.qualcat.system.InvalidInputException.FieldError;

/**
 * What the catalog committee resolves on a matter. The rule of the vote (docs/adr/0010): a matter is approved by a
 * majority of the votes cast for or against (more for than against); anything less is no approval, so a rejection
 * needs at least as many votes against as for. Sending a matter back for information is not a vote on it.
 */
public enum CommitteeDecision {
  APPROVE,
  REJECT,
  /** Back to the secretariat for more information, then to the committee again. */
  SEND_BACK;

  /**
   * Why the votes do not support this decision, as the refusal of the form's decision (its English a plain sentence);
   * null when they do.
   */
  public FieldError disagreementWith(int votesFor, int votesAgainst) {
    return switch (this) {
      case APPROVE -> votesFor > votesAgainst ? null : Refusal.VOTES_DO_NOT_APPROVE.error(FIELD_DECISION,
          "The votes do not support an approval: it needs more votes for than against (" + votesFor + " for, "
              + votesAgainst + " against).", votesFor, votesAgainst);
      case REJECT -> votesAgainst >= votesFor && votesFor + votesAgainst > 0 ? null : votesFor + votesAgainst == 0
          ? Refusal.REJECTION_WITHOUT_VOTES.error(FIELD_DECISION, "A rejection needs votes: record the votes against.")
          : Refusal.VOTES_DO_NOT_REJECT.error(FIELD_DECISION, "The votes do not support a rejection: more members "
              + "voted for than against (" + votesFor + " for, " + votesAgainst + " against).", votesFor, votesAgainst);
      case SEND_BACK -> null;
    };
  }
}
