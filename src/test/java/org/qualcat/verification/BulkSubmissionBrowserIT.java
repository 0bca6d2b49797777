package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An employer's bulk submission in headless Chromium: a sheet with a bad row is refused with the table of its
 * problems; a good one waits for its files; once they are in, the progress bar follows the rows becoming cases (the
 * worker run by the test, as the background would) and the page ends on the summary. Every state passes the WCAG 2.1
 * AA audit.
 */
class BulkSubmissionBrowserIT extends IntegrationTest {

  private static final String HEADER = BulkSubmissionsIT.HEADER;

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  BulkWorker worker;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void hrStaffUploadASheetAndItsFilesAndFollowTheProgressBarToTheSummary() throws Exception {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "hr1", "demo");

    browser.get(url("/verification?lang=zh"));
    chromium.follow(By.id("bulk-link"));
    Accessibility.assertNoViolations(browser);
    browser.findElement(By.id("file")).sendKeys(csv("bad.csv", HEADER
        + BulkSubmissionsIT.row(code, VerificationFixtures.certificate(), "Li Wei", "li")
        + code + ",C-1,2021-03-15,,CHINESE,E1234567,x.pdf,y.pdf\n"));
    chromium.follow(By.id("bulk-upload"));
    List<WebElement> refused = browser.findElements(By.cssSelector("#refused-rows tbody tr"));
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).getDomAttribute("data-row")).isEqualTo("3");
    assertThat(refused.get(0).getText()).contains("持证人姓名", "请填写此项");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/verification/bulk?lang=en"));
    browser.findElement(By.id("file")).sendKeys(csv("employees.csv", HEADER
        + BulkSubmissionsIT.row(code, VerificationFixtures.certificate(), "Li Wei", "li")
        + BulkSubmissionsIT.row(code, VerificationFixtures.certificate(), "Wang Fang", "wang")
        + BulkSubmissionsIT.row(code, VerificationFixtures.certificate(), "Zhao Min", "zhao")));
    chromium.follow(By.id("bulk-upload"));
    assertThat(browser.findElement(By.id("notice")).getText())
        .isEqualTo("The sheet was accepted: 3 rows. Now upload the files its rows name.");
    assertThat(browser.findElements(By.cssSelector("#missing-files li"))).hasSize(6);
    Accessibility.assertNoViolations(browser);
    String reference = browser.getCurrentUrl().replaceAll(".*/verification/bulk/([^?]+).*", "$1");

    List<String> tooMany = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      tooMany.add(pdf("extra-" + i + ".pdf"));
    }
    browser.findElement(By.id("files-input")).sendKeys(String.join("\n", tooMany));
    browser.findElement(By.id("files-upload")).click();
    assertThat(browser.findElement(By.id("files-too-many")).getText()).as("told before sending")
        .startsWith("Too many files at once");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/verification/bulk/" + reference + "?lang=en"));

    browser.findElement(By.id("files-input")).sendKeys(String.join("\n", pdf("li-certificate.pdf"),
        pdf("li-contract.pdf"), pdf("wang-certificate.pdf"), pdf("wang-contract.pdf")));
    chromium.follow(By.id("files-upload"));
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("4 files taken; 2 still needed.");
    browser.findElement(By.id("files-input")).sendKeys(String.join("\n", pdf("zhao-certificate.pdf"),
        pdf("zhao-contract.pdf")));
    chromium.follow(By.id("files-upload"));

    WebElement bar = browser.findElement(By.id("bulk-progress"));
    assertThat(browser.findElement(By.id("bulk-status")).getDomAttribute("data-status")).isEqualTo("RUNNING");
    assertThat(bar.getDomProperty("max")).isEqualTo("3");
    assertThat(bar.getDomProperty("value")).isEqualTo("0");
    assertThat(browser.findElement(By.id("bulk-progress-text")).getText()).isEqualTo("0 of 3 rows done, 0 failed");
    Accessibility.assertNoViolations(browser);

    CompletableFuture<Void> background = CompletableFuture.runAsync(() -> worker.work(reference));
    chromium.await().until(ExpectedConditions.attributeToBe(By.id("bulk-status"), "data-status", "DONE"));
    background.get();

    assertThat(browser.findElement(By.id("bulk-progress")).getDomProperty("value")).isEqualTo("3");
    assertThat(browser.findElement(By.id("bulk-progress-text")).getText()).isEqualTo("3 of 3 rows done, 0 failed");
    List<WebElement> summary = browser.findElements(By.cssSelector("#summary-rows tbody tr"));
    assertThat(summary).extracting(row -> row.getDomAttribute("data-status")).containsOnly("SUBMITTED").hasSize(3);
    assertThat(summary.get(0).findElement(By.tagName("a")).getText()).matches("BJV-\\d{4}-\\d{6}");
    assertThat(browser.findElement(By.id("summary-csv")).getDomAttribute("href"))
        .isEqualTo("/verification/bulk/" + reference + "/summary.csv");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void bulkSubmissionsAreForHrStaffOnly() {
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "applicant1", "demo");
    browser.get(url("/verification/bulk?lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not for your role");
  }

  private static String pdf(String name) {
    return TestFiles.onDisk(name, TestFiles.pdf(name));
  }

  private static String csv(String name, String text) {
    return TestFiles.onDisk(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
