package org.qualcat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.qualcat.committee.CommitteeReviewProcess.END_APPROVED;
import static org.qualcat.committee.CommitteeReviewProcess.END_EXPERT_REMINDED;
import static org.qualcat.committee.CommitteeReviewProcess.END_REJECTED;
import static org.qualcat.committee.CommitteeReviewProcess.END_SCORED;
import static org.qualcat.committee.CommitteeReviewProcess.EVENT_OBJECTION_RAISED;
import static org.qualcat.committee.CommitteeReviewProcess.EVENT_PUBLIC_NOTICE_ELAPSED;
import static org.qualcat.committee.CommitteeReviewProcess.EVENT_SCORING_OVERDUE;
import static org.qualcat.committee.CommitteeReviewProcess.EVENT_SCORING_REMINDER_DUE;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_FOLLOW_UP;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_INFORMATION;
import static org.qualcat.committee.CommitteeReviewProcess.FIELD_REPLACEMENT_EXPERT;
import static org.qualcat.committee.CommitteeReviewProcess.GATEWAY_DURING_NOTICE;
import static org.qualcat.committee.CommitteeReviewProcess.PROCESS_ID;
import static org.qualcat.committee.CommitteeReviewProcess.START_REVIEW_REQUESTED;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_ASSIGN_EXPERTS;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_COMMITTEE_DECISION;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_FOLLOW_UP_OVERDUE_SCORING;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_PROVIDE_INFORMATION;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_REMIND_EXPERT;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_SCORE_QUALIFICATION;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_START_PUBLIC_NOTICE;
import static org.qualcat.committee.CommitteeReviewProcess.VAR_REVIEW_OUTCOME;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_INFORMATION;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_OBJECTIONS;
import static org.qualcat.committee.CommitteeReviewProcess.VIEW_SCORES;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of {@code committee-review}, started directly as a caller would start it. */
class CommitteeReviewProcessIT extends IntegrationTest {

  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  CommitteeReviewRepository reviews;
  @Autowired
  PublicNotices notices;
  @Autowired
  TransactionTemplate transaction;

  private ReviewDriver driver;
  private final String reference = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @BeforeEach
  void driver() {
    driver = new ReviewDriver(processEngine);
  }

  @Test
  void approvedWhenTheNoticeElapsesWithoutObjection() {
    ProcessInstance review = start();
    BpmnAwareTests.assertThat(review).isWaitingAt(TASK_ASSIGN_EXPERTS);
    BpmnAwareTests.assertThat(driver.task(review, TASK_ASSIGN_EXPERTS)).hasCandidateGroup("secretariat");

    driver.assignExperts(review, "expert1, expert2, expert3");

    assertThat(driver.tasks(review, TASK_SCORE_QUALIFICATION)).extracting(Task::getAssignee)
        .containsExactly("expert1", "expert2", "expert3");
    assertThat(driver.tasks(review, TASK_SCORE_QUALIFICATION)).allSatisfy(t ->
        assertThat(t.getDueDate().toInstant()).isCloseTo(java.time.Instant.now().plus(14, ChronoUnit.DAYS),
            within(1, ChronoUnit.MINUTES)));
    awaitMail("to an assigned expert", to("expert2@qualcat.example", "Please score"));

    driver.scoreAll(review, Recommendation.SUPPORT);

    Task decision = driver.task(review, TASK_COMMITTEE_DECISION);
    BpmnAwareTests.assertThat(decision).hasCandidateGroup("committee");
    assertThat((String) tasks.getVariable(decision.getId(), VIEW_SCORES))
        .contains("Zhang Wei: ").contains("recognition 4").contains("3 of 3 experts support the proposal")
        .contains("（平均 4.0）：支持该提议 / recognition 4").contains("(average 4.0): supports the proposal")
        .doesNotContain("SUPPORT").doesNotContain("expert1:");
    awaitMail("to the committee", to("committee2@qualcat.example", "For the committee"));

    driver.decide(review, CommitteeDecision.APPROVE);

    BpmnAwareTests.assertThat(review).hasPassed(TASK_START_PUBLIC_NOTICE).isWaitingAt(GATEWAY_DURING_NOTICE);
    CommitteeReview underNotice = record();
    assertThat(underNotice.getStatus()).isEqualTo(ReviewStatus.PUBLIC_NOTICE);
    assertThat(driver.job(review, EVENT_PUBLIC_NOTICE_ELAPSED).getDuedate().toInstant())
        .isEqualTo(underNotice.getNoticeEndsAt());
    assertThat(underNotice.getNoticeEndsAt()).isAfter(underNotice.getNoticeStartedAt().plus(5, ChronoUnit.DAYS));

    driver.fire(review, EVENT_PUBLIC_NOTICE_ELAPSED);

    BpmnAwareTests.assertThat(review).hasPassedInOrder(START_REVIEW_REQUESTED, TASK_ASSIGN_EXPERTS, END_SCORED,
        TASK_COMMITTEE_DECISION, TASK_START_PUBLIC_NOTICE, GATEWAY_DURING_NOTICE, EVENT_PUBLIC_NOTICE_ELAPSED,
        END_APPROVED).isEnded();
    assertThat(outcome(review)).isEqualTo("APPROVED");
    CommitteeReview approved = record();
    assertThat(approved.getStatus()).isEqualTo(ReviewStatus.APPROVED);
    assertThat(approved.getScores()).hasSize(3);
    assertThat(approved.getResolutions()).singleElement().satisfies(r -> {
      assertThat(r.getDecision()).isEqualTo(CommitteeDecision.APPROVE);
      assertThat(r.getVotesFor()).isEqualTo(5);
      assertThat(r.getResolution()).isEqualTo("The committee resolves to approve.");
    });
  }

