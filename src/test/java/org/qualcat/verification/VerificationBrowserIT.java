package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.qualcat.support.Accessibility;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
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
    chromium.follow(By.id("new-case"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-form")));
    Accessibility.assertNoViolations(browser);
    new Select(browser.findElement(By.id("qualificationCode"))).selectByValue(code);
    browser.findElement(By.id("certificateNumber")).sendKeys(VerificationFixtures.certificate());
    setDate(browser, browser.findElement(By.id("certificateIssuedOn")), "2021-03-15");
    browser.findElement(By.id("holderName")).sendKeys("Jane Doe");
    new Select(browser.findElement(By.id("holderNationality"))).selectByValue("FOREIGN");
    browser.findElement(By.id("holderDocumentNumber")).sendKeys(VerificationFixtures.document());
    browser.findElement(By.id("employerName")).sendKeys("Example Capital Ltd");
    new Select(browser.findElement(By.id("employerRegion"))).selectByValue("BEIJING");
    browser.findElement(By.id("employedInBeijing-yes")).click();
    browser.findElement(By.id("certificateCopy")).sendKeys(file("certificate.pdf", TestFiles.pdf("certificate")));
    browser.findElement(By.id("employmentProof")).sendKeys(file("contract.png", TestFiles.png()));
    chromium.follow(By.id("submit-case"));

    wait.until(ExpectedConditions.urlMatches(".*/verification/cases/BJV-\\d{4}-\\d{6}$"));
    String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    WebElement status = browser.findElement(By.id("case-status"));
    assertThat(status.getDomAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(status.getText()).isEqualTo("Submitted");
    assertThat(browser.findElement(By.id("case-step")).getText())
        .isEqualTo("Waiting for a verification officer to accept the case");
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Your case was submitted.");
    assertThat(browser.findElements(By.cssSelector("#materials a[data-material]"))).extracting(WebElement::getText)
        .containsExactly("certificate.pdf", "contract.png");

    browser.get(url("/verification?lang=zh"));
    WebElement row = browser.findElement(By.cssSelector("tr[data-reference='" + reference + "']"));
    assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("已提交");
    assertThat(row.findElement(By.cssSelector("td.step")).getText()).isEqualTo("等待核验人员受理");
  }

  /**
   * The verifier's form shows the case as it is stored (the materials, the certificate: read when the form opens,
   * docs/adr/0032), and completing it in the Tasklist stores none of that with the process.
   */
  @Test
  void theVerifierOpensTheApplicationMaterialsFromTheTasklistForm() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    String certificate = VerificationFixtures.certificate();
    String reference = as("applicant1").submitCase(VerificationFixtures.requestBody(code,
        certificate, VerificationFixtures.document())).json().get("reference").asText();
    String taskId = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult().getId();
    // the Tasklist completes a task its user has claimed
    processEngine.getTaskService().claim(taskId, "verifier1");
    WebDriver browser = chromium.start();
    WebDriverWait wait = chromium.await();
    chromium.signIn(url(""), "verifier1", "demo");

    browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form a[href*='/materials/']")));

    List<WebElement> links = browser.findElements(By.cssSelector(".fjs-form a[href*='/materials/']"));
    assertThat(links).extracting(WebElement::getText).containsExactly("Copy of the certificate (PDF, 1 KB)",
        "Proof of employment (PDF, 1 KB)");
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText())
        .as("the applicant's file names stay out of the form").doesNotContain("certificate_copy.pdf");
    BrowserSession verifier = new BrowserSession(port());
    verifier.signIn("verifier1", "demo");
    for (WebElement link : links) {
      String href = link.getDomAttribute("href");
      assertThat(href).startsWith("/verification/cases/" + reference + "/materials/");
      var file = verifier.get(href);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(file.body()).startsWith("%PDF-");
    }

    // the Tasklist around it is Camunda's; the form is ours: axe finds nothing on its fields, disabled ones included
    assertThat(Accessibility.violations(browser)).filteredOn(v -> v.contains("fjs"))
        .as("WCAG 2.1 A/AA violations on the form").isEmpty();
    WebElement shown = browser.findElement(By.cssSelector("input[id$='Field_CertificateNumber']"));
    assertThat(shown.getDomProperty("value")).as("the certificate as the case holds it").isEqualTo(certificate);
    assertThat(shown.isEnabled()).as("shown, not sent back").isFalse();
    String instance = processEngine.getTaskService().createTaskQuery().taskId(taskId).singleResult()
        .getProcessInstanceId();
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", browser.findElement(
        By.xpath("//label[contains(., '要求申请人补充材料 / Ask the applicant for a supplement')]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea[id$='Field_SupplementRequest']")))
        .sendKeys("The contract is not signed.", org.openqa.selenium.Keys.TAB);
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        browser.findElement(By.xpath("//button[normalize-space()='Complete']")));
    wait.until(d -> processEngine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
    assertThat(processEngine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance).list())
        .extracting("name").as("the Tasklist sent the decision, not what the form showed of the case")
        .contains(VerificationProcess.VAR_SUPPLEMENT_REQUEST)
        .doesNotContain(VerificationProcess.VIEW_CERTIFICATE_NUMBER, VerificationProcess.VIEW_CERTIFICATE_ISSUED_ON,
            VerificationProcess.VIEW_CHECK_CHANNEL_LABEL, VerificationProcess.VIEW_EMPLOYER_NAME,
            VerificationProcess.VIEW_EMPLOYER_REGION_LABEL, VerificationProcess.VIEW_APPLICATION_MATERIALS);
  }

  @Test
  void aVerifierLandsOnTheVerifiersQueueWhoseEntriesNameTheCaseAndTheQualification() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    String reference = as("applicant1").submitCase(VerificationFixtures.requestBody(code,
        VerificationFixtures.certificate(), VerificationFixtures.document())).json().get("reference").asText();
    WebDriver browser = chromium.start();
    WebDriverWait wait = chromium.await();
    chromium.signIn(url(""), "verifier1", "demo");

    browser.get(url("/camunda/app/tasklist/default/"));

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), reference));
    WebElement entry = browser.findElements(By.cssSelector("li.task")).stream()
        .filter(e -> e.getText().contains(reference)).findFirst().orElseThrow();
    assertThat(entry.getText()).contains("Accept the case and set the ETA").contains("Case:")
        .contains("Qualification:").contains("Test qualification " + code);
    assertThat(browser.getCurrentUrl()).as("the verifiers' own queue, not an empty 'My tasks'")
        .contains("filter=" + processEngine.getFilterService().createFilterQuery()
            .filterName(org.qualcat.security.TasklistFilters.groupFilterName(org.qualcat.security.Roles.VERIFIERS))
            .singleResult().getId());
  }

  /** A file on disk, as a person picks it in the browser's file dialog. */
  private static String file(String name, byte[] content) {
    try {
      Path dir = Files.createTempDirectory("qualcat-upload");
      Path file = dir.resolve(name);
      Files.write(file, content);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file.toAbsolutePath().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }

  /** Date inputs take keyboard input in the browser's locale format; the value itself is ISO everywhere. */
  private static void setDate(WebDriver browser, WebElement input, String isoDate) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, isoDate);
  }
}
