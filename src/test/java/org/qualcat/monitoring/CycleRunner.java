package org.qualcat.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Runs a monitoring cycle as the job executor and the monitors would, in tests that never wait for a timer. */
final class CycleRunner {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  CycleRunner(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
  }

  /**
   * Executes the cycle's jobs and hands its open tasks, one at a time, to {@code work}: true when the cycle has ended,
   * false when it waits for what no task can give (a message, a timer).
   */
  boolean run(ProcessInstance cycle, Consumer<Task> work) {
    for (int round = 0; round < 5_000; round++) {
      if (runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count() == 0) {
        return true;
      }
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(cycle.getId()).executable().list();
      if (!jobs.isEmpty()) {
        jobs.forEach(job -> management.executeJob(job.getId()));
        continue;
      }
      List<String> instances = runtime.createProcessInstanceQuery().rootProcessInstanceId(cycle.getId()).list()
          .stream().map(ProcessInstance::getId).toList();
      List<Task> open = tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list();
      if (open.isEmpty()) {
        return false;
      }
      work.accept(open.get(0));
    }
    throw new AssertionError("the cycle did not settle");
  }

  /**
   * What monitors answer in a review's task: missing indicators entered as compliant, assessments confirmed as
   * proposed (another test's leftover non-compliance put on watch), {@code failing} confirmed non-compliant; an empty
   * map for any other task.
   */
  Map<String, Object> monitorsAnswer(Task task, String failing) {
    String code = (String) runtime.getVariable(task.getExecutionId(), "qualificationCode");
    Map<String, Object> form = new HashMap<>();
    if (task.getTaskDefinitionKey().equals(QualificationReviewProcess.TASK_ENTER_INDICATORS)) {
      form.putAll(Map.of("certificatesInBeijing", 20, "technicalCompliance", "COMPLIANT", "holderOutcomes", "SOME",
          "issuerAnswers", "YES"));
    } else if (task.getTaskDefinitionKey().equals(QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT)) {
      Object assessed = runtime.getVariable(task.getExecutionId(), "assessment");
      if (code.equals(failing)) {
        form.putAll(Map.of("confirmedAssessment", "NON_COMPLIANT", "issuerContactEmail", "issuer@failing.example"));
      } else if ("NON_COMPLIANT".equals(assessed)) {
        // another test's leftover: not this test's subject
        form.putAll(Map.of("confirmedAssessment", "WATCH", "confirmationReason", "Left to the next cycle."));
      } else {
        form.put("confirmedAssessment", assessed);
      }
    }
    return form;
  }
}
