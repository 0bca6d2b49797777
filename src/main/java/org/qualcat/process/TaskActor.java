package org.qualcat.process;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, read one way for the whole application: the user signed in to Qualcat (a page, the API), else the user
 * the engine was called as (the Tasklist and the engine REST API sign the engine in). A task's listeners fall back on
 * the task's assignee, else {@link #UNKNOWN}; the audit trail on the platform itself.
 */
public final class TaskActor {

  /** Recorded when nobody can be named (a task completed by the engine itself, in a test). */
  public static final String UNKNOWN = "unknown";

  private TaskActor() {
  }

  /** Who completed {@code task}: the acting user, else its assignee, else {@link #UNKNOWN}. */
  public static String of(DelegateTask task) {
    return current(task.getProcessEngineServices().getIdentityService())
        .orElse(task.getAssignee() != null ? task.getAssignee() : UNKNOWN);
  }

  /** The user acting now: signed in to Qualcat, else the engine's authenticated user; empty for none. */
  public static Optional<String> current(IdentityService engine) {
    var signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn != null && signedIn.isAuthenticated() && signedIn.getName() != null
        && !(signedIn instanceof AnonymousAuthenticationToken)) {
      return Optional.of(signedIn.getName());
    }
    Authentication called = engine.getCurrentAuthentication();
    return Optional.ofNullable(called == null ? null : called.getUserId());
  }
}
