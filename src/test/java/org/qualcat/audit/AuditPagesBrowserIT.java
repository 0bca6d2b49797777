package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The audit trail's page (Chromium): administrators search it without the API, in English and Chinese, and read
 * what happened in words; a bad date is one sentence beside the filter; other staff are shown the 403 page; every
 * page passes an axe-core WCAG 2.1 A/AA audit.
 */
class AuditPagesBrowserIT extends IntegrationTest {

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Autowired
  MessageSource messages;

  @Autowired
  AuditActions actions;

  @Test
  void anAdministratorFindsAFailedSignInInWordsInBothLanguages() {
    String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(as(stranger, "wrong").get("/api/verification-cases").status()).isEqualTo(401);
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "admin", "demo");

    browser.get(url("/?lang=en"));
    chromium.follow(By.id("audit-card"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.name("user")).sendKeys("anonymous");
    browser.findElement(By.name("subject")).sendKeys(stranger);
    chromium.follow(By.cssSelector("#audit-filters button[type=submit]"));
    List<WebElement> rows = browser.findElements(By.cssSelector("table.audit tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains("Sign-in failed", "Sign-in or sign-out", stranger)
        .doesNotContain("LOGIN_FAILED", "SIGN_IN");
    assertThat(browser.findElement(By.cssSelector("p.count")).getText()).isEqualTo("1 entry");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/audit?lang=zh&subject=" + stranger));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
    assertThat(browser.findElement(By.cssSelector("table.audit tbody tr")).getText()).contains("登录失败", "登录与退出");
    Accessibility.assertNoViolations(browser);

    // the search itself is in the trail, as a search through the API is
    browser.get(url("/audit?lang=en&action=AUDIT_SEARCHED&user=admin"));
    assertThat(browser.findElement(By.cssSelector("table.audit tbody tr")).getText())
        .contains("Audit trail searched", "subject=(other text)").doesNotContain(stranger);
  }

  @Test
  void aBadDateIsOneSentenceBesideItsFilterAndAnEmptySearchSaysSo() {
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "admin", "demo");

    browser.get(url("/audit?lang=en&from=2026-02-01&to=2026-01-01"));
    assertThat(browser.findElement(By.id("audit-errors")).getText())
        .isEqualTo("To (Beijing day): must not be before the start");
    assertThat(browser.findElement(By.name("to")).getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElements(By.cssSelector("table.audit"))).isEmpty();
    Accessibility.assertNoViolations(browser);

    browser.get(url("/audit?lang=zh&from=31.01.2026"));
    assertThat(browser.findElement(By.id("audit-errors")).getText()).isEqualTo("起始日期（北京时间）：须为日期，如 2026-01-31");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/audit?lang=en&subject=" + UUID.randomUUID()));
    assertThat(browser.findElements(By.id("audit-none"))).as(browser.getPageSource()).hasSize(1);
    assertThat(browser.findElement(By.id("audit-none")).getText())
        .contains("Nothing recorded matches these filters.", "Clear the filters");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void otherStaffAreShownTheirOwnDoor() {
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "verifier1", "demo");
    browser.get(url("/audit?lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not for your role");
    assertThat(browser.findElements(By.cssSelector("a[href='/audit']"))).isEmpty();
  }

  @Test
  void everyActionAndKindHasALabelInBothLanguages() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      for (AuditAction action : actions.all()) {
        assertThat(messages.getMessage("audit.action." + action.name(), null, null, locale)).as(action + " " + locale)
            .isNotBlank();
      }
      for (AuditAction.Category category : AuditAction.Category.values()) {
        assertThat(messages.getMessage("audit.category." + category, null, null, locale)).as(category + " " + locale)
            .isNotBlank();
      }
    }
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
