package org.qualcat.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The title pages in Chromium, in Chinese and in English: from the verified result to the application, its progress,
 * a refusal in the reader's language, and the granted title shown with the result. Every page passes axe-core.
 */
class TitleGrantBrowserIT extends IntegrationTest {

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void aHolderAppliesFromTheResultFollowsTheApplicationAndSeesTheTitleWithTheResult() {
    String qualification = new VerificationFixtures(catalog, transaction).listedForTitles(TitleLevel.INTERMEDIATE,
        "Economics", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String caseReference = VerificationFixtures.verifiedThroughRegister(as("applicant1"), processEngine,
        VerificationFixtures.requestBody(qualification, VerificationFixtures.certificate(),
            VerificationFixtures.document())).getBusinessKey();
    WebDriver browser = chromium.start();
    chromium.signIn(origin(), "applicant1", "demo");

    browser.get(origin() + "/verification/cases/" + caseReference + "?lang=zh");
    chromium.follow(By.id("apply-for-title"));
    assertThat(browser.findElement(By.id("verificationCode")).getDomProperty("value")).as("the result's code")
        .hasSize(22);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("证书直接认定、免试部分课程、减少考试科目");
    Accessibility.assertNoViolations(browser);
    new Select(browser.findElement(By.id("level"))).selectByValue("INTERMEDIATE");
    chromium.follow(By.id("apply"));

    assertThat(browser.findElement(By.id("title-notice")).getText()).isEqualTo("申请已收到；每项决定都会以邮件通知您。");
    assertThat(browser.findElement(By.id("title-status")).getText()).isEqualTo("审查中");
    assertThat(browser.findElement(By.id("title-route")).getText()).isEqualTo("证书直接认定");
    assertThat(browser.findElement(By.id("title-title")).getText()).isEqualTo("中级职称 · Economics");
    assertThat(browser.findElement(By.id("title-due")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(browser.findElements(By.cssSelector("#title-timeline li"))).hasSize(1);
    Accessibility.assertNoViolations(browser);
    String reference = browser.findElement(By.tagName("h1")).getText().replace("职称申请 ", "");

    Task decide = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .singleResult();
    assertThat(as("titleofficer1").postJson("/engine-rest/task/" + decide.getId() + "/submit-form",
        Map.of("variables", Map.of(TitleGrantProcess.VAR_DECISION, Map.of("value", TitleGrantProcess.GRANT))))
        .status()).isEqualTo(204);

    browser.get(origin() + "/titles?lang=zh");
    assertThat(browser.findElement(By.cssSelector("#titles tr[data-reference='" + reference + "'] .status"))
        .getText()).contains("已授予职称");
    Accessibility.assertNoViolations(browser);
    browser.get(origin() + "/verification/cases/" + caseReference + "?lang=zh");
    assertThat(browser.findElement(By.id("granted-titles")).getText()).contains("中级职称 · Economics")
        .contains(reference);
    Accessibility.assertNoViolations(browser);
    browser.get(origin() + "/verification/cases/" + caseReference + "/result?lang=en");
    assertThat(browser.findElement(By.id("granted-titles")).getText()).as("the result as printed")
        .contains("intermediate title · Economics").contains(reference);
  }

  @Test
  void theCatalogEntryNamesItsTitleChannelsAndSaysTheyAreInferred() {
    WebDriver browser = chromium.start();

    browser.get(origin() + "/catalog/BJ-I-007?lang=zh");

    assertThat(browser.findElement(By.id("entry-title-channels")).getText())
        .isEqualTo("免试部分课程；减少考试科目 （示意：公开资料未载明各资格的评定途径，此处为推断）");
    Accessibility.assertNoViolations(browser);
    browser.get(origin() + "/catalog/BJ-I-001?lang=en");
    assertThat(browser.findElement(By.id("entry-title-channels")).getText())
        .startsWith("direct recognition of the certificate (illustrative");
    browser.get(origin() + "/catalog/BJ-V-001?lang=en");
    assertThat(browser.findElements(By.id("entry-title-channels"))).as("not on the title-eligible list").isEmpty();
  }

  @Test
  void aRefusedApplicationIsExplainedInEnglishAndKeepsWhatWasTyped() {
    String qualification = new VerificationFixtures(catalog, transaction).listedForTitles(TitleLevel.INTERMEDIATE,
        "Economics", Set.of(TitleChannel.COURSE_EXEMPTION));
    String caseReference = VerificationFixtures.verifiedThroughRegister(as("applicant1"), processEngine,
        VerificationFixtures.requestBody(qualification, VerificationFixtures.certificate(),
            VerificationFixtures.document())).getBusinessKey();
    String code = jdbc.queryForObject("select verification_code from verification_case where reference = ?",
        String.class, caseReference);
    long before = jdbc.queryForObject("select count(*) from title_application", Long.class);
    WebDriver browser = chromium.start();
    chromium.signIn(origin(), "applicant1", "demo");

    browser.get(origin() + "/titles/new?lang=en");
    browser.findElement(By.id("verificationCode")).sendKeys(code);
    new Select(browser.findElement(By.id("level"))).selectByValue("SENIOR");
    browser.findElement(By.id("series")).sendKeys("Economics");
    chromium.follow(By.id("apply"));

    assertThat(browser.findElement(By.id("title-problems")).getText()).startsWith("Title applied for: ")
        .contains("your employer's HR staff apply for it");
    assertThat(browser.findElement(By.id("verificationCode")).getDomProperty("value")).isEqualTo(code);
    assertThat(browser.findElement(By.id("series")).getDomProperty("value")).isEqualTo("Economics");
    Accessibility.assertNoViolations(browser);
    assertThat(jdbc.queryForObject("select count(*) from title_application", Long.class)).isEqualTo(before);

    new Select(browser.findElement(By.id("level"))).selectByValue("INTERMEDIATE");
    chromium.follow(By.id("apply"));
    assertThat(browser.findElement(By.id("title-status")).getText()).isEqualTo("Exemptions being listed");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("exemption from certain courses");
    chromium.follow(By.id("withdraw-title"));
    assertThat(browser.findElement(By.id("title-status")).getText()).isEqualTo("Withdrawn");
    assertThat(browser.findElements(By.id("withdraw-title"))).isEmpty();
    Accessibility.assertNoViolations(browser);
  }

  private String origin() {
    return "http://localhost:" + port();
  }
}
