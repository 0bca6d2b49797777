package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualcat.catalog.Catalog;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Content-Security-Policy in a real browser (headless Chromium): Qualcat's pages work under it (the withdraw
 * confirmation, bound by our script file, still asks first) and nothing on them or in the Swagger UI is blocked;
 * the Camunda webapps, which keep their own policy, still start.
 */
class ContentSecurityPolicyBrowserIT extends IntegrationTest {

  /** Records every violation the browser reports, from before any script of the page runs. */
  private static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
      + "document.addEventListener('securitypolicyviolation', function (e) {"
      + "  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' on '"
      + "    + e.documentURI); });";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Chromium chromium = new Chromium();
  private WebDriver browser;
  private WebDriverWait wait;

  @Test
  void thePortalWorksUnderThePolicyAndTheWithdrawConfirmationStillAsks() {
    SecurityFixtures fixtures = new SecurityFixtures(processEngine, catalog, transaction, this::as);
    String reference = fixtures.submitCase(SecurityFixtures.verificationCase(fixtures.listed()));
    start();
    signIn("applicant1");

    for (String page : List.of("/catalog/BJ-I-001?lang=zh", "/", "/catalog", "/verification/new",
        "/verification-codes?lang=zh", "/verification?lang=en")) {
      browser.get(url(page));
      assertNoViolations();
    }

    browser.get(url("/verification/cases/" + reference));
    browser.findElement(By.id("withdraw")).click();
    wait.until(ExpectedConditions.alertIsPresent());
    assertThat(browser.switchTo().alert().getText()).contains("Withdraw");
    browser.switchTo().alert().dismiss();
    assertThat(status(reference)).as("dismissed: nothing sent").isEqualTo("SUBMITTED");

    browser.findElement(By.id("withdraw")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.attributeToBe(By.id("case-status"), "data-status", "WITHDRAWN"));
    assertThat(status(reference)).isEqualTo("WITHDRAWN");
    assertNoViolations();
  }

  @Test
  void theSwaggerUiAndTheTasklistStillWork() {
    start();
    signIn("expert1");

    browser.get(url("/swagger-ui/index.html"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
    assertNoViolations();

    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(d -> d.getPageSource().contains(TasklistFilters.groupFilterName(Roles.EXPERTS)));
    assertNoViolations();
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private void start() {
    browser = chromium.start();
    ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", RECORD_VIOLATIONS));
    wait = chromium.await();
  }

  private void signIn(String user) {
    chromium.signIn(url(""), user, "demo");
  }

  private void assertNoViolations() {
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    Object violations = ((JavascriptExecutor) browser).executeScript("return window.__cspViolations || [];");
    assertThat((List<?>) violations).as("CSP violations on " + browser.getCurrentUrl()).isEmpty();
  }

  private String status(String reference) {
    return jdbc.queryForObject("select status from verification_case where reference = ?", String.class, reference);
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
