package org.qualcat.committee;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualcat.process.CalledProcessStub;

/**
 * A stand-in for {@code committee-review} in the model tests of its callers (nomination, adjustment, exit): register
 * it after the engine, {@code @ExtendWith({ModelEngine.class, CommitteeReviewStub.class})}, and end the
 * review with {@link #decide}, which returns what the callers' call activities take back ({@code reviewOutcome},
 * {@code reviewResolution}, {@code reviewDecidedBy}). The committee's own model is tested by CommitteeReviewModelTest.
 */
public class CommitteeReviewStub extends CalledProcessStub {

  public CommitteeReviewStub() {
    super(CommitteeReviewProcess.PROCESS_ID);
  }

  /** The review's output variables for {@code outcome}, as the real review sets them at its end. */
  public static Map<String, Object> outcome(ReviewOutcome outcome) {
    return new CommitteeOutcome(outcome, "The committee's resolution", "committee-chair").variables();
  }

  /** Ends the review {@code caller} waits for with {@code outcome}. */
  public static void decide(ProcessInstance caller, ReviewOutcome outcome) {
    end(caller, outcome(outcome));
  }
}