  @Test
  void rejected() {
    ProcessInstance review = start();

    driver.rejectAll(review);

    BpmnAwareTests.assertThat(review).hasPassed(END_REJECTED).hasNotPassed(TASK_START_PUBLIC_NOTICE).isEnded();
    assertThat(outcome(review)).isEqualTo("REJECTED");
    assertThat(record().getStatus()).isEqualTo(ReviewStatus.REJECTED);
    assertThat(record().getClosedAt()).isNotNull();
  }

  @Test
  void sentBackForMoreInformationThenDecidedAgain() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, Recommendation.SUPPORT);

    driver.decide(review, CommitteeDecision.SEND_BACK);

    Task provide = driver.task(review, TASK_PROVIDE_INFORMATION);
    BpmnAwareTests.assertThat(provide).hasCandidateGroup("secretariat");
    assertThat(tasks.getVariable(provide.getId(), "informationNeeded")).isEqualTo("How many holders work in Beijing?");
    assertThat(record().getStatus()).isEqualTo(ReviewStatus.MORE_INFORMATION);
    awaitMail("to the secretariat", to("secretariat1@qualcat.example", "asks for more information on " + reference));

    driver.complete(provide, Map.of(FIELD_INFORMATION, "About 2,400 holders work in Beijing."));

    Task again = driver.task(review, TASK_COMMITTEE_DECISION);
    assertThat((String) tasks.getVariable(again.getId(), VIEW_INFORMATION))
        .contains("How many holders work in Beijing?").contains("About 2,400 holders work in Beijing.");
    driver.decide(review, CommitteeDecision.REJECT);

    BpmnAwareTests.assertThat(review).hasPassed(TASK_PROVIDE_INFORMATION, END_REJECTED).isEnded();
    assertThat(record().getResolutions()).extracting(CommitteeResolution::getDecision)
        .containsExactly(CommitteeDecision.SEND_BACK, CommitteeDecision.REJECT);
  }

  @Test
  void anExpertIsRemindedAndWhenOverdueTheSecretariatHandsTheScoringToAnother() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1, expert2");
    Task first = driver.tasks(review, TASK_SCORE_QUALIFICATION).get(0);
    assertThat(first.getAssignee()).isEqualTo("expert1");

    driver.fire(review, EVENT_SCORING_REMINDER_DUE, "expert1");

    BpmnAwareTests.assertThat(review).hasPassed(TASK_REMIND_EXPERT, END_EXPERT_REMINDED);
    awaitMail("reminder", to("expert1@qualcat.example", "Reminder: your score"));
    assertThat(driver.tasks(review, TASK_SCORE_QUALIFICATION)).as("the reminder does not cancel the task").hasSize(2);
    assertThat(assignment("expert1").getRemindedAt()).isNotNull();

    driver.fire(review, EVENT_SCORING_OVERDUE, "expert1");

    Task followUp = driver.task(review, TASK_FOLLOW_UP_OVERDUE_SCORING);
    BpmnAwareTests.assertThat(followUp).hasCandidateGroup("secretariat");
    assertThat(driver.tasks(review, TASK_SCORE_QUALIFICATION)).extracting(Task::getAssignee).containsExactly("expert2");
    awaitMail("escalation", to("secretariat1@qualcat.example", "Overdue: expert1 has not scored " + reference));
    assertThatThrownBy(() -> driver.complete(followUp, Map.of(FIELD_FOLLOW_UP, "REPLACE",
        FIELD_REPLACEMENT_EXPERT, "expert2")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("Chen Jing already scores this matter");

    driver.complete(followUp, Map.of(FIELD_FOLLOW_UP, "REPLACE", FIELD_REPLACEMENT_EXPERT, "expert3"));

    assertThat(driver.tasks(review, TASK_SCORE_QUALIFICATION)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("expert2", "expert3");
    assertThat(assignment("expert1")).isNull();
    driver.scoreAll(review, Recommendation.OPPOSE);
    assertThat(record().getScores()).extracting(ExpertScore::getExpert).containsExactlyInAnyOrder("expert2", "expert3");
    BpmnAwareTests.assertThat(review).isWaitingAt(TASK_COMMITTEE_DECISION);
  }

  @Test
  void whenOverdueTheSecretariatMayGiveTheSameExpertMoreTime() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert2");
    java.time.Instant firstDue = assignment("expert2").getDueAt();

    driver.fire(review, EVENT_SCORING_OVERDUE, "expert2");
    driver.complete(driver.task(review, TASK_FOLLOW_UP_OVERDUE_SCORING), Map.of(FIELD_FOLLOW_UP, "EXTEND"));

    Task again = driver.task(review, TASK_SCORE_QUALIFICATION);
    assertThat(again.getAssignee()).isEqualTo("expert2");
    assertThat(assignment("expert2").getDueAt()).isAfterOrEqualTo(firstDue);
    assertThat(assignment("expert2").getEscalatedAt()).isNotNull();
    driver.scoreAll(review, Recommendation.SUPPORT);
    BpmnAwareTests.assertThat(review).isWaitingAt(TASK_COMMITTEE_DECISION);
  }

  @Test
  void anObjectionDuringTheNoticeReturnsTheMatterToTheCommittee() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, Recommendation.SUPPORT);
    driver.decide(review, CommitteeDecision.APPROVE);

    notices.object(reference, "The issuer stopped examining candidates in 2024.", "applicant2");

    BpmnAwareTests.assertThat(review).hasPassed(EVENT_OBJECTION_RAISED).isWaitingAt(TASK_COMMITTEE_DECISION);
    assertThat((String) tasks.getVariable(driver.task(review, TASK_COMMITTEE_DECISION).getId(), VIEW_OBJECTIONS))
        .contains("Rahul Mehta: The issuer stopped examining candidates in 2024.").doesNotContain("applicant2");
    assertThat(record().getStatus()).isEqualTo(ReviewStatus.COMMITTEE);
    awaitMail("to the committee", to("committee1@qualcat.example", "Objection during the public notice of " + reference));

    driver.decide(review, CommitteeDecision.APPROVE);
    driver.fire(review, EVENT_PUBLIC_NOTICE_ELAPSED);

    BpmnAwareTests.assertThat(review).hasPassed(END_APPROVED).isEnded();
    assertThat(record().getObjections()).singleElement().satisfies(o -> assertThat(o.getLodgedBy()).isEqualTo("applicant2"));
    assertThat(record().getResolutions()).hasSize(2);
  }

  @Test
  void anObjectionOutsideTheNoticeIsRefused() {
    start();

    assertThatThrownBy(() -> notices.object(reference, "Too early", "applicant1"))
        .isInstanceOf(org.qualcat.system.ConflictException.class).hasMessageContaining("not under public notice");
  }

  @Test
  void formsThatBreakTheRulesAreRefusedAndTheTaskStaysOpen() {
    ProcessInstance review = start();
    assertThatThrownBy(() -> driver.assignExperts(review, "expert1, applicant1"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("not an expert reviewer: applicant1");
    assertThatThrownBy(() -> driver.assignExperts(review, " , "))
        .hasMessageContaining("experts: must name 1 to 7 experts");
    driver.assignExperts(review, "expert1");
    Task scoring = driver.task(review, TASK_SCORE_QUALIFICATION);

    assertThatThrownBy(() -> driver.score(scoring, 6, Recommendation.SUPPORT))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasRootCauseMessage("recognition: must be from 1 to 5");
    assertThatThrownBy(() -> driver.complete(scoring, Map.of("recognition", 3)))
        .hasMessageContaining("rigour: is required");

    BpmnAwareTests.assertThat(review).isWaitingAt(TASK_SCORE_QUALIFICATION);
    assertThat(record().getScores()).isEmpty();
  }

  @Test
  void aDecisionMustAgreeWithItsVotesInTheTasklistToo() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, Recommendation.SUPPORT);
    Task decide = driver.task(review, TASK_COMMITTEE_DECISION);
    String submit = "/engine-rest/task/" + decide.getId() + "/submit-form";

    Response approvedAgainstTheVotes = as("committee1").postJson(submit, form(Map.of("decision", "APPROVE",
        "votesFor", 1, "votesAgainst", 6, "votesAbstained", 0, "resolution", "Approved.")));
    Response approvedOnATie = as("committee1").postJson(submit, form(Map.of("decision", "APPROVE",
        "votesFor", 3, "votesAgainst", 3, "votesAbstained", 1, "resolution", "Approved.")));
    Response rejectedAgainstTheVotes = as("committee1").postJson(submit, form(Map.of("decision", "REJECT",
        "votesFor", 6, "votesAgainst", 1, "votesAbstained", 0, "resolution", "Rejected.")));

    for (Response refused : List.of(approvedAgainstTheVotes, approvedOnATie, rejectedAgainstTheVotes)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).as("the votes' sentence in Chinese, then in English")
          .startsWith("表决结果不支持").contains("。 / The votes do not support")
          .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("votesFor");
    }
    assertThat(approvedAgainstTheVotes.json().get("message").asText())
        .isEqualTo("表决结果不支持批准：赞成票须多于反对票（赞成 1 票，反对 6 票）。 / The votes do not support an approval: "
            + "it needs more votes for than against (1 for, 6 against).");
    assertThat(rejectedAgainstTheVotes.json().get("message").asText())
        .isEqualTo("表决结果不支持否决：赞成票多于反对票（赞成 6 票，反对 1 票）。 / The votes do not support a rejection: "
            + "more members voted for than against (6 for, 1 against).");
    BpmnAwareTests.assertThat(review).isWaitingAt(TASK_COMMITTEE_DECISION);
    assertThat(record().getResolutions()).isEmpty();

    Response sentBack = as("committee1").postJson(submit, form(Map.of("decision", "SEND_BACK", "votesFor", 0,
        "votesAgainst", 0, "votesAbstained", 0, "resolution", "We need the issuer's numbers.", "informationNeeded",
        "How many holders work in Beijing?")));
    assertThat(sentBack.status()).as("sending back is not a vote on the matter").isEqualTo(204);
  }

  private static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }

  private ProcessInstance start() {
    return driver.startNominationReview(reference, "BJ-T-001", "Certified Test Engineer",
        "Include in the List of International Professional Qualifications.");
  }

  private CommitteeReview record() {
    return transaction.execute(s -> {
      CommitteeReview review = reviews.findBySubjectReferenceOrderByIdDesc(reference).get(0);
      review.getScores().size();
      review.getResolutions().size();
      review.getObjections().size();
      review.getAssignments().size();
      return review;
    });
  }

  private ReviewAssignment assignment(String expert) {
    return record().getAssignments().stream().filter(a -> a.getExpert().equals(expert) && a.getReplacedBy() == null)
        .findFirst().orElse(null);
  }

  private String outcome(ProcessInstance review) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(review.getId())
        .variableName(VAR_REVIEW_OUTCOME).singleResult().getValue();
  }
}
