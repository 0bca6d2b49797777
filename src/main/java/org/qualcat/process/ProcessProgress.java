package org.qualcat.process;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Where a business object's processes stand, in the words of the models' labels: the open tasks and the events
 * waited for, across the process and the processes it called (they share its business key).
 */
@Component
public class ProcessProgress {

  /** Activities that only contain others: their contents say more. */
  private static final Set<String> CONTAINERS = Set.of("callActivity", "subProcess", "multiInstanceBody",
      "processDefinition");

  private final RuntimeService runtime;
  private final HistoryService history;

  ProcessProgress(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  public List<String> currentSteps(String businessKey) {
    Set<String> steps = new LinkedHashSet<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list()) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).unfinished().orderByHistoricActivityInstanceStartTime().asc().list()) {
        if (!CONTAINERS.contains(activity.getActivityType()) && activity.getActivityName() != null) {
          steps.add(activity.getActivityName());
        }
      }
    }
    return List.copyOf(steps);
  }
}
