package org.qualcat.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.qualcat.security.EngineGrants;
import org.qualcat.security.Roles;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters kept at start-up (by name; their settings brought up to date): one per bureau group with the tasks
 * offered to it, and "My tasks" for everyone. Each group may read its own filter and "My tasks" only, so the Tasklist,
 * which opens the first filter by priority, opens each role on its own queue, and every entry shows which matter and
 * qualification the task is about (the variables below; a variable a task does not have is not shown).
 */
@Component
@Order(3)
public class TasklistFilters implements ApplicationRunner {

  public static final String MY_TASKS = "My tasks";

  /** What each entry of a filter's list shows besides the task's name: the matter and the qualification. */
  static final List<Map<String, String>> ENTRY_VARIABLES = List.of(
      Map.of("name", "caseReference", "label", "Case"),
      Map.of("name", "subjectReference", "label", "Matter"),
      Map.of("name", "cycleReference", "label", "Monitoring cycle"),
      Map.of("name", "qualificationName", "label", "Qualification"),
      Map.of("name", "qualificationCode", "label", "Qualification code"));

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineGrants grants;

  TasklistFilters(FilterService filters, TaskService tasks, EngineGrants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  /** The name of the filter showing the tasks offered to {@code group}. */
  public static String groupFilterName(String group) {
    return Roles.displayName(group) + ": open tasks";
  }

  @Override
  public void run(ApplicationArguments args) {
    int priority = 10;
    for (String group : Roles.BUREAU) {
      Filter filter = ensure(groupFilterName(group),
          tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks(),
          "Tasks offered to the " + Roles.displayName(group).toLowerCase() + ", claimed or not", priority++);
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    Filter mine = ensure(MY_TASKS, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Tasks you have claimed", 100);
    Roles.BUREAU.forEach(group -> grants.grant(group, Resources.FILTER, mine.getId(), Permissions.READ));
  }

  private Filter ensure(String name, TaskQuery query, String description, int priority) {
    Map<String, Object> properties = Map.of("description", description, "priority", priority, "refresh", true,
        "variables", ENTRY_VARIABLES, "showUndefinedVariable", false);
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      if (!properties.equals(existing.getProperties())) {
        filters.saveFilter(existing.setProperties(properties));
      }
      return existing;
    }
    return filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
  }
}
