package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A real browser (headless Chromium): an applicant signs in, submits a case on the portal and reads its status. */
class VerificationBrowserIT extends IntegrationTest {

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void anApplicantSubmitsACaseInTheBrowserAndReadsItsStatus() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    WebDriver browser = chromium.start();
    WebDriverWait wait = chromium.await();
    chromium.signIn(url(""), "applicant1", "demo");

    browser.get(url("/verification"));
    browser.findElement(By.id("new-case")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-form")));
    new Select(browser.findElement(By.id("qualificationCode"))).selectByValue(code);
    browser.findElement(By.id("certificateNumber")).sendKeys(VerificationFixtures.certificate());
    setDate(browser, browser.findElement(By.id("certificateIssuedOn")), "2021-03-15");
    browser.findElement(By.id("holderName")).sendKeys("Jane Doe");
    new Select(browser.findElement(By.id("holderNationality"))).selectByValue("FOREIGN");
    browser.findElement(By.id("holderDocumentNumber")).sendKeys(VerificationFixtures.document());
    browser.findElement(By.id("employerName")).sendKeys("Example Capital Ltd");
    new Select(browser.findElement(By.id("employerRegion"))).selectByValue("BEIJING");
    browser.findElement(By.id("employedInBeijing-yes")).click();
    browser.findElement(By.id("submit-case")).click();

    wait.until(ExpectedConditions.urlMatches(".*/verification/cases/BJV-\\d{4}-\\d{6}$"));
    String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    WebElement status = browser.findElement(By.id("case-status"));
    assertThat(status.getDomAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(status.getText()).isEqualTo("Submitted");
    assertThat(browser.findElement(By.id("case-step")).getText())
        .isEqualTo("Waiting for a verification officer to accept the case");
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Your case was submitted.");

    browser.get(url("/verification?lang=zh"));
    WebElement row = browser.findElement(By.cssSelector("tr[data-reference='" + reference + "']"));
    assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("已提交");
    assertThat(row.findElement(By.cssSelector("td.step")).getText()).isEqualTo("等待核验人员受理");
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }

  /** Date inputs take keyboard input in the browser's locale format; the value itself is ISO everywhere. */
  private static void setDate(WebDriver browser, WebElement input, String isoDate) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
  }
}
