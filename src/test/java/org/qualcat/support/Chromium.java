package org.qualcat.support;

import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
    // a page that reloads itself (a bulk submission's progress once it is done) may replace an element between a
    // wait's finding it and its reading it: look again rather than fail
    wait.ignoring(StaleElementReferenceException.class);
    return browser;
  }

  /** Waits up to 30 seconds for a condition, finding its elements again when the page has replaced them. */
  public WebDriverWait await() {
    return wait;
  }

  /**
   * Clicks a link or a form's button that loads a new page, and waits until that page has replaced the one clicked
   * on. A plain {@code click()} may return while the old page is still shown, and a look for something on the new
   * page then fails at random on a busy machine.
   *
   * <p>The old page is marked with a script variable that the new page's window does not have. Watching an element
   * of the old page go stale instead is not reliable: while the page is being replaced, Chromium 156 may answer a
   * question about that element with "Node with given id does not belong to the document" rather than "stale".
   */
  public void follow(WebElement linkOrButton) {
    ((JavascriptExecutor) browser).executeScript("window." + OLD_PAGE + " = true");
    linkOrButton.click();
    wait.until(Chromium::replaced);
  }

  private static final String OLD_PAGE = "qualcatPageFollowedFrom";

  private static boolean replaced(WebDriver browser) {
    try {
      return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
          "return window." + OLD_PAGE + " === undefined && document.readyState === 'complete'"));
    } catch (WebDriverException betweenPages) {
      // a script sent while one page unloads and the next loads may find no document to run in: ask again
      return false;
    }
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
