package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing out of the Tasklist in a real browser (headless Chromium): the Tasklist's own "Log out" signs the user out
 * of Qualcat too and lands on Qualcat's signed-out page, never on the webapp's own sign-in form; the next person signs
 * in on Qualcat's login page, which the Tasklist's address now leads to, and gets the Tasklist as themselves.
 */
class WebappSignOutBrowserIT extends IntegrationTest {

  private static final By WEBAPP_SIGN_IN_FORM = By.cssSelector("input[ng-model=username]");
  private static final String EXPERTS_FILTER = TasklistFilters.groupFilterName(Roles.EXPERTS);
  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void theTasklistsLogOutSignsOutOfQualcatAndLandsOnQualcatsSignedOutPage() {
    WebDriver browser = chromium.start();
    WebDriverWait wait = chromium.await();
    String first = expert();
    String next = expert();
    chromium.signIn(url(""), first, "right-password");
    browser.get(url(TASKLIST));
    wait.until(d -> d.getPageSource().contains(EXPERTS_FILTER));

    // the menu item sits in a drop-down; a click by script is what a user's click on it does
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        browser.findElement(By.cssSelector("li.logout a")));
    wait.until(ExpectedConditions.urlToBe(url("/?signedOut")));

    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("You are signed out.");
    assertThat(browser.findElements(WEBAPP_SIGN_IN_FORM)).as("not the webapp's sign-in form").isEmpty();
    assertThat(lastSignInLine(first, "LOGOUT")).isEqualTo("webapp");

    browser.get(url(TASKLIST));
    wait.until(ExpectedConditions.urlContains("/login"));
    assertThat(browser.findElements(By.id("username"))).as("Qualcat's login page").hasSize(1);
    chromium.signIn(url(""), next, "right-password");
    browser.get(url(TASKLIST));
    ExpectedCondition<Boolean> nextAtWork = d -> d.getPageSource().contains(EXPERTS_FILTER)
        && d.getPageSource().contains(next);
    try {
      wait.until(nextAtWork);
    } catch (TimeoutException slow) {
      // the Tasklist's scripts load slowly under the whole suite's load: once more, as a person would
      browser.navigate().refresh();
      wait.until(nextAtWork);
    }

    assertThat(browser.getCurrentUrl()).contains(TASKLIST);
    assertThat(browser.getPageSource()).contains(next).doesNotContain(first);
    assertThat(browser.findElements(WEBAPP_SIGN_IN_FORM)).isEmpty();
  }

  /** An expert of its own: the sign-in throttle and the audit lines are then this test's alone. */
  private String expert() {
    String id = "wb" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(id);
    user.setFirstName(id);
    user.setPassword("right-password");
    identity.saveUser(user);
    identity.createMembership(id, Roles.EXPERTS);
    return id;
  }

  private String lastSignInLine(String user, String action) {
    return jdbc.queryForObject("select details from audit_entry where id = (select max(id) from audit_entry "
        + "where action = ? and subject = ?)", String.class, action, user);
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
