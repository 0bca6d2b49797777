package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.committee.CommitteeDecision;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Least privilege on the engine's REST resources (docs/adr/0014): the bureau's staff reach what the Tasklist needs and
 * nothing else, on the engine REST API and on the webapps' engine API alike; administrators keep the engine's
 * operations. {@code SecurityIT} covers applicants and anonymous callers, {@code TaskDecisionsIT} which task a
 * member of the bureau may complete.
 */
class EngineRestLeastPrivilegeIT extends IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> BUREAU_USERS = List.of("secretariat1", "expert1", "committee1", "monitor1",
      "verifier1");
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  /** A refusal of the caller's role, as the Tasklist shows it: in Chinese, then in English. */
  private static final String REFUSED = "您的角色不能执行此操作。 / Your role does not allow this.";

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private ReviewDriver driver;
  private final String reference = "LPR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @BeforeEach
  void driver() {
    driver = new ReviewDriver(processEngine);
  }

  /** A call the bureau's work does not need, and what it would change if it went through. */
  private record Refused(String method, String path, String body) {
  }

  private static List<Refused> beyondTheTasklist(ProcessInstance review, String jobId, Task task) {
    String instance = review.getId();
    return List.of(
        new Refused("POST", "/signal", "{\"name\":\"qualcat-probe\"}"),
        new Refused("POST", "/message", "{\"messageName\":\"qualcat-probe\",\"all\":true}"),
        new Refused("POST", "/condition", "{\"variables\":{\"x\":{\"value\":1}}}"),
        new Refused("POST", "/deployment/create", "{}"),
        new Refused("PUT", "/job/" + jobId + "/retries", "{\"retries\":0}"),
        new Refused("POST", "/job/retries", "{\"retries\":0,\"jobIds\":[\"" + jobId + "\"]}"),
        new Refused("DELETE", "/process-instance/" + instance, null),
        new Refused("PUT", "/process-instance/" + instance + "/variables/" + CommitteeReviewProcess.VAR_PROPOSAL,
            "{\"value\":\"Changed behind the committee's back.\",\"type\":\"String\"}"),
        new Refused("POST", "/process-instance/" + instance + "/variables",
            "{\"modifications\":{\"" + CommitteeReviewProcess.VAR_PROPOSAL + "\":{\"value\":\"Changed.\"}}}"),
        new Refused("POST", "/task/" + task.getId() + "/variables",
            "{\"modifications\":{\"" + CommitteeReviewProcess.VAR_PROPOSAL + "\":{\"value\":\"Changed.\"}}}"),
        new Refused("POST", "/task/" + task.getId() + "/identity-links",
            "{\"groupId\":\"" + Roles.MONITORS + "\",\"type\":\"candidate\"}"),
        new Refused("POST", "/history/cleanup", null),
        new Refused("GET", "/history/cleanup/configuration", null),
        new Refused("GET", "/metrics/activity-instance-start/sum", null),
        new Refused("GET", "/telemetry/data", null),
        new Refused("GET", "/authorization", null),
        new Refused("GET", "/process-instance", null),
        new Refused("GET", "/execution", null),
        new Refused("POST", "/batch/statistics", "{}"),
        new Refused("POST", "/process-definition/key/" + CommitteeReviewProcess.PROCESS_ID + "/start", "{}"));
  }

  @Test
  void staffAreRefusedWhatTheTasklistDoesNotNeedOnBothEngineApis() {
    ProcessInstance review = start();
    Task assign = driver.task(review, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS);
    driver.assignExperts(review, "expert1");
    String jobId = processEngine.getManagementService().createJobQuery().processInstanceId(review.getId()).list()
        .get(0).getId();
    List<Refused> calls = beyondTheTasklist(review, jobId, assign);
    long instances = runtime.createProcessInstanceQuery().count();

    for (String user : BUREAU_USERS) {
      ApiClient api = as(user);
      BrowserSession tasklist = signedInToTasklist(user);
      for (Refused call : calls) {
        for (String root : List.of("/engine-rest", "/engine-rest/engine/default")) {
          Response refused = send(api, call, root + call.path());
          assertThat(refused.status()).as(user + " " + call.method() + " " + root + call.path()).isEqualTo(403);
          assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
          assertThat(refused.json().get("detail").asText()).isEqualTo("Your role does not allow this.");
          assertThat(refused.json().get("message").asText()).isEqualTo(REFUSED);
        }
        HttpResponse<String> fromTheWebapp = tasklist.sendJson(call.method(), WEBAPP_ENGINE + call.path(),
            call.body() == null ? "" : call.body());
        assertThat(fromTheWebapp.statusCode()).as(user + " " + call.method() + " webapp " + call.path())
            .isEqualTo(403);
        JsonNode problem = json(fromTheWebapp);
        assertThat(problem.get("detail").asText()).isEqualTo("Your role does not allow this.");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
        assertThat(problem.get("instance").asText()).isEqualTo(WEBAPP_ENGINE + call.path());
        assertThat(problem.get("message").asText()).as("what the Tasklist shows").isEqualTo(REFUSED);
      }
    }

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).count()).as("not deleted")
        .isOne();
    assertThat(runtime.getVariable(review.getId(), CommitteeReviewProcess.VAR_PROPOSAL)).isEqualTo("Include it.");
    assertThat(processEngine.getManagementService().createJobQuery().jobId(jobId).singleResult().getRetries())
        .as("retries untouched").isPositive();
    assertThat(runtime.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(instances);
  }

  /**
   * The Tasklist's "add group" on a task the committee member may decide: the webapps' engine API refuses it for the
   * role, and the Tasklist shows the refusal's {@code message} in both languages; Qualcat's own API keeps its answer.
   */
  @Test
  void aCallTheRoleMayNotMakeIsRefusedInWordsTheTasklistShows() throws Exception {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, org.qualcat.committee.Recommendation.SUPPORT);
    Task decision = driver.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION);
    BrowserSession committee = signedInToTasklist("committee1");

    HttpResponse<String> addGroup = committee.sendJson("POST", WEBAPP_ENGINE + "/task/" + decision.getId()
        + "/identity-links", JSON.writeValueAsString(Map.of("groupId", Roles.MONITORS, "type", "candidate")));

    assertThat(addGroup.statusCode()).as(addGroup.body()).isEqualTo(403);
    assertThat(addGroup.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode problem = json(addGroup);
    assertThat(problem.get("message").asText()).isEqualTo(REFUSED);
    assertThat(problem.get("detail").asText()).isEqualTo("Your role does not allow this.");
    assertThat(tasks.getIdentityLinksForTask(decision.getId())).as("no group added")
        .noneMatch(link -> Roles.MONITORS.equals(link.getGroupId()));

    Response ownApi = as("committee1").get("/api/audit");
    assertThat(ownApi.status()).as(ownApi.toString()).isEqualTo(403);
    assertThat(ownApi.json().has("message")).as("Qualcat's own API answers as it did").isFalse();
  }

  @Test
  void eachRoleDoesItsTasklistWorkThroughTheWebappsEngineApi() throws Exception {
    ProcessInstance review = start();

    Task assign = driver.task(review, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS);
    BrowserSession secretariat = signedInToTasklist("secretariat1");
    assertThat(idsOfMyGroupsFilter(secretariat, Roles.SECRETARIAT)).contains(assign.getId());
    work(secretariat, assign, Map.of(CommitteeReviewProcess.FIELD_EXPERTS, "expert1"));

    Task scoring = driver.task(review, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION);
    BrowserSession expert = signedInToTasklist("expert1");
    assertThat(ok(expert.get(WEBAPP_ENGINE + "/task?assignee=expert1")).findValuesAsText("id"))
        .contains(scoring.getId());
    work(expert, scoring, Map.of(CommitteeReviewProcess.FIELD_RECOGNITION, 4, CommitteeReviewProcess.FIELD_RIGOUR, 4,
        CommitteeReviewProcess.FIELD_DEMAND, 4, CommitteeReviewProcess.FIELD_VERIFIABILITY, 4,
        CommitteeReviewProcess.FIELD_RECOMMENDATION, "SUPPORT", CommitteeReviewProcess.FIELD_COMMENT, "Sound."));

    Task decision = driver.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION);
    BrowserSession committee = signedInToTasklist("committee1");
    assertThat(idsOfMyGroupsFilter(committee, Roles.COMMITTEE)).contains(decision.getId());
    work(committee, decision, ReviewDriver.decisionForm(CommitteeDecision.APPROVE));
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("decided").isZero();

    for (String user : List.of("monitor1", "verifier1")) {
      BrowserSession other = signedInToTasklist(user);
      assertThat(ok(other.get(WEBAPP_ENGINE + "/filter?resourceType=Task")).findValuesAsText("name"))
          .contains(TasklistFilters.MY_TASKS);
      assertThat(ok(other.get(WEBAPP_ENGINE + "/process-definition?latestVersion=true")).size()).isPositive();
      assertThat(ok(other.get(WEBAPP_ENGINE + "/user/" + user + "/profile")).get("id").asText()).isEqualTo(user);
      assertThat(ok(other.get(WEBAPP_ENGINE + "/identity/groups?userId=" + user)).get("groups")).isNotEmpty();
    }
  }

  @Test
  void administratorsKeepTheEnginesOperations() {
    ProcessInstance review = start();
    ApiClient admin = as("admin");

    assertThat(admin.get("/engine-rest/process-instance?businessKey=" + reference).json().findValuesAsText("id"))
        .containsExactly(review.getId());
    assertThat(admin.putJson("/engine-rest/process-instance/" + review.getId() + "/variables/note",
        Map.of("value", "checked", "type", "String")).status()).isEqualTo(204);
    assertThat(admin.get("/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(200);
    assertThat(admin.get("/engine-rest/history/cleanup/configuration").status()).isEqualTo(200);
    BrowserSession cockpit = signedInToTasklist("admin");
    assertThat(cockpit.get(WEBAPP_ENGINE + "/process-instance/" + review.getId()).statusCode()).isEqualTo(200);
    assertThat(admin.delete("/engine-rest/engine/default/process-instance/" + review.getId()).status())
        .isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(review.getId()).count()).isZero();
  }

  /** Claims the task, reads its form's variables and submits the form, as the Tasklist does. */
  private void work(BrowserSession tasklist, Task task, Map<String, Object> form) throws Exception {
    String path = WEBAPP_ENGINE + "/task/" + task.getId();
    ok(tasklist.get(path));
    ok(tasklist.get(path + "/form-variables"));
    ok(tasklist.get(path + "/deployed-form"));
    String user = ok(tasklist.get("/camunda/api/admin/auth/user/default")).get("userId").asText();
    assertThat(tasklist.sendJson("POST", path + "/claim", JSON.writeValueAsString(Map.of("userId", user)))
        .statusCode()).as("claim").isEqualTo(204);
    Map<String, Object> variables = new HashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpResponse<String> submitted = tasklist.sendJson("POST", path + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", variables)));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  private List<String> idsOfMyGroupsFilter(BrowserSession tasklist, String group) throws Exception {
    JsonNode filters = ok(tasklist.get(WEBAPP_ENGINE + "/filter?resourceType=Task"));
    String filterId = null;
    for (JsonNode filter : filters) {
      if (filter.get("name").asText().equals(TasklistFilters.groupFilterName(group))) {
        filterId = filter.get("id").asText();
      }
    }
    assertThat(filterId).as(group + "'s filter").isNotNull();
    HttpResponse<String> list = tasklist.sendJson("POST", WEBAPP_ENGINE + "/filter/" + filterId
        + "/list?firstResult=0&maxResults=50", "{}");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return JSON.readTree(list.body()).findValuesAsText("id");
  }

  private BrowserSession signedInToTasklist(String user) {
    BrowserSession browser = new BrowserSession(port());
    browser.signIn(user, "demo");
    browser.get("/camunda/app/tasklist/default/");
    assertThat(browser.cookie("XSRF-TOKEN")).as("the webapps' CSRF token").isNotBlank();
    return browser;
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(response.body(), e);
    }
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Response send(ApiClient api, Refused call, String path) {
    return switch (call.method()) {
      case "GET" -> api.get(path);
      case "DELETE" -> api.delete(path);
      case "PUT" -> api.putJson(path, call.body());
      default -> api.postJson(path, call.body() == null ? "" : call.body());
    };
  }

  private ProcessInstance start() {
    return new ReviewDriver(processEngine).startNominationReview(reference, "BJ-LP-001", "Certified Least Privilege",
        "Include it.");
  }
}
