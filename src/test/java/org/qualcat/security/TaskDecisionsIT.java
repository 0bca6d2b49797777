package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.process.RefusalSentences;
import org.qualcat.committee.CommitteeReviewRepository;
import org.qualcat.committee.Recommendation;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions in the engine, through its REST API as the Tasklist calls it: only the people a task is for complete
 * it (administrators included in "not"), a refused form field answers 400 naming it, and two people completing one
 * task give one success and one clear 409.
 */
class TaskDecisionsIT extends IntegrationTest {

  @Autowired
  TaskService tasks;
  @Autowired
  CommitteeReviewRepository reviews;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  RefusalSentences sentences;

  private ReviewDriver driver;
  private final String reference = "SEC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @BeforeEach
  void driver() {
    driver = new ReviewDriver(processEngine);
  }

  @Test
  void onlyTheCommitteeDecidesNotAnAdministratorNorAnExpertNorAMonitor() {
    Task decision = atCommitteeDecision();

    for (String user : List.of("admin", "expert1", "monitor1", "secretariat1")) {
      Response refused = as(user).postJson(submit(decision), approve());
      assertThat(refused.status()).as(user + ": " + refused).isIn(403, 404);
      if (refused.status() == 403) {
        assertThat(refused.json().path("message").asText()).as(user + ": in words, in both languages")
            .contains("。 / ").doesNotContain(user, decision.getId(), "ENGINE-", "Exception");
      }
      assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("still open").isOne();
    }
    assertThat(resolutions()).isZero();

    Response decided = as("committee2").postJson(submit(decision), approve());
    assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
    assertThat(resolutions()).isOne();
  }

  @Test
  void theEngineShowsADecisionOnlyToThePeopleItIsFor() {
    Task decision = atCommitteeDecision();
    String tasksOfTheReview = "/engine-rest/task?processInstanceId=" + decision.getProcessInstanceId();

    assertThat(as("committee1").get(tasksOfTheReview).json().findValuesAsText("id")).containsExactly(decision.getId());
    for (String user : List.of("verifier1", "monitor1", "expert1", "secretariat1")) {
      assertThat(as(user).get(tasksOfTheReview).json().findValuesAsText("id")).as(user + " sees no such task")
          .isEmpty();
      assertThat(as(user).get("/engine-rest/task/" + decision.getId() + "/form-variables").status()).as(user)
          .isIn(403, 404);
      assertThat(as(user).get("/engine-rest/process-instance/" + decision.getProcessInstanceId() + "/variables")
          .status()).as(user + " reads no process variables").isIn(403, 404);
    }
  }

  @Test
  void anExpertScoresOnlyTheTaskAssignedToThem() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1, expert2");
    Task ofExpert1 = driver.tasks(review, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION).get(0);
    assertThat(ofExpert1.getAssignee()).isEqualTo("expert1");

