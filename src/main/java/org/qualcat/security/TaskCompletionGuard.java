package org.qualcat.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Business decisions are taken by the people a task is for: a user task is completed only by its assignee or one of
 * its candidates (user or group). The engine's own authorizations let {@code camunda-admin} do everything; this
 * rule keeps administrators (and anyone granted more than they should be) from deciding in someone's place.
 * Work the engine does by itself (jobs, tests, Qualcat's services) runs without a signed-in user and is not checked.
 *
 * <p>An engine plugin adds the check to every user task when models are parsed; a refusal is an
 * {@link AuthorizationException}, which the engine REST API answers with 403.
 */
@Component
public class TaskCompletionGuard extends AbstractProcessEnginePlugin {

  static final TaskListener ONLY_ASSIGNEE_OR_CANDIDATES = TaskCompletionGuard::check;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : configuration.getCustomPreBPMNParseListeners();
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, ONLY_ASSIGNEE_OR_CANDIDATES);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  static void check(DelegateTask task) {
    Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (signedIn == null || signedIn.getUserId() == null || signedIn.getUserId().equals(task.getAssignee())) {
      return;
    }
    Set<String> groups = signedIn.getGroupIds() == null ? Set.of() : Set.copyOf(signedIn.getGroupIds());
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (signedIn.getUserId().equals(link.getUserId())
          || link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return;
      }
    }
    throw new AuthorizationException(signedIn.getUserId(), Permissions.TASK_WORK.getName(),
        Resources.TASK.resourceName(), task.getId());
  }
}
