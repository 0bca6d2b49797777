package org.qualcat.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations each group needs, granted at start-up (idempotent). Engine authorizations are on;
 * tasks grant their candidates and assignees access themselves ({@code defaultUserPermissionNameForTask}), and
 * {@link org.qualcat.process.TasklistFilters} grants each group its filter.
 *
 * <ul>
 *   <li>bureau groups: Tasklist, read process definitions (names, forms), users and groups (who is who);</li>
 *   <li>{@code camunda-admin}: everything, as Camunda's own set-up grants it;</li>
 *   <li>applicants: nothing; they use Qualcat's API and portal only.</li>
 * </ul>
 */
@Component
@Order(2)
public class EngineGrants implements ApplicationRunner {

  public static final String TASKLIST = "tasklist";
  public static final String WELCOME = "welcome";

  private final AuthorizationService authorizations;

  EngineGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (String group : Roles.BUREAU) {
      grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grant(group, Resources.APPLICATION, WELCOME, Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(group, Resources.USER, Authorization.ANY, Permissions.READ);
      grant(group, Resources.GROUP, Authorization.ANY, Permissions.READ);
    }
    for (Resources resource : Resources.values()) {
      grant(Roles.ADMIN, resource, Authorization.ANY, Permissions.ALL);
    }
  }

  /** Grants {@code permission} on a resource to a group, adding to an existing grant if there is one. */
  public void grant(String group, Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      return;
    }
    Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
