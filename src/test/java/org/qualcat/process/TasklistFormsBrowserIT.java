package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.CommitteeQueries;
import org.qualcat.committee.CommitteeQueries.ExpertChoice;
import org.qualcat.committee.Recommendation;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Camunda Forms as people use them in the real Tasklist (headless Chromium): in Chinese and English, a required
 * field left empty stops the form before anything is sent, a rule only the server can check answers with one plain
 * sentence and leaves the task open, and the secretariat chooses experts by name, seeing how much each has to score.
 */
class TasklistFormsBrowserIT extends IntegrationTest {

  private static final By FORM = By.cssSelector(".fjs-form");
  private static final By COMPLETE = By.xpath("//button[normalize-space()='Complete']");

  @Autowired
  TaskService tasks;
  @Autowired
  CommitteeQueries reviews;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  private ReviewDriver driver;
  private final String reference = "TLF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @BeforeEach
  void driver() {
    driver = new ReviewDriver(processEngine);
  }

  @Test
  void theSecretariatChoosesExpertsByNameWithTheirLoadAndMustChooseOne() {
    ProcessInstance review = start();
    Task assign = driver.task(review, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS);
    tasks.claim(assign.getId(), "secretariat1");
    List<ExpertChoice> experts = reviews.expertChoices();
    WebDriver browser = open("secretariat1", assign);

    chromium.await().until(d -> d.findElements(By.cssSelector(".fjs-form-field-checklist label")).size()
        >= experts.size());
    String form = browser.findElement(FORM).getText();
    assertThat(form).as("bilingual labels").contains("评审专家 / Experts", "资格名称 / Qualification");
    for (ExpertChoice expert : experts) {
      assertThat(form).as("each expert by name, with their open scorings")
          .contains(expert.name() + " (待评分任务 " + expert.openScorings() + " 项 / ");
    }
    assertThat(form).as("no user ids").doesNotContain("expert1", "expert2", "expert3");

    click(browser, COMPLETE);
    chromium.await().until(d -> d.findElement(FORM).getText().contains("Field is required."));
    assertThat(tasks.createTaskQuery().taskId(assign.getId()).count()).as("nothing sent: the task is open").isOne();

    click(browser, By.xpath("//label[contains(., 'Chen Jing (')]"));
    click(browser, COMPLETE);
    chromium.await().until(d -> tasks.createTaskQuery().taskId(assign.getId()).count() == 0);

    assertThat(driver.tasks(review, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION)).extracting(Task::getAssignee)
        .as("the chosen expert scores").containsExactly("expert2");
  }

  /**
   * A rule only the server can check (the votes against the decision) broken in the Tasklist: the Tasklist submits
   * through the webapps' own engine API, whose answer is the listener's sentence in Chinese, then in English, as a 400.
   */
  @Test
  void aDecisionTheVotesDoNotSupportIsRefusedInOnePlainSentenceAndTheTaskStaysOpen() {
    ProcessInstance review = start();
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, Recommendation.SUPPORT);
    Task decision = driver.task(review, CommitteeReviewProcess.TASK_COMMITTEE_DECISION);
    tasks.claim(decision.getId(), "committee1");
    WebDriver browser = open("committee1", decision);

    assertThat(field("Field_ScoresSoFar").getDomProperty("value")).as("scores by name and in words")
        .contains("Zhang Wei: ", "支持该提议", "supports the proposal").doesNotContain("SUPPORT", "expert1:");
    click(browser, By.xpath("//label[contains(., '批准 / Approve')]"));
    // Tab out of each field, as a person does: form-js takes a typed value when it settles or on leaving the field
    field("Field_VotesFor").sendKeys("1", Keys.TAB);
    field("Field_VotesAgainst").sendKeys("3", Keys.TAB);
    field("Field_VotesAbstained").sendKeys("0", Keys.TAB);
    field("Field_Resolution").sendKeys("Approved.", Keys.TAB);
    click(browser, COMPLETE);

    String chinese = "表决结果不支持批准：赞成票须多于反对票（赞成 1 票，反对 3 票）。";
    chromium.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), chinese));
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).as("the sentence in Chinese, then in English").contains(chinese + " / The votes do not support "
        + "an approval: it needs more votes for than against (1 for, 3 against).");
    assertThat(page).as("one plain sentence").doesNotContain("ENGINE-", "Exception", "votesFor");
    assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("the task stays open").isOne();
  }

  private WebDriver open(String user, Task task) {
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), user, "demo");
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
    // the Tasklist's first start in a test run loads its scripts cold, on a busy machine slowly: a longer wait,
    // and one reload, as a person would, before giving up
    WebDriverWait cold = new WebDriverWait(browser, Duration.ofSeconds(90));
    try {
      cold.until(ExpectedConditions.visibilityOfElementLocated(FORM));
    } catch (TimeoutException first) {
      browser.navigate().refresh();
      try {
        cold.until(ExpectedConditions.visibilityOfElementLocated(FORM));
      } catch (TimeoutException e) {
        String source = browser.getPageSource();
        throw new AssertionError("no form on " + browser.getCurrentUrl() + ":\n"
            + source.substring(0, Math.min(3000, source.length())), e);
      }
    }
    chromium.await().until(ExpectedConditions.elementToBeClickable(COMPLETE));
    return browser;
  }

  /** Clicks as a user does; by script, as the element may sit under the Tasklist's footer. */
  private static void click(WebDriver browser, By what) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", browser.findElement(what));
  }

  /** A form-js input by its component id (the Tasklist prefixes it with the form's own id). */
  private WebElement field(String id) {
    return chromium.await().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[id$='" + id + "'], textarea[id$='" + id + "']")));
  }

  private ProcessInstance start() {
    return driver.startNominationReview(reference, "BJ-TLF-001", "Certified Tasklist Subject",
        "Include it.");
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
