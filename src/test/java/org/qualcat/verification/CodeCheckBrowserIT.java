package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real browser (headless Chromium): the holder of a verified result follows the link on the case page to the
 * public code check, in English and in Chinese; the case page, the code check and the printable result pass an
 * axe-core WCAG 2.1 A/AA audit.
 */
class CodeCheckBrowserIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  @Autowired
  VerificationCases cases;
  @Autowired
  VerificationCaseRepository repository;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void theCaseLinksToTheCodeCheckInBothLanguagesAndEveryPageOfTheResultPassesAWcagAudit() {
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, "BJ-I-001",
        VerificationFixtures.APPLICANT);
    String code = repository.findByReference(reference).orElseThrow().getVerificationCode();
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), VerificationFixtures.APPLICANT, "demo");

    browser.get(url("/verification/cases/" + reference + "?lang=en"));
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("code-check-link"));
    chromium.await().until(ExpectedConditions.urlContains("/verification-codes/" + code));
    assertThat(browser.findElement(By.id("check-verdict")).getText())
        .isEqualTo("This code is authentic: it belongs to a verification result issued by the platform.");
    assertThat(browser.findElement(By.id("check-sample")).getText()).isEqualTo("Sample data — not an official result.");
    assertThat(browser.findElement(By.id("check-sample")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("check-qualification")).getText()).contains("BJ-I-001", "CFA");
    assertThat(browser.findElement(By.id("check-edition")).getText()).isNotBlank();
    assertThat(browser.getPageSource()).doesNotContain("Jane Doe");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/verification/cases/" + reference + "?lang=zh"));
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("code-check-link"));
    chromium.await().until(ExpectedConditions.urlContains("/verification-codes/" + code));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
    assertThat(browser.findElement(By.id("check-verdict")).getText()).isEqualTo("该核验码真实有效，属于本平台出具的核验结果。");
    assertThat(browser.findElement(By.id("check-sample")).getText()).isEqualTo("示例数据——并非正式核验结果。");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/verification/cases/" + reference + "/result?lang=en"));
    assertThat(browser.findElement(By.id("download-pdf")).getDomAttribute("href"))
        .isEqualTo("/verification/cases/" + reference + "/result.pdf");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void theFormAndANotValidAnswerPassTheAuditWithoutSigningIn() {
    WebDriver browser = chromium.start();

    browser.get(url("/verification-codes?lang=en"));
    Accessibility.assertNoViolations(browser);
    browser.findElement(By.id("code")).sendKeys("not-a-code");
    chromium.follow(By.cssSelector("#check-form button[type=submit]"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("check-verdict")));
    assertThat(browser.findElement(By.id("check-verdict")).getText())
        .isEqualTo("This code is not a valid verification code.");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/verification-codes/AAAAAAAAAAAAAAAAAAAAAA?lang=zh"));
    assertThat(browser.findElement(By.id("check-verdict")).getText()).isEqualTo("该代码不是有效的核验码。");
    Accessibility.assertNoViolations(browser);

    // the audit sees what it should: an image without alternative text, a field without a label
    ((JavascriptExecutor) browser).executeScript("var img = document.createElement('img'); img.src = '/x.png';"
        + "document.querySelector('main').appendChild(img);"
        + "document.querySelector('label[for=code]').remove();");
    assertThat(Accessibility.violations(browser)).anySatisfy(v -> assertThat(v).startsWith("image-alt"))
        .anySatisfy(v -> assertThat(v).startsWith("label").contains("#code"));
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
