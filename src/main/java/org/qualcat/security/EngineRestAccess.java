package org.qualcat.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the bureau's staff may call on the engine's REST resources: the Tasklist's and the Welcome page's calls, and
 * nothing else. Administrators may call everything; applicants and authorities nothing. The engine REST API
 * ({@code /engine-rest}, also under {@code /engine-rest/engine/{name}}) and the webapps' engine API
 * ({@code /camunda/api/engine/engine/{name}}, where the Tasklist sends its calls) are the same resources, so one list
 * serves both request rules in {@link SecurityConfiguration}.
 *
 * <p>Why an allow-list in front of the engine's own authorizations: the engine checks a grant only where a call
 * touches something it knows an owner of. Broadcasting a signal or correlating a message that nothing waits for,
 * evaluating conditions, reading metrics or the history cleanup's configuration are not checked at all, or checked
 * only once a model happens to catch them. Listing what each role's work needs keeps the next model's signal, or the
 * next engine version's new endpoint, out of staff reach until someone decides otherwise (docs/adr/0014).
 *
 * <p>Reading is still decided by the engine as well: the task, filter, process-definition, user and group reads
 * listed here return only what {@link EngineGrants} and the tasks' own grants allow, and completing a task is checked
 * once more by {@link TaskCompletionGuard}.
 */
final class EngineRestAccess {

  /** A method and a path under an engine's root, e.g. {@code GET /task/{id}/form-variables}. */
  record Call(HttpMethod method, String path) {
  }

  /**
   * The bureau's calls. Changing a task's candidates (identity links), its variables or its process, throwing BPMN
   * errors from a form, starting processes from the Tasklist and creating or changing filters are not among them:
   * Qualcat's services start processes, the models decide who a task is for, and an administrator reassigns.
   */
  static final List<Call> BUREAU = List.of(
      // the engines' names (the webapps' sign-in form reads them anonymously, see SecurityConfiguration)
      new Call(GET, "/engine"),
      // the task list and a task: reads are filtered by the engine to the tasks the caller may see
      new Call(GET, "/task"),
      new Call(GET, "/task/**"),
      new Call(POST, "/task"),
      new Call(POST, "/task/count"),
      new Call(OPTIONS, "/task/**"),
      // the work on a task: claim, hand over, follow-up and due dates, comments, the form, completion
      new Call(POST, "/task/*/claim"),
      new Call(POST, "/task/*/unclaim"),
      new Call(POST, "/task/*/assignee"),
      new Call(POST, "/task/*/delegate"),
      new Call(POST, "/task/*/resolve"),
      new Call(PUT, "/task/*"),
      new Call(POST, "/task/*/comment/create"),
      new Call(POST, "/task/*/submit-form"),
      new Call(POST, "/task/*/complete"),
      // the Tasklist's filters (each group reads its own and "My tasks", see TasklistFilters)
      new Call(GET, "/filter"),
      new Call(GET, "/filter/**"),
      new Call(OPTIONS, "/filter"),
      new Call(OPTIONS, "/filter/**"),
      new Call(POST, "/filter/*/list"),
      new Call(POST, "/filter/*/count"),
      new Call(POST, "/filter/*/singleResult"),
      // the process a task belongs to: its name, diagram and forms
      new Call(GET, "/process-definition"),
      new Call(GET, "/process-definition/**"),
      // a task's history tab: who did what on it (the engine shows what the caller may read)
      new Call(GET, "/history/user-operation"),
      new Call(GET, "/history/user-operation/count"),
      new Call(GET, "/history/identity-link-log"),
      new Call(GET, "/history/identity-link-log/count"),
      // who is who: assignees, candidates, one's own groups; the Welcome page's own profile and password
      // (changing them is the engine's decision: a user may change their own, nobody else's)
      new Call(GET, "/user"),
      new Call(GET, "/user/count"),
      new Call(GET, "/user/*/profile"),
      new Call(PUT, "/user/*/profile"),
      new Call(PUT, "/user/*/credentials"),
      new Call(GET, "/group"),
      new Call(GET, "/group/count"),
      new Call(GET, "/group/*"),
      new Call(GET, "/identity/groups"),
      new Call(GET, "/identity/password-policy"),
      new Call(POST, "/identity/password-policy"),
      // the webapps ask whether the caller may do something before offering it (create a filter, start a process)
      new Call(GET, "/authorization/check"));

  private EngineRestAccess() {
  }

  /** The bureau's calls under each engine root given, e.g. {@code /engine-rest} and {@code /engine-rest/engine/*}. */
  static RequestMatcher bureauCalls(String... roots) {
    List<RequestMatcher> matchers = new ArrayList<>();
    for (String root : roots) {
      for (Call call : BUREAU) {
        matchers.add(PathPatternRequestMatcher.withDefaults().matcher(call.method(), root + call.path()));
      }
    }
    return new OrRequestMatcher(matchers);
  }
}
