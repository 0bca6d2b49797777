package org.qualcat.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks without a read of the whole authorization table per transaction.
 *
 * <p>Before its first authorization check in a transaction, the engine reads every group that has an authorization
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) and keeps of the caller's groups only those, to keep
 * the {@code GROUP_ID_ IN (...)} lists of its checks short. That table holds a row for every open task's candidate
 * group (the engine grants the group the task), so the read grows with the open cases: a fifth of every engine REST
 * task completion's time on H2 with a few thousand open cases (docs/benchmarks.md), on every Tasklist request
 * that checks a permission. Qualcat's users are in one to three groups; for them the list is short already and the
 * read is left out. A group without authorizations only ever matches no row, so the checks decide exactly as before.
 * Callers in more than {@value #PREFILTER_FROM} groups keep the engine's read. docs/adr/0014.
 */
@Component
class EngineAuthorizationGroups extends AbstractProcessEnginePlugin {

  /** From this many groups on, the caller's groups are narrowed to those with authorizations, as the engine does. */
  static final int PREFILTER_FROM = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new ShortGroupListsAsTheyAre();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, but for the read of every authorized group a short list does not need. */
  static class ShortGroupListsAsTheyAre extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() < PREFILTER_FROM) {
        return authenticatedGroupIds.stream().filter(Objects::nonNull).distinct()
            .collect(Collectors.toCollection(ArrayList::new));
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
