package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;

/**
 * The Tasklist in a real browser (headless Chromium) speaks the browser's language, Chinese or English, unless the
 * user chose one on Qualcat's pages; its filters are named in both. Cockpit speaks Chinese to a Chinese browser too.
 */
class WebappsChineseBrowserIT extends IntegrationTest {

  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String COCKPIT = "/camunda/app/cockpit/default/";
  private static final String EXPERTS_FILTER = TasklistFilters.groupFilterName(Roles.EXPERTS);

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void aChineseBrowserGetsTheTasklistInChineseWithItsFiltersNamedInBothLanguages() {
    WebDriver browser = chromium.start("zh-CN");
    chromium.signInOn(url("/login"), "expert1", "demo");

    String page = openTasklist(browser, "启动流程");

    assertThat(page).contains("创建任务", "我的任务", EXPERTS_FILTER).doesNotContain("Start process", "Create task");
    assertThat(EXPERTS_FILTER).contains("专家评审").contains("Expert review");
    assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
        .as("the page says which language it is in").isEqualTo("zh");
  }

  @Test
  void anEnglishBrowserGetsEnglishUntilChineseIsChosenOnQualcatsPages() {
    WebDriver browser = chromium.start("en-US");
    chromium.signInOn(url("/login"), "expert1", "demo");

    assertThat(openTasklist(browser, "Start process")).contains("Create task", EXPERTS_FILTER)
        .doesNotContain("启动流程");

    browser.get(url("/catalog?lang=zh"));
    assertThat(openTasklist(browser, "启动流程")).as("the choice made on Qualcat's pages").contains("创建任务")
        .doesNotContain("Start process");
  }

  @Test
  void aChineseBrowserGetsCockpitInChinese() {
    WebDriver browser = chromium.start("zh-CN");
    chromium.signInOn(url("/login"), "admin", "demo");

    browser.get(url(COCKPIT));
    chromium.await().until(d -> d.findElement(By.tagName("body")).getText().contains("运行中的流程实例"));
    String page = browser.findElement(By.tagName("body")).getText();

    assertThat(page).contains("流程", "决策", "部署", "未解决的事故")
        .doesNotContain("Running Process Instances", "Deployments", "Open Incidents");
    assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang"))
        .as("the page says which language it is in").isEqualTo("zh");
  }

  /** Opens the Tasklist and waits until it shows {@code text} (its own words and the filters have loaded). */
  private String openTasklist(WebDriver browser, String text) {
    browser.get(url(TASKLIST));
    WebDriverWait wait = chromium.await();
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text)
        && d.getPageSource().contains(EXPERTS_FILTER));
    return browser.findElement(By.tagName("body")).getText();
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
