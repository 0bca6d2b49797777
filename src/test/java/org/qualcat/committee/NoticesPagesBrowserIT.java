package org.qualcat.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.committee.CommitteeReviewProcess.TASK_COMMITTEE_DECISION;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualcat.nomination.CatalogNominationProcess;
import org.qualcat.nomination.Nominees;
import org.qualcat.support.Accessibility;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real browser (headless Chromium): anyone reads the matters under public notice; a signed-in user objects to one
 * through the page, and the matter goes back to the committee with the objection in its file. English and Chinese,
 * every page under an axe-core WCAG 2.1 A/AA audit.
 */
class NoticesPagesBrowserIT extends IntegrationTest {

  @Autowired
  CommitteeQueries reviews;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void aMatterUnderNoticeIsListedPubliclyAndASignedInUserObjectsThroughThePage() {
    String code = Nominees.newCode();
    String reference = underNotice(code);
    WebDriver browser = chromium.start();

    browser.get(url("/notices?lang=en"));
    WebElement row = browser.findElement(By.cssSelector("#notices tr[data-reference='" + reference + "']"));
    assertThat(row.getText()).contains("Listing in the catalog", reference, code, "Certified Data Steward");
    assertThat(row.findElement(By.cssSelector("td.period")).getText())
        .matches("from \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} to \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    assertThat(browser.findElement(By.id("how-to-object")).getText()).startsWith("Anyone may object");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/notices?lang=zh"));
    row = browser.findElement(By.cssSelector("#notices tr[data-reference='" + reference + "']"));
    assertThat(row.getText()).contains("列入目录");
    Accessibility.assertNoViolations(browser);

    chromium.follow(row.findElement(By.cssSelector("a.object-link")));
    chromium.await().until(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("username")).sendKeys("applicant1");
    browser.findElement(By.id("password")).sendKeys("demo");
    chromium.follow(By.cssSelector("form.stacked button[type=submit]"));
    chromium.await().until(ExpectedConditions.urlContains("/notices/" + reference + "/objection"));
    assertThat(browser.findElement(By.id("objection-matter")).getText()).contains(reference, "列入目录");
    Accessibility.assertNoViolations(browser);

    chromium.follow(By.id("objection-submit"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("grounds-error")));
    assertThat(browser.findElement(By.id("grounds-error")).getText()).isEqualTo("请填写异议理由，不超过 4000 个字符。");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/notices/" + reference + "/objection?lang=en"));
    chromium.follow(By.id("objection-submit"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("grounds-error")));
    assertThat(browser.findElement(By.id("grounds-error")).getText())
        .isEqualTo("Give your grounds, in at most 4,000 characters.");
    Accessibility.assertNoViolations(browser);
    assertThat(reviews.notices()).extracting(NoticeView::reference).as("still under notice").contains(reference);

    browser.findElement(By.id("grounds")).sendKeys("The issuer's register has been offline since March.");
    chromium.follow(By.id("objection-submit"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
    assertThat(browser.getCurrentUrl()).endsWith("/notices");
    assertThat(browser.findElement(By.id("receipt-text")).getText())
        .startsWith("Your objection to " + reference + " (Certified Data Steward, " + code + ") was lodged on ");
    assertThat(browser.findElements(By.cssSelector("#notices tr[data-reference='" + reference + "']")))
        .as("no longer under notice").isEmpty();
    Accessibility.assertNoViolations(browser);

    ProcessInstance review = new ReviewDriver(processEngine).reviewOf(nomination(reference));
    assertThat(new ReviewDriver(processEngine).tasks(review, TASK_COMMITTEE_DECISION)).as("back to the committee")
        .hasSize(1);
    long reviewId = ((Number) processEngine.getRuntimeService()
        .getVariable(review.getId(), CommitteeReviewProcess.VAR_REVIEW_ID)).longValue();
    assertThat(reviews.objectionsSummary(reviewId))
        .contains("Jane Doe: The issuer's register has been offline since March.");
  }

  @Test
  void theListIsPublicButObjectingNeedsASignIn() {
    BrowserSession anonymous = new BrowserSession(port());
    var list = anonymous.getPage("/notices?lang=en");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("id=\"nav-notices\"");
    assertThat(anonymous.getPage("/notices/NOM-2026-0001/objection").statusCode()).as("to the login page")
        .isEqualTo(302);
    BrowserSession signedIn = new BrowserSession(port());
    signedIn.signIn("applicant1", "demo");
    assertThat(signedIn.getPage("/notices/NOM-0000-0000/objection").statusCode()).as("not under notice")
        .isEqualTo(404);
  }

  /** A nomination the committee approved, now under public notice; its reference. */
  private String underNotice(String code) {
    var submitted = as("secretariat1").postJson("/api/nominations", Nominees.body(code));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String reference = submitted.json().get("reference").asText();
    String nomination = nomination(reference);
    var tasks = processEngine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(nomination)
        .taskDefinitionKey(CatalogNominationProcess.TASK_CHECK_COMPLETENESS).singleResult().getId(),
        Map.of(CatalogNominationProcess.FIELD_COMPLETENESS, "COMPLETE"));
    ReviewDriver driver = new ReviewDriver(processEngine);
    ProcessInstance review = driver.reviewOf(nomination);
    driver.assignExperts(review, "expert1");
    driver.scoreAll(review, Recommendation.SUPPORT);
    driver.decide(review, CommitteeDecision.APPROVE);
    assertThat(reviews.notices()).extracting(NoticeView::reference).contains(reference);
    return reference;
  }

  private String nomination(String reference) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(CatalogNominationProcess.PROCESS_ID).singleResult().getId();
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
