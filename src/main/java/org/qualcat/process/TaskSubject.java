package org.qualcat.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a task is about, on the task itself: every new task gets the matter's reference and qualification as task
 * variables ({@link #ENTRY_VARIABLES}), so that the Tasklist lists them with the task. The people a task
 * is offered to may read its variables, not the whole process's (least privilege), so the list could not show them
 * from the process.
 */
@Component
public class TaskSubject {

  /**
   * What each entry of a filter's list shows besides the task's name: the matter and the qualification, labelled in
   * both languages as the filters' names and the steps are (the Tasklist shows a label as it is, whatever the
   * language).
   */
  public static final List<Map<String, String>> ENTRY_VARIABLES = List.of(
      Map.of("name", "caseReference", "label", "案件 / Case"),
      Map.of("name", "subjectReference", "label", "事项 / Matter"),
      Map.of("name", "cycleReference", "label", "监测周期 / Monitoring cycle"),
      Map.of("name", "qualificationName", "label", "职业资格 / Qualification"),
      Map.of("name", "qualificationCode", "label", "资格代码 / Qualification code"));


  /** The variables copied, the ones the Tasklist's filters show. */
  static final List<String> NAMES = ENTRY_VARIABLES.stream().map(v -> v.get("name")).toList();

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void copyTheSubjectOnto(DelegateTask task) {
    for (String name : NAMES) {
      Object value = task.getExecution() == null ? null : task.getExecution().getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }
}