    for (String user : List.of("expert2", "committee1", "admin")) {
      assertThat(as(user).postJson(submit(ofExpert1), score(4)).status()).as(user).isIn(403, 404);
    }
    assertThat(as("expert1").postJson(submit(ofExpert1), score(4)).status()).isEqualTo(204);
  }

  @Test
  void aRefusedFormFieldAnswers400NamingItByItsLabel() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert3");
    Task scoring = driver.task(review, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION);

    Response refused = as("expert3").postJson(submit(scoring), score(9));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).as("in the form's own label, in Chinese, then in English")
        .isEqualTo("“国际认可度”须为 1 至 5 之间的整数。 / International recognition: must be from 1 to 5.");
    assertThat(tasks.createTaskQuery().taskId(scoring.getId()).count()).isOne();
  }

  @Test
  void whenTwoCommitteeMembersDecideOneAtATimeTheSecondIsToldItIsDone() {
    Task decision = atCommitteeDecision();

    assertThat(as("committee1").postJson(submit(decision), approve()).status()).isEqualTo(204);
    Response late = as("committee2").postJson(submit(decision), approve());

    assertThat(late.status()).as(late.toString()).isEqualTo(409);
    assertThat(late.json().get("message").asText()).as("who by name, when in Beijing time, in both languages")
        .matches("此任务已由 Wang Lei 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（北京时间）办理完毕。 / This task was "
            + "already completed by Wang Lei on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(Beijing time\\)\\.")
        .doesNotContain("committee1");
    assertThat(resolutions()).isOne();
  }

  @Test
  void aLateDecisionRefusedBecauseTheTaskTookItsGrantsWithItIsAlso409() {
    Task decision = atCommitteeDecision();
    assertThat(as("committee1").postJson(submit(decision), approve()).status()).isEqualTo(204);
    // what a second member's request meets when it read the task just before the first one's commit
    AuthorizationException refused = new AuthorizationException("committee2", Permissions.TASK_WORK.getName(),
        Resources.TASK.resourceName(), decision.getId());

    // the request named the task in its path (/task/{id}/submit-form)
    jakarta.ws.rs.core.Response answer = new EngineRestErrors.EngineErrors(history, identity, sentences)
        .map(refused, decision.getId());

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(String.valueOf(answer.getEntity())).contains("此任务已由 Wang Lei 于 ", "already completed by Wang Lei");
    jakarta.ws.rs.core.Response stillRefused = new EngineRestErrors.EngineErrors(history, identity, sentences)
        .map(new AuthorizationException("committee2", Permissions.TASK_WORK.getName(), Resources.TASK.resourceName(),
            "no-such-task"), "no-such-task");
    assertThat(stillRefused.getStatus()).as("a refusal on a task that was never completed stays a refusal")
        .isEqualTo(403);
    assertThat(((ExceptionDto) stillRefused.getEntity()).getMessage()).as("in words, not the engine's ids")
        .isEqualTo("此任务只能由其办理人或候选人办理。 / Only the people this task is for may work on it.");
  }

  @Test
  void aLateDecisionChosenAsADeadlocksVictimIsAlso409() {
    Task decision = atCommitteeDecision();
    assertThat(as("committee1").postJson(submit(decision), approve()).status()).isEqualTo(204);

    jakarta.ws.rs.core.Response answer = new EngineRestErrors.RestErrors(history, identity, sentences)
        .map(deadlockVictim(decision.getId()), decision.getId());

    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(String.valueOf(answer.getEntity())).contains("already completed by Wang Lei");
    assertThat(new EngineRestErrors.RestErrors(history, identity, sentences)
        .map(deadlockVictim("no-such-task"), "no-such-task").getEntity().toString()).as("no completion to point to: a concurrent change").contains("ConcurrentChange");
  }

  /** What the engine REST API throws when MariaDB rolls back the second of two completions locking the same rows. */
  private static RestException deadlockVictim(String taskId) {
    SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    String persistence = "An exception occurred in the persistence layer.";
    return new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEnginePersistenceException(persistence, new ProcessEngineException(deadlock)),
        "Cannot submit task form " + taskId + ": " + persistence);
  }

  @Test
  void whenTwoCommitteeMembersDecideAtTheSameMomentOneSucceedsAndTheOtherGets409() throws Exception {
    Task decision = atCommitteeDecision();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Response>> outcomes = new ArrayList<>();
      for (String user : List.of("committee1", "committee2")) {
        outcomes.add(pool.submit(() -> {
          start.await();
          return as(user).postJson(submit(decision), approve());
        }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> outcome : outcomes) {
        responses.add(outcome.get());
      }
      assertThat(responses).as(responses.toString()).extracting(Response::status)
          .containsExactlyInAnyOrder(204, 409);
    } finally {
      pool.shutdownNow();
    }
    assertThat(resolutions()).as("one decision recorded").isOne();
  }

  private Task atCommitteeDecision() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, Recommendation.SUPPORT);
    return driver.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION);
  }

  private ProcessInstance start() {
    return driver.startNominationReview(reference, "BJ-S-001", "Certified Security Subject",
        "Include it.");
  }

  private long resolutions() {
    return transaction.execute(s -> (long) reviews.findBySubjectReferenceOrderByIdDesc(reference).get(0)
        .getResolutions().size());
  }

  private static String submit(Task task) {
    return "/engine-rest/task/" + task.getId() + "/submit-form";
  }

  private static Map<String, Object> approve() {
    return form(Map.of("decision", "APPROVE", "votesFor", 5, "votesAgainst", 0, "votesAbstained", 0,
        "resolution", "Approved."));
  }

  private static Map<String, Object> score(int each) {
    return form(Map.of("recognition", each, "rigour", 3, "demand", 3, "verifiability", 3,
        "recommendation", "SUPPORT"));
  }

  private static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }
}
