package org.qualcat.committee;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in for {@code committee-review} in the model tests of its callers (nomination, adjustment, exit, review):
 * one user task, {@link #TASK_REVIEW}, which the test completes with {@link #outcome} — the variables the callers'
 * call activities take back ({@code reviewOutcome}, {@code reviewResolution}, {@code reviewDecidedBy}). Register it
 * after the engine: {@code @ExtendWith({ProcessEngineExtension.class, CommitteeReviewStub.class})}; it is deployed
 * before each test and removed after it. The committee's own model is tested by CommitteeReviewModelTest.
 */
public class CommitteeReviewStub implements BeforeEachCallback, AfterEachCallback {

  /** The stub's only task: completing it ends the review with the outcome given. */
  public static final String TASK_REVIEW = "Task_StubReview";

  private static final String DEPLOYMENT = "deployment";

  /** The review's output variables for {@code outcome}, as the real review sets them at its end. */
  public static Map<String, Object> outcome(ReviewOutcome outcome) {
    return new CommitteeOutcome(outcome, "The committee's resolution", "committee-chair").variables();
  }

  /** Ends the review {@code caller} waits for with {@code outcome}. */
  public static void decide(ProcessInstance caller, ReviewOutcome outcome) {
    complete(task(TASK_REVIEW, calledProcessInstance(caller)), outcome(outcome));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnModelInstance stub = Bpmn.createExecutableProcess(CommitteeReviewProcess.PROCESS_ID)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(TASK_REVIEW)
        .endEvent()
        .done();
    String id = repositoryService().createDeployment().name("committee-review stub")
        .addModelInstance("committee-review-stub.bpmn", stub).deploy().getId();
    context.getStore(ExtensionContext.Namespace.create(getClass())).put(DEPLOYMENT, id);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String id = context.getStore(ExtensionContext.Namespace.create(getClass())).remove(DEPLOYMENT, String.class);
    if (id != null) {
      repositoryService().deleteDeployment(id, true);
    }
  }
}
