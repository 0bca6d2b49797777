package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualcat.verification.VerificationProcess.END_RECOMMENDATION_LAPSED;
import static org.qualcat.verification.VerificationProcess.END_RECOMMENDATION_RECORDED;
import static org.qualcat.verification.VerificationProcess.END_VERIFIED;
import static org.qualcat.verification.VerificationProcess.EVENT_RECOMMENDATION_DEADLINE;
import static org.qualcat.verification.VerificationProcess.GATEWAY_RECOMMENDATION_WANTED;
import static org.qualcat.verification.VerificationProcess.NOT_RECOMMENDED;
import static org.qualcat.verification.VerificationProcess.RECOMMENDED;
import static org.qualcat.verification.VerificationProcess.TASK_ASK_FOR_RECOMMENDATION;
import static org.qualcat.verification.VerificationProcess.TASK_RECOMMEND;
import static org.qualcat.verification.VerificationProcess.TASK_RECORD_NO_RECOMMENDATION;
import static org.qualcat.verification.VerificationProcess.TASK_SEND_RESULT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.employer.Employers;
import org.qualcat.security.Roles;
import org.qualcat.support.IntegrationTest;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The employer's recommendation for talent introduction (notice I.(II)2) at the end of {@code certificate-verification}:
 * a verified result that grants talent introduction to a Chinese national whose case an organisation submitted asks
 * that organisation's HR staff (and no one else) for their recommendation; their answer, or none in time, is kept
 * with the case. Every path of the new part of the model, with Camunda BPM Assert.
 */
class TalentRecommendationIT extends IntegrationTest {

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  Recommendations recommendations;
  @Autowired
  Employers employers;
  @Autowired
  JdbcTemplate jdbc;

