package org.qualcat.monitoring;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.qualcat.monitoring.QualificationMonitoringProcess.*;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.qualcat.process.ModelEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.qualcat.process.CalledProcessStub;
import org.qualcat.process.ProcessTimers;

/**
 * Every path of {@code bpmn/qualification-monitoring.bpmn} on the in-memory engine, with {@code monitoringCycleSteps}
 * mocked and {@code qualification-review} stubbed: a cycle on schedule or on a monitor's request, reviews in
 * batches (each batch and each review an asynchronous step the test runs), a cycle with nothing to review, and the
 * report. QualificationMonitoringProcessIT keeps the stories end to end.
 */
@ExtendWith(ModelEngine.class)
@Deployment(resources = "bpmn/qualification-monitoring.bpmn")
class QualificationMonitoringModelTest {

  private static final String REFERENCE = "MON-2025-01";

  @RegisterExtension
  final CalledProcessStub review = new CalledProcessStub(QualificationReviewProcess.PROCESS_ID);

  private final MonitoringCycleSteps steps = mock(MonitoringCycleSteps.class);

  @BeforeEach
  void registerBeans() {
    Mocks.register("monitoringCycleSteps", steps);
    // a cycle: the timer start event is scheduled when the model is deployed, after this
    Mocks.register(ProcessTimers.BEAN_NAME, new ProcessTimers(Map.of(TIMER_CYCLE, "R/P1Y"), null,
        Clock.systemUTC()));
    when(steps.batches(any())).thenReturn(List.of("Q-1,Q-2", "Q-3"));
    when(steps.codes("Q-1,Q-2")).thenReturn(List.of("Q-1", "Q-2"));
    when(steps.codes("Q-3")).thenReturn(List.of("Q-3"));
  }

  @AfterEach
  void resetBeans() {
    Mocks.reset();
  }

  @Test
  void aCycleAMonitorRequestsReviewsEveryQualificationInBatchesAndReports() {
    ProcessInstance cycle = runtimeService().startProcessInstanceByMessage(MESSAGE_CYCLE_REQUESTED, REFERENCE,
        Map.of(VAR_CYCLE_ID, 1L, VAR_CYCLE_REFERENCE, REFERENCE));
    runJobs(cycle);

    List<Task> reviews = taskQuery().taskDefinitionKey(CalledProcessStub.TASK).list();
    Assertions.assertThat(reviews).extracting(task -> runtimeService().createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey())
        .containsExactlyInAnyOrder(REFERENCE + "/Q-1", REFERENCE + "/Q-2", REFERENCE + "/Q-3");
    assertThat(cycle).isWaitingAt(CALL_REVIEW_QUALIFICATION);
    reviews.forEach(task -> complete(task));
    runJobs(cycle);

    assertThat(cycle).hasPassedInOrder(START_CYCLE_REQUESTED, TASK_OPEN_CYCLE, START_BATCH,
        CALL_REVIEW_QUALIFICATION, END_BATCH_REVIEWED, SUBPROCESS_REVIEW_BATCH, TASK_REPORT_CYCLE,
        END_CYCLE_REPORTED).isEnded();
    assertThat(cycle).hasNotPassed(START_CYCLE_DUE);
    verify(steps).open(any());
    verify(steps).report(any());
  }

  @Test
  void aCycleIsDueOnScheduleAndOpensItsRecord() {
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      execution.setProcessBusinessKey(REFERENCE);
      execution.setVariable(VAR_CYCLE_ID, 2L);
      execution.setVariable(VAR_CYCLE_REFERENCE, REFERENCE);
      return null;
    }).when(steps).open(any());
    Job schedule = jobQuery().activityId(START_CYCLE_DUE).singleResult();
    Assertions.assertThat(schedule).as("the schedule's timer").isNotNull();

    execute(schedule);

    ProcessInstance cycle = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .singleResult();
    assertThat(cycle).hasBusinessKey(REFERENCE).hasPassedInOrder(START_CYCLE_DUE, TASK_OPEN_CYCLE)
        .hasNotPassed(START_CYCLE_REQUESTED);
    runJobs(cycle);
    Assertions.assertThat(taskQuery().taskDefinitionKey(CalledProcessStub.TASK).count()).isEqualTo(3);
    Assertions.assertThat(jobQuery().activityId(START_CYCLE_DUE).count()).as("the next cycle is scheduled")
        .isEqualTo(1);
  }

  @Test
  void aCycleWithNothingToReviewReportsAtOnce() {
    when(steps.batches(any())).thenReturn(List.of());
    ProcessInstance cycle = runtimeService().startProcessInstanceByMessage(MESSAGE_CYCLE_REQUESTED, REFERENCE,
        Map.of(VAR_CYCLE_ID, 1L, VAR_CYCLE_REFERENCE, REFERENCE));

    runJobs(cycle);

    assertThat(cycle).hasPassedInOrder(TASK_OPEN_CYCLE, TASK_REPORT_CYCLE, END_CYCLE_REPORTED).isEnded();
    assertThat(cycle).hasNotPassed(CALL_REVIEW_QUALIFICATION);
    verify(steps, never()).codes(any());
    verify(steps).report(any());
  }

  /** Runs the cycle's asynchronous steps (batches, reviews) until it waits for the reviews or has ended. */
  private static void runJobs(ProcessInstance cycle) {
    for (Job job = next(cycle); job != null; job = next(cycle)) {
      execute(job);
    }
  }

  private static Job next(ProcessInstance cycle) {
    List<Job> jobs = jobQuery().processInstanceId(cycle.getId()).listPage(0, 1);
    return jobs.isEmpty() ? null : jobs.get(0);
  }
}
