package org.qualcat.security;

import java.util.List;
import java.util.Map;
import org.qualcat.process.TaskSubject;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters kept at start-up (by name; their settings brought up to date): one per bureau group with the tasks
 * offered to it, and "My tasks" for everyone. Each group may read its own filter and "My tasks" only, so the Tasklist,
 * which opens the first filter by priority, opens each role on its own queue, and every entry shows which matter and
 * qualification the task is about (the variables below; a variable a task does not have is not shown).
 *
 * <p>A filter's name is what the Tasklist shows, whatever its language: so names are in Chinese and English
 * ({@code 核验待办 / Verification tasks}). A filter still under its former English-only name is renamed.
 */
@Component
@Order(3)
public class TasklistFilters implements ApplicationRunner {

  public static final String MY_TASKS = "我的任务 / My tasks";
  private static final String FORMER_MY_TASKS = "My tasks";

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineGrants grants;

  TasklistFilters(FilterService filters, TaskService tasks, EngineGrants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  /** The name of the filter showing the tasks offered to {@code group}, in Chinese and English. */
  public static String groupFilterName(String group) {
    return switch (group) {
      case Roles.SECRETARIAT -> "秘书处待办 / Secretariat tasks";
      case Roles.EXPERTS -> "专家评审待办 / Expert review tasks";
      case Roles.COMMITTEE -> "评审委员会待办 / Committee tasks";
      case Roles.MONITORS -> "监测待办 / Monitoring tasks";
      case Roles.VERIFIERS -> "核验待办 / Verification tasks";
      case Roles.TITLE_OFFICE -> "职称评定待办 / Title office tasks";
      default -> Roles.displayName(group) + " / " + group;
    };
  }

  /** The name the group's filter had before it had a Chinese one (databases created before are renamed). */
  static String formerGroupFilterName(String group) {
    return Roles.displayName(group) + ": open tasks";
  }

  @Override
  public void run(ApplicationArguments args) {
    int priority = 10;
    for (String group : Roles.BUREAU) {
      Filter filter = ensure(groupFilterName(group), formerGroupFilterName(group),
          tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks(),
          "提供给本组的任务，无论是否已认领 / Tasks offered to the " + Roles.displayName(group).toLowerCase()
              + ", claimed or not", priority++);
      grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    Filter mine = ensure(MY_TASKS, FORMER_MY_TASKS,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), "您已认领的任务 / Tasks you have claimed", 100);
    Roles.BUREAU.forEach(group -> grants.grant(group, Resources.FILTER, mine.getId(), Permissions.READ));
  }

  private Filter ensure(String name, String formerName, TaskQuery query, String description, int priority) {
    Map<String, Object> properties = Map.of("description", description, "priority", priority, "refresh", true,
        "variables", TaskSubject.ENTRY_VARIABLES, "showUndefinedVariable", false);
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing == null) {
      existing = filters.createFilterQuery().filterName(formerName).singleResult();
    }
    if (existing != null) {
      if (!name.equals(existing.getName()) || !properties.equals(existing.getProperties())) {
        filters.saveFilter(existing.setName(name).setProperties(properties));
      }
      return existing;
    }
    return filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(properties));
  }
}
