package org.qualcat.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.exit.ExitCaseRepository;
import org.qualcat.exit.QualificationExitProcess;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A monitor's work in a real browser (headless Chromium), in English and Chinese: starting a cycle and reading its
 * counts once the engine has run it, recording the issuer's rectification report from the cycle page, standing
 * inputs (a refused one says why and stores nothing), flagging a qualification for removal; every page passes an
 * axe-core WCAG 2.1 A/AA audit in both languages. Jobs and tasks are run by the test, never waited for.
 */
class MonitoringPagesBrowserIT extends IntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  MonitoringInputRepository inputs;
  @Autowired
  MonitoringRecordRepository records;
  @Autowired
  ExitCaseRepository exits;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void aMonitorStartsACycleRecordsTheIssuersRectificationReportAndReadsTheCounts() {
    String failing = inForce("MPGR");
    inputs.save(MonitoringFixtures.absent(failing));
    WebDriver browser = signInAs("monitor1");

    browser.get(url("/monitoring?lang=en"));
    assertThat(browser.findElement(By.id("start-explained")).getText())
        .contains("one review for each listed qualification that is not already under review");
    Accessibility.assertNoViolations(browser);
    browser.findElement(By.id("start-button")).click();
    chromium.await().until(ExpectedConditions.alertIsPresent());
    assertThat(browser.switchTo().alert().getText()).startsWith("Start a monitoring cycle now?");
    browser.switchTo().alert().accept();
    chromium.await().until(ExpectedConditions.urlContains("/monitoring/cycles/"));
    String reference = browser.getCurrentUrl().replaceAll(".*/monitoring/cycles/([^?]+).*", "$1");
    assertThat(browser.findElement(By.id("notice")).getText())
        .startsWith("Monitoring cycle " + reference + " has started.");
    assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Running");
    Accessibility.assertNoViolations(browser);

    ProcessInstance cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(QualificationMonitoringProcess.PROCESS_ID).singleResult();
    run(cycle, failing);

    browser.get(url("/monitoring/cycles/" + reference + "?lang=en"));
    assertThat(outcome(browser, failing).getText()).isEqualTo("Waiting for the issuer's rectification");
    assertThat(browser.findElement(By.id("counts-so-far")).isDisplayed()).isTrue();
    Accessibility.assertNoViolations(browser);
    browser.get(url("/monitoring/cycles/" + reference + "?lang=zh"));
    assertThat(outcome(browser, failing).getText()).isEqualTo("等待发证机构整改");
    Accessibility.assertNoViolations(browser);

    chromium.follow(row(browser, failing).findElement(By.className("rectification-link")));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("rectification-form")));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
    Accessibility.assertNoViolations(browser);
    browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=en");
    chromium.follow(By.id("record-rectification"));
    assertThat(browser.findElement(By.id("report-problem")).getText())
        .isEqualTo("Write the issuer's rectification report, in at most 4,000 characters of plain text.");
    Accessibility.assertNoViolations(browser);
    MonitoringRecord review = records.findByQualificationCodeOrderByIdDesc(failing).get(0);
    assertThat(review.getRectificationReport()).as("a refused report is not recorded").isNull();

    browser.findElement(By.id("report")).sendKeys("The issuer reinstated its continuing-education audit.");
    chromium.follow(By.id("record-rectification"));
    chromium.await().until(ExpectedConditions.urlContains("/monitoring/cycles/" + reference));
    assertThat(browser.findElement(By.id("notice")).getText()).startsWith("The rectification report for");
    assertThat(outcome(browser, failing).getText()).isEqualTo("Rectification reported, to be rechecked");
    assertThat(records.findById(review.getId()).orElseThrow().getRectificationReport())
        .isEqualTo("The issuer reinstated its continuing-education audit.");

    run(cycle, failing);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.getId()).count())
        .as("the cycle has ended").isZero();

    browser.get(url("/monitoring/cycles/" + reference + "?lang=en"));
    assertThat(browser.findElement(By.id("cycle-status")).getText()).isEqualTo("Ended, report sent");
    assertThat(outcome(browser, failing).getText()).isEqualTo("Rectified in time");
    int reviewed = Integer.parseInt(browser.findElement(By.id("count-qualifications")).getText());
    assertThat(browser.findElements(By.cssSelector("#reviews tbody tr"))).hasSize(reviewed);
    assertThat(reviewed).isGreaterThanOrEqualTo(46);
    assertThat(Integer.parseInt(browser.findElement(By.id("count-rectified")).getText())).isGreaterThanOrEqualTo(1);
    assertThat(Integer.parseInt(browser.findElement(By.id("count-compliant")).getText())).isGreaterThanOrEqualTo(40);
    Accessibility.assertNoViolations(browser);

    browser.get(url("/monitoring?lang=en"));
    WebElement line = browser.findElement(By.cssSelector("#cycles tr[data-reference='" + reference + "']"));
    assertThat(browser.findElement(By.cssSelector("#cycles tbody tr")).getDomAttribute("data-reference"))
        .as("newest first").isEqualTo(reference);
    assertThat(line.findElement(By.className("status")).getText()).isEqualTo("Ended, report sent");
    assertThat(line.findElement(By.className("count-qualifications")).getText()).isEqualTo(String.valueOf(reviewed));
    assertThat(Integer.parseInt(line.findElement(By.className("count-rectified")).getText())).isPositive();
    Accessibility.assertNoViolations(browser);
    browser.get(url("/monitoring?lang=zh"));
    assertThat(browser.findElement(By.cssSelector("#cycles tr[data-reference='" + reference + "'] .status"))
        .getText()).isEqualTo("已结束，报告已发送");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void aMonitorRecordsStandingInputsByNameAndARefusedOneSaysWhyAndStoresNothing() {
    String code = inForce("MPGI");
    WebDriver browser = signInAs("monitor1");

    browser.get(url("/monitoring/inputs?lang=zh"));
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("record-input"));
    assertThat(browser.findElement(By.id("qualificationCode-problem")).getText()).isEqualTo("请从列表中选择职业资格。");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/monitoring/inputs?lang=en"));
    Accessibility.assertNoViolations(browser);
    choose(browser, code);
    browser.findElement(By.id("certificatesInBeijing")).sendKeys("-3");
    new Select(browser.findElement(By.id("technicalCompliance"))).selectByVisibleText("Yes, with minor deviations");
    new Select(browser.findElement(By.id("holderOutcomes"))).selectByVisibleText("Some");
    browser.findElement(By.id("issuerResponsive-yes")).click();
    chromium.follow(By.id("record-input"));
    assertThat(browser.findElement(By.id("certificatesInBeijing-problem")).getText()).isEqualTo("Give the number of "
        + "certificates as a whole number, 0 or more, or leave it empty if it is not known.");
    assertThat(browser.findElements(By.cssSelector(".field-error"))).as("one sentence, for the one field").hasSize(1);
    assertThat(browser.findElement(By.id("certificatesInBeijing")).getDomProperty("value")).isEqualTo("-3");
    assertThat(new Select(browser.findElement(By.id("qualificationCode"))).getFirstSelectedOption()
        .getDomAttribute("value")).isEqualTo(code);
    assertThat(inputs.findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(code)).as("nothing stored").isEmpty();
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.id("certificatesInBeijing")).clear();
    browser.findElement(By.id("certificatesInBeijing")).sendKeys("7");
    browser.findElement(By.id("issuerContactEmail")).sendKeys("registry@subject.example.org");
    chromium.follow(By.id("record-input"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
    assertThat(browser.findElement(By.id("notice")).getText())
        .isEqualTo("The standing input for Certified Monitoring Subject " + code
            + " is recorded; the next review of it reads this input.");
    assertThat(browser.findElement(By.id("latest-certificates")).getText()).isEqualTo("7");
    assertThat(browser.findElement(By.id("latest-compliance")).getText()).isEqualTo("Yes, with minor deviations");
    MonitoringInput stored = inputs.findFirstByQualificationCodeOrderByEnteredAtDescIdDesc(code).orElseThrow();
    assertThat(stored.getCertificatesInBeijing()).isEqualTo(7);
    assertThat(stored.getTechnicalCompliance()).isEqualTo(TechnicalCompliance.MINOR_DEVIATIONS);
    assertThat(stored.getHolderOutcomes()).isEqualTo(HolderOutcomes.SOME);
    assertThat(stored.getIssuerResponsive()).isTrue();
    assertThat(stored.getIssuerContactEmail()).isEqualTo("registry@subject.example.org");
    assertThat(stored.getEnteredBy()).isEqualTo("monitor1");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void aMonitorFlagsAQualificationForRemovalByNameAndLandsOnTheExitCase() {
    String code = inForce("MPGE");
    WebDriver browser = signInAs("monitor1");

    browser.get(url("/exits/new?lang=en"));
    Accessibility.assertNoViolations(browser);
    choose(browser, code);
    chromium.follow(By.id("flag-button"));
    assertThat(browser.findElement(By.id("grounds-problem")).getText())
        .isEqualTo("Give the grounds for removal, in at most 4,000 characters of plain text.");
    assertThat(exits.findByQualificationCodeOrderByIdDesc(code)).as("nothing opened").isEmpty();
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.id("grounds")).sendKeys("No certificates issued in Beijing for three years.");
    chromium.follow(By.id("flag-button"));
    chromium.await().until(ExpectedConditions.urlContains("/exits/EXIT-"));
    String reference = browser.getCurrentUrl().replaceAll(".*/exits/([^?]+).*", "$1");
    assertThat(browser.findElement(By.id("notice")).getText()).startsWith("The qualification is flagged for removal");
    assertThat(browser.findElement(By.id("exit-status")).getText()).isEqualTo("Before the committee");
    assertThat(browser.findElement(By.id("exit-qualification")).getText()).contains(code);
    assertThat(browser.findElement(By.id("exit-grounds")).getText())
        .isEqualTo("No certificates issued in Beijing for three years.");
    assertThat(browser.findElement(By.id("exit-undecided")).getText()).isEqualTo("The committee has not decided yet.");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(QualificationExitProcess.PROCESS_ID).count()).as("the exit process runs").isEqualTo(1);
    Accessibility.assertNoViolations(browser);

    browser.get(url("/exits/" + reference + "?lang=zh"));
    assertThat(browser.findElement(By.id("exit-status")).getText()).isEqualTo("评审委员会审议中");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/exits/new?lang=zh"));
    new Select(browser.findElement(By.id("qualificationCode"))).selectByValue(code);
    browser.findElement(By.id("grounds")).sendKeys("Again.");
    chromium.follow(By.id("flag-button"));
    assertThat(browser.findElement(By.id("problem")).getText()).startsWith("该职业资格的退出已在评审委员会审议中。");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void readersSeeTheCyclesAndExitsButNotTheMonitorsFormsOthersAreTurnedAway() {
    WebDriver browser = signInAs("committee1");
    browser.get(url("/monitoring?lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monitoring of listed qualifications");
    assertThat(browser.findElements(By.id("start-form"))).isEmpty();
    Accessibility.assertNoViolations(browser);
    for (String page : List.of("/monitoring/inputs", "/exits/new")) {
      browser.get(url(page + "?lang=en"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isEqualTo("Not for your role");
    }
    chromium.afterEach(null);

    browser = signInAs("applicant1");
    browser.get(url("/monitoring?lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not for your role");
    assertThat(browser.findElements(By.cssSelector("a[href='/monitoring']"))).as("no link to it").isEmpty();
  }

  /** A qualification of this test's own, listed and in force (published), with a unique name. */
  private String inForce(String prefix) {
    String code = MonitoringFixtures.listNew(catalogImport, prefix);
    String edition = "MPG" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    var published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", edition, "name", "Edition " + edition));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    return code;
  }

  private WebDriver signInAs(String user) {
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), user, "demo");
    return browser;
  }

  private static WebElement row(WebDriver browser, String code) {
    return browser.findElement(By.cssSelector("#reviews tr[data-code='" + code + "']"));
  }

  private static WebElement outcome(WebDriver browser, String code) {
    return row(browser, code).findElement(By.className("review-outcome"));
  }

  /**
   * Runs the cycle until it ends or waits for the issuer's rectification report: {@code failing} confirmed
   * non-compliant and, once its report is in, rechecked as rectified.
   */
  private void run(ProcessInstance cycle, String failing) {
    CycleRunner runner = new CycleRunner(processEngine);
    runner.run(cycle, task -> {
      Map<String, Object> form = runner.monitorsAnswer(task, failing);
      if (task.getTaskDefinitionKey().equals(QualificationReviewProcess.TASK_RECHECK_COMPLIANCE)) {
        form.putAll(Map.of("rectifiedInTime", "YES", "recheckNote", "The audit is back in place."));
      } else if (form.isEmpty()) {
        throw new AssertionError("unexpected task " + task.getTaskDefinitionKey());
      }
      tasks.complete(task.getId(), form);
    });
  }

  /** Chooses a qualification by the name the page shows for it. */
  private static void choose(WebDriver browser, String code) {
    new Select(browser.findElement(By.id("qualificationCode")))
        .selectByVisibleText("Certified Monitoring Subject " + code + " (" + code + ")");
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
