package org.qualcat.process;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Open tasks named as their process version names their step. The engine names a task once, when it creates it; a
 * task migrated to a new version ({@link InstanceMigration}) keeps its id, assignee, candidates, variables and its
 * old name, so a version that renamed a step (its words, not its id) would go on showing the old words in the
 * Tasklist for as long as the task stays open. This gives such tasks their version's name.
 */
@Component
public class OpenTaskNames {

  private static final Logger log = LoggerFactory.getLogger(OpenTaskNames.class);

  private final RepositoryService repository;
  private final TaskService tasks;

  OpenTaskNames(RepositoryService repository, TaskService tasks) {
    this.repository = repository;
    this.tasks = tasks;
  }

  /**
   * Renames the open tasks of one process version whose name is not their step's name in that version; returns how
   * many. Names that are expressions are left as the engine made them.
   */
  public int nameAsModelled(String processDefinitionId) {
    if (tasks.createTaskQuery().processDefinitionId(processDefinitionId).count() == 0) {
      return 0; // nothing to rename, and no model to read (start-up on a database without open tasks)
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
    int renamed = 0;
    for (UserTask step : model.getModelElementsByType(UserTask.class)) {
      String name = step.getName();
      if (name == null || name.contains("${") || name.contains("#{")) {
        continue;
      }
      for (Task task : tasks.createTaskQuery().processDefinitionId(processDefinitionId)
          .taskDefinitionKey(step.getId()).taskNameNotEqual(name).list()) {
        task.setName(name);
        tasks.saveTask(task);
        renamed++;
      }
    }
    return renamed;
  }

  /**
   * {@link #nameAsModelled} for the latest version of every process: at start-up, after the models are deployed, so
   * that instances migrated by a batch (Cockpit, the engine REST API) show their new version's words at the latest
   * after the next start.
   */
  public int nameLatestAsModelled() {
    int renamed = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      renamed += nameAsModelled(definition.getId());
    }
    if (renamed > 0) {
      log.info("Renamed {} open tasks to their process version's step names", renamed);
    }
    return renamed;
  }
}
