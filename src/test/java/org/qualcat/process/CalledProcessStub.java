package org.qualcat.process;

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
 * A stand-in for a process a model calls (a call activity), in the caller's model test: one user task,
 * {@link #TASK}, which the test completes with the variables the caller's call activity maps out, so that the
 * caller's paths after the call are tested without the called model (which has its own model test). A JUnit
 * extension, registered after the engine's: deployed before each test, removed after it.
 */
public class CalledProcessStub implements BeforeEachCallback, AfterEachCallback {

  /** The stub's only task: completing it ends the called process with the variables given. */
  public static final String TASK = "Task_Stub";

  private final String processId;

  public CalledProcessStub(String processId) {
    this.processId = processId;
  }

  /** Ends the process {@code caller} called, with {@code outcome} as its variables (what the caller maps out). */
  public static void end(ProcessInstance caller, Map<String, Object> outcome) {
    complete(task(TASK, calledProcessInstance(caller)), outcome);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    BpmnModelInstance stub = Bpmn.createExecutableProcess(processId)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(TASK)
        .endEvent()
        .done();
    String id = repositoryService().createDeployment().name(processId + " stub")
        .addModelInstance(processId + "-stub.bpmn", stub).deploy().getId();
    store(context).put(processId, id);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String id = store(context).remove(processId, String.class);
    if (id != null) {
      repositoryService().deleteDeployment(id, true);
    }
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(ExtensionContext.Namespace.create(CalledProcessStub.class));
  }
}
