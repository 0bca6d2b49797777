package org.qualcat.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who completed a task, as every feature's task listeners record it: the user the engine was called as (the Tasklist
 * and the engine REST API sign the engine in), else the user signed in to Qualcat (a page or the API completing the
 * task in-process), else the task's assignee, else {@link #UNKNOWN}.
 */
public final class TaskActor {

  /** Recorded when nobody can be named (a task completed by the engine itself, in a test). */
  public static final String UNKNOWN = "unknown";

  private TaskActor() {
  }

  public static String of(DelegateTask task) {
    Authentication engine = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      return engine.getUserId();
    }
    var signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn != null && signedIn.isAuthenticated() && signedIn.getName() != null
        && !(signedIn instanceof AnonymousAuthenticationToken)) {
      return signedIn.getName();
    }
    return task.getAssignee() != null ? task.getAssignee() : UNKNOWN;
  }
}