  private String urgent;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @BeforeEach
  void listed() {
    urgent = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER,
        Set.of(CatalogList.INTERNATIONAL, CatalogList.URGENT), TitleLevel.NONE, null, PracticeField.NONE);
  }

  @Test
  void theOrganisationsHrStaffAreAskedAndTheirRecommendationIsKeptWithTheCase() {
    ProcessInstance pi = verified("hr1", "CHINESE");

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(TASK_SEND_RESULT, GATEWAY_RECOMMENDATION_WANTED,
        TASK_ASK_FOR_RECOMMENDATION).isWaitingAt(TASK_RECOMMEND);
    Task task = recommendationTask(pi);
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getUserId)
        .as("the organisation's HR staff, no group").containsExactlyInAnyOrder("hr1", "hr2");
    assertThat(task.getDueDate()).isNotNull();
    Map<String, Object> mail = jdbc.queryForMap("select recipients, subject, body from outbound_mail where "
        + "reference = ? and template = ?", pi.getBusinessKey(), VerificationProcess.MAIL_RECOMMENDATION_REQUESTED);
    assertThat(mail.get("RECIPIENTS").toString()).as("the organisation's HR staff, who have no Tasklist")
        .contains("hr1@qualcat.example", "hr2@qualcat.example").doesNotContain("hr3");
    assertThat(mail.get("BODY").toString()).contains("/verification/cases/" + pi.getBusinessKey())
        .contains("prominent contributions on duty").contains("经北京用人单位推荐").doesNotContain("Jane Doe");
    assertThat(repository.getByReference(pi.getBusinessKey()).getRecommendation())
        .isEqualTo(Recommendation.REQUESTED);
    assertThatThrownBy(() -> recommendations.answer(pi.getBusinessKey(), RECOMMENDED, "Led the fund's launch.",
        hr("hr3"))).as("another organisation").isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> recommendations.answer(pi.getBusinessKey(), RECOMMENDED, " ", hr("hr2")))
        .as("a recommendation rests on contributions").isInstanceOf(InvalidInputException.class);
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_RECOMMEND);

    signedIn("hr2", () -> recommendations.answer(pi.getBusinessKey(), RECOMMENDED,
        "Led the launch of the fund's Beijing office.", hr("hr2")));

    BpmnAwareTests.assertThat(pi).hasPassed(TASK_RECOMMEND, END_RECOMMENDATION_RECORDED).isEnded();
    VerificationCase c = repository.getByReference(pi.getBusinessKey());
    assertThat(c.getRecommendation()).isEqualTo(Recommendation.RECOMMENDED);
    assertThat(c.getRecommendationNote()).isEqualTo("Led the launch of the fund's Beijing office.");
    assertThat(c.getRecommendedBy()).isEqualTo("hr2");
    assertThat(c.getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    assertThat(jdbc.queryForList("select e.kind from verification_event e join verification_case c on c.id = "
        + "e.case_id where c.reference = ? order by e.id", String.class, pi.getBusinessKey()))
        .endsWith("RECOMMENDATION_REQUESTED", "RECOMMENDED");
    assertThat(jdbc.queryForObject("select actor from audit_entry where subject = ? and action = ?", String.class,
        pi.getBusinessKey(), "VERIFICATION_RECOMMENDATION")).isEqualTo("hr2");
  }

  @Test
  void theOrganisationMayDeclineToRecommend() {
    ProcessInstance pi = verified("hr1", "CHINESE");

    signedIn("hr1", () -> recommendations.answer(pi.getBusinessKey(), NOT_RECOMMENDED, null, hr("hr1")));

    BpmnAwareTests.assertThat(pi).hasPassed(END_RECOMMENDATION_RECORDED).isEnded();
    assertThat(repository.getByReference(pi.getBusinessKey()).getRecommendation())
        .isEqualTo(Recommendation.NOT_RECOMMENDED);
  }

  @Test
  void anIntegratorAnswersThroughTheApi() {
    ProcessInstance pi = verified("hr1", "CHINESE");
    String path = "/api/verification-cases/" + pi.getBusinessKey() + "/recommendation";

    assertThat(as("hr3").postJson(path, Map.of("recommended", "RECOMMENDED", "contributions", "x")).status())
        .as("another organisation").isEqualTo(404);
    var missing = as("hr1").postJson(path, Map.of("recommended", "RECOMMENDED"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("errors").findValuesAsText("field")).containsExactly("contributions");
    var answered = as("hr1").postJson(path, Map.of("recommended", "RECOMMENDED", "contributions",
        "Built the Beijing risk desk."));

    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().get("recommendation").get("status").asText()).isEqualTo("RECOMMENDED");
    assertThat(answered.json().get("recommendation").get("note").asText()).isEqualTo("Built the Beijing risk desk.");
    assertThat(as("hr1").postJson(path, Map.of("recommended", "NOT_RECOMMENDED")).status())
        .as("answered already: nothing is asked any more").isEqualTo(404);
    BpmnAwareTests.assertThat(pi).hasPassed(END_RECOMMENDATION_RECORDED).isEnded();
  }

  @Test
  void withoutAnAnswerInTimeThereIsNoRecommendation() {
    ProcessInstance pi = verified("hr1", "CHINESE");
    Job deadline = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId(EVENT_RECOMMENDATION_DEADLINE).singleResult();
    assertThat(deadline.getDuedate()).isNotNull();

    processEngine.getManagementService().executeJob(deadline.getId());

    BpmnAwareTests.assertThat(pi).hasPassedInOrder(EVENT_RECOMMENDATION_DEADLINE, TASK_RECORD_NO_RECOMMENDATION,
        END_RECOMMENDATION_LAPSED).hasNotPassed(END_RECOMMENDATION_RECORDED).isEnded();
    assertThat(repository.getByReference(pi.getBusinessKey()).getRecommendation()).isEqualTo(Recommendation.LAPSED);
  }

  @Test
  void noOneIsAskedWhenTheResultGrantsNoTalentIntroductionOrNoOrganisationSubmittedTheCase() {
    ProcessInstance foreign = verified("hr1", "FOREIGN");
    ProcessInstance own = verified("applicant1", "CHINESE");

    for (ProcessInstance pi : List.of(foreign, own)) {
      BpmnAwareTests.assertThat(pi).hasPassedInOrder(TASK_SEND_RESULT, GATEWAY_RECOMMENDATION_WANTED, END_VERIFIED)
          .hasNotPassed(TASK_ASK_FOR_RECOMMENDATION).isEnded();
      assertThat(repository.getByReference(pi.getBusinessKey()).getRecommendation()).isNull();
    }
    assertThat(repository.getByReference(own.getBusinessKey()).getBenefits())
        .as("the holder's own case grants it too").contains(HolderBenefit.TALENT_INTRODUCTION);
  }

  @Test
  void hrStaffAnswerOnTheCasePageInTheirLanguage() {
    ProcessInstance pi = verified("hr1", "CHINESE");
    WebDriver browser = chromium.start();
    chromium.signIn("http://localhost:" + port(), "hr2", "demo");

    browser.get("http://localhost:" + port() + "/verification/cases/" + pi.getBusinessKey() + "?lang=zh");
    assertThat(browser.findElement(By.id("recommendation")).getDomAttribute("data-recommendation"))
        .isEqualTo("REQUESTED");
    assertThat(browser.findElement(By.id("recommendation")).getText()).contains("经北京用人单位推荐");
    Accessibility.assertNoViolations(browser);
    browser.findElement(By.id("recommended-yes")).click();
    chromium.follow(By.id("recommend"));
    assertThat(browser.findElement(By.cssSelector(".error")).getText()).as("no contributions stated")
        .contains("在岗位上作出的突出贡献");
    BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_RECOMMEND);

    browser.findElement(By.id("recommended-yes")).click();
    browser.findElement(By.id("contributions")).sendKeys("主持完成基金北京分部的设立。");
    chromium.follow(By.id("recommend"));

    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("贵单位的答复已随案件记录。");
    assertThat(browser.findElement(By.id("recommendation")).getDomAttribute("data-recommendation"))
        .isEqualTo("RECOMMENDED");
    assertThat(browser.findElement(By.id("recommendation-note")).getText()).isEqualTo("主持完成基金北京分部的设立。");
    assertThat(browser.findElements(By.id("recommendation-form"))).isEmpty();
    Accessibility.assertNoViolations(browser);
    BpmnAwareTests.assertThat(pi).hasPassed(END_RECOMMENDATION_RECORDED).isEnded();
    assertThat(repository.getByReference(pi.getBusinessKey()).getRecommendedBy()).isEqualTo("hr2");
  }

  /** A case of the urgent list submitted by {@code user}, accepted and confirmed by the register: VERIFIED. */
  private ProcessInstance verified(String user, String nationality) {
    Map<String, Object> body = VerificationFixtures.requestBody(urgent, VerificationFixtures.certificate(),
        VerificationFixtures.document());
    body.put("holderNationality", nationality);
    ProcessInstance pi = VerificationFixtures.verifiedThroughRegister(as(user), processEngine, body);
    String reference = pi.getBusinessKey();
    assertThat(repository.getByReference(reference).getStatus()).isEqualTo(VerificationStatus.VERIFIED);
    return pi;
  }

  private Task recommendationTask(ProcessInstance pi) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_RECOMMEND).singleResult();
  }

  /** Runs {@code action} as the case page does: with {@code user} signed in to Qualcat. */
  private static void signedIn(String user, Runnable action) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
        List.of(new SimpleGrantedAuthority(Roles.authority(Roles.EMPLOYERS)))));
    try {
      action.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Caller hr(String user) {
    return new Caller(user, Set.of(Roles.EMPLOYERS), employers.organisationOf(user).orElseThrow());
  }
}
