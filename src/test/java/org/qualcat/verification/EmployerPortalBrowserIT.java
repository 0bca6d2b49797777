package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An employer's HR staff on the portal, in headless Chromium: hr1 submits a case for an employee (the form names the
 * organisation instead of asking for the employer), hr2 finds it in the organisation's list, hr3 of another
 * organisation does not; the pages pass the WCAG 2.1 AA audit in English and Chinese.
 */
class EmployerPortalBrowserIT extends IntegrationTest {

  private static final String ORGANISATION = "Beijing Jinrong Asset Management Co., Ltd. (demo)";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void hrStaffSubmitACaseForAnEmployeeAndTheirColleagueFollowsIt() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "hr1", "demo");

    for (String language : List.of("zh", "en")) {
      browser.get(url("/verification/new?lang=" + language));
      assertThat(browser.findElement(By.id("employer-name")).getText()).isEqualTo(ORGANISATION);
      assertThat(browser.findElements(By.id("employerName"))).as("no employer to type").isEmpty();
      assertThat(browser.findElements(By.id("employedInBeijing-yes"))).isEmpty();
      Accessibility.assertNoViolations(browser);
    }
    assertThat(browser.findElement(By.id("employer-given")).getText())
        .contains("personnel and labor relations with an employer in Beijing");

    new Select(browser.findElement(By.id("qualificationCode"))).selectByValue(code);
    browser.findElement(By.id("certificateNumber")).sendKeys(VerificationFixtures.certificate());
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
        browser.findElement(By.id("certificateIssuedOn")), "2021-03-15");
    browser.findElement(By.id("holderName")).sendKeys("Chen Xiaoyu");
    new Select(browser.findElement(By.id("holderNationality"))).selectByValue("CHINESE");
    browser.findElement(By.id("holderDocumentNumber")).sendKeys(VerificationFixtures.document());
    browser.findElement(By.id("certificateCopy")).sendKeys(TestFiles.onDisk("certificate.pdf", TestFiles.pdf("certificate")));
    browser.findElement(By.id("employmentProof")).sendKeys(TestFiles.onDisk("contract.pdf", TestFiles.pdf("contract")));
    chromium.follow(By.id("submit-case"));

    chromium.await().until(ExpectedConditions.urlMatches(".*/verification/cases/BJV-\\d{4}-\\d{6}$"));
    String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(ORGANISATION);
    browser.quit();

    WebDriver colleague = chromium.start();
    chromium.signIn(url(""), "hr2", "demo");
    colleague.get(url("/verification?lang=en"));
    assertThat(colleague.findElement(By.id("organisation-cases")).getText()).isEqualTo("Cases of " + ORGANISATION);
    WebElement row = colleague.findElement(By.cssSelector("tr[data-reference='" + reference + "']"));
    assertThat(row.findElement(By.cssSelector("td.holder")).getText()).isEqualTo("Chen Xiaoyu");
    assertThat(row.findElement(By.cssSelector("td.applicant")).getText()).isEqualTo("hr1");
    Accessibility.assertNoViolations(colleague);
    colleague.get(url("/verification/cases/" + reference + "?lang=zh"));
    assertThat(colleague.findElement(By.id("case-status")).getDomAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(colleague.findElements(By.cssSelector("form[action$='/withdraw']"))).as("a colleague may withdraw it")
        .hasSize(1);
    Accessibility.assertNoViolations(colleague);
    colleague.quit();

    WebDriver stranger = chromium.start();
    chromium.signIn(url(""), "hr3", "demo");
    stranger.get(url("/verification?lang=en"));
    assertThat(stranger.findElements(By.cssSelector("tr[data-reference='" + reference + "']"))).isEmpty();
    stranger.get(url("/verification/cases/" + reference + "?lang=en"));
    assertThat(stranger.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
