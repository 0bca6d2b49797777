package org.qualcat.process;

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
 * Tasklist filters created at start-up (idempotent, by name): one per bureau group with the tasks offered to it,
 * and "My tasks" for everyone. Each group may read its own filter and "My tasks" only.
 */
@Component
@Order(3)
public class TasklistFilters implements ApplicationRunner {

  public static final String MY_TASKS = "My tasks";

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
        "Tasks you have claimed", 0);
    Roles.BUREAU.forEach(group -> grants.grant(group, Resources.FILTER, mine.getId(), Permissions.READ));
  }

  private Filter ensure(String name, TaskQuery query, String description, int priority) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    return filters.saveFilter(filter);
  }
}
