package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualcat.process.TasklistFilters;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing out of the Tasklist in a real browser (headless Chromium): the Tasklist's own "Log out" signs the user out
 * of Qualcat too, and the Tasklist's sign-in form, which it shows next, signs the next person in.
 */
class WebappSignOutBrowserIT extends IntegrationTest {

  private static final By SIGN_IN_FORM = By.cssSelector("input[ng-model=username]");
  private static final String EXPERTS_FILTER = TasklistFilters.groupFilterName(Roles.EXPERTS);

  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void theTasklistsLogOutSignsOutOfQualcatAndItsSignInFormSignsTheNextPersonIn() {
    WebDriver browser = chromium.start();
    WebDriverWait wait = chromium.await();
    String first = expert();
    String next = expert();
    chromium.signIn(url(""), first, "right-password");
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(d -> d.getPageSource().contains(EXPERTS_FILTER));

    // the menu item sits in a drop-down; a click by script is what a user's click on it does
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        browser.findElement(By.cssSelector("li.logout a")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(SIGN_IN_FORM));

    assertThat(lastSignInLine(first, "LOGOUT")).isEqualTo("webapp");
    browser.findElement(SIGN_IN_FORM).sendKeys(next);
    browser.findElement(By.cssSelector("input[type=password]")).sendKeys("right-password");
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(d -> d.getPageSource().contains(EXPERTS_FILTER) && d.findElements(SIGN_IN_FORM).isEmpty());

    assertThat(lastSignInLine(next, "LOGIN_SUCCEEDED")).isEqualTo("webapp");
    browser.get(url("/camunda/app/tasklist/default/"));
    wait.until(d -> d.getPageSource().contains(EXPERTS_FILTER));
    assertThat(browser.getCurrentUrl()).as("signed in to Qualcat: no detour by the login page")
        .contains("/camunda/app/tasklist/");
    assertThat(browser.getPageSource()).contains(next).doesNotContain(first);
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
