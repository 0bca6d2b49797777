package org.qualcat.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;

/**
 * The administrators' employers page in headless Chromium: a refused registration says why beside the field, in the
 * page's language; a registered organisation gets HR staff and loses them; the page passes the WCAG 2.1 AA audit, and
 * is not for other roles.
 */
class EmployerPagesBrowserIT extends IntegrationTest {

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void anAdministratorRegistersAnOrganisationAndNamesItsHrStaff() {
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "admin", "demo");
    browser.get(url("/employers?lang=zh"));
    assertThat(browser.findElement(By.cssSelector("tr[data-credit-code='91110105MA01QC4T79']")).getText())
        .contains("hr1", "hr2");
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.id("creditCode")).sendKeys("91110105MA01QC4T78");
    browser.findElement(By.id("name")).sendKeys("Chaoyang Design Studio Ltd");
    new Select(browser.findElement(By.id("region"))).selectByValue("BEIJING");
    chromium.follow(By.id("register-button"));
    assertThat(browser.findElement(By.id("creditCode-problem")).getText())
        .isEqualTo("这不是有效的统一社会信用代码：代码共18位，最后一位是校验码。");
    assertThat(browser.findElement(By.id("name")).getDomProperty("value")).as("what was typed stays")
        .isEqualTo("Chaoyang Design Studio Ltd");
    Accessibility.assertNoViolations(browser);

    String code = CreditCodeTest.withCheck("91110105MA0" + UUID.randomUUID().toString().replaceAll("[^0-9]", "")
        .substring(0, 6));
    browser.get(url("/employers?lang=en"));
    browser.findElement(By.id("creditCode")).sendKeys(code);
    browser.findElement(By.id("name")).sendKeys("Chaoyang Design Studio Ltd");
    new Select(browser.findElement(By.id("region"))).selectByValue("BEIJING");
    chromium.follow(By.id("register-button"));
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Chaoyang Design Studio Ltd is registered.");

    browser.findElement(By.id("userId-" + code)).sendKeys("verifier1");
    chromium.follow(browser.findElement(By.id("org-" + code)).findElement(By.cssSelector("form.add-member button")));
    assertThat(browser.findElement(By.id("problem")).getText())
        .isEqualTo("This user holds another role on the platform; an employer's HR staff need an account of their "
            + "own.");

    String hr = user();
    browser.findElement(By.id("userId-" + code)).sendKeys(hr);
    chromium.follow(browser.findElement(By.id("org-" + code)).findElement(By.cssSelector("form.add-member button")));
    assertThat(browser.findElement(By.id("notice")).getText())
        .isEqualTo(hr + " is now HR staff of Chaoyang Design Studio Ltd.");
    WebElement member = browser.findElement(By.cssSelector("#org-" + code + " li[data-user='" + hr + "']"));
    assertThat(member.getText()).contains("Test HR (" + hr + ")");
    Accessibility.assertNoViolations(browser);

    chromium.follow(member.findElement(By.tagName("button")));
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo(hr + " is no longer HR staff.");
    assertThat(browser.findElements(By.cssSelector("#org-" + code + " li[data-user]"))).isEmpty();
  }

  @Test
  void thePageIsTheAdministratorsOnly() {
    for (String user : List.of("hr1", "verifier1", "secretariat1")) {
      WebDriver browser = chromium.start();
      chromium.signIn(url(""), user, "demo");
      browser.get(url("/employers?lang=en"));
      assertThat(browser.findElement(By.tagName("h1")).getText()).as(user).isEqualTo("Not for your role");
      browser.quit();
    }
  }

  private String user() {
    return newUser("hrt", "HR");
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
