package org.qualcat.support;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium ({@link HeadlessChromium}) for one test: started when the test asks for it, quit after the
 * test. Register it with {@code @RegisterExtension final Chromium chromium = new Chromium();}.
 */
public final class Chromium implements AfterEachCallback {

  private WebDriver browser;
  private WebDriverWait wait;

  /** Starts the browser (or skips the test when Chromium is not installed, see {@link HeadlessChromium}). */
  public WebDriver start() {
    return start(null);
  }

  /** Starts a browser whose language is {@code language} (as {@link HeadlessChromium#start(String)}). */
  public WebDriver start(String language) {
    browser = HeadlessChromium.start(language);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    return browser;
  }

  /** Waits up to 30 seconds for a condition. */
  public WebDriverWait await() {
    return wait;
  }

  /**
   * Clicks a link or a form's button that loads a new page, and waits until that page has replaced the one clicked
   * on. A plain {@code click()} may return while the old page is still shown, and a look for something on the new
   * page then fails at random on a busy machine.
   */
  public void follow(WebElement linkOrButton) {
    WebElement page = browser.findElement(By.tagName("html"));
    linkOrButton.click();
    wait.until(ExpectedConditions.stalenessOf(page));
    wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
  }

  /** {@link #follow(WebElement)} on the element found by {@code what}. */
  public void follow(By what) {
    follow(browser.findElement(what));
  }

  /** Signs in on Qualcat's login page at {@code origin} ({@code http://localhost:port}), in English. */
  public void signIn(String origin, String user, String password) {
    signInOn(origin + "/login?lang=en", user, password);
  }

  /** Signs in on Qualcat's login page at {@code loginPage} (its address, with or without a language). */
  public void signInOn(String loginPage, String user, String password) {
    browser.get(loginPage);
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    follow(By.cssSelector("form.stacked button[type=submit]"));
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }
}
