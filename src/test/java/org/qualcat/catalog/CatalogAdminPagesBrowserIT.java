package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.qualcat.process.BureauTime;
import org.qualcat.support.Accessibility;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real browser (headless Chromium): the secretariat loads a catalog file on its page and reads the report (refused
 * rows in words), reads what the draft edition changes, and publishes it after a confirmation, in English and Chinese;
 * every page passes an axe-core WCAG 2.1 A/AA audit. Other roles are turned away.
 */
class CatalogAdminPagesBrowserIT extends IntegrationTest {

  private static final String HEADER =
      "code,name_en,name_zh,issuing_body,country_region,sector,lists,title_level,practice_field,verification_channel\n";

  @Autowired
  CatalogImport catalogImport;
  @Autowired
  CatalogQueries queries;
  @Autowired
  QualificationRepository qualifications;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  private final String prefix = "PG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  @Test
  void theSecretariatLoadsACatalogFileAndReadsTheReportWithEveryRefusedRowInWords() {
    String bad = HEADER
        + prefix + "001,Good one,好,Issuer,USA,IT,INTERNATIONAL,NONE,NONE,EMAIL\n"
        + prefix + "002,Bad list,坏,Issuer,USA,IT,PLATINUM,NONE,NONE,EMAIL\n";
    String good = HEADER
        + prefix + "001,Certified Page Engineer,认证页面工程师,Page Institute,USA,Engineering,INTERNATIONAL,NONE,NONE,EMAIL\n"
        + prefix + "002,Chartered Page Accountant,特许页面会计师,Page Society,UK,Accounting,URGENT,NONE,NONE,EMAIL\n";
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "secretariat1", "demo");

    browser.get(url("/catalog-admin/import?lang=en"));
    Accessibility.assertNoViolations(browser);
    upload(browser, "catalog.csv", bad);
    assertThat(browser.findElement(By.cssSelector("#import-rejected h2")).getText())
        .isEqualTo("1 of 2 rows have problems; nothing was imported.");
    assertThat(browser.findElement(By.cssSelector("#refused-rows tr[data-row='3'] td.reason")).getText())
        .isEqualTo("The column “lists” (lists) names “PLATINUM”, which is not a list of the catalog (see the file "
            + "format).");
    assertThat(qualifications.existsById(prefix + "001")).as("nothing imported").isFalse();
    Accessibility.assertNoViolations(browser);

    chromium.follow(By.id("format-link"));
    chromium.await().until(ExpectedConditions.urlContains("/catalog-admin/import/format"));
    assertThat(browser.findElement(By.id("format-columns")).getText()).contains("name_en", "verification_channel");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/catalog-admin/import?lang=zh"));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
    Accessibility.assertNoViolations(browser);
    upload(browser, "catalog.csv", bad);
    assertThat(browser.findElement(By.cssSelector("#refused-rows tr[data-row='3'] td.reason")).getText())
        .isEqualTo("“所属清单”列（lists）中的“PLATINUM”不是目录中的清单（见文件格式）。");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/catalog-admin/import/format"));
    Accessibility.assertNoViolations(browser);

    browser.get(url("/catalog-admin/import"));
    upload(browser, "good catalog.csv", good);
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
    assertThat(browser.findElement(By.id("import-counts")).getText()).isEqualTo("文件共 2 行：新增 2 项，修改 0 项，未变 0 项。");
    assertThat(qualifications.findById(prefix + "002")).get().extracting(Qualification::getStatus)
        .isEqualTo(QualificationStatus.LISTED);
    Accessibility.assertNoViolations(browser);
    browser.get(url("/catalog-admin/import?lang=en"));
    assertThat(browser.findElements(By.id("import-report"))).as("the report is shown once, after the redirect")
        .isEmpty();
  }

  @Test
  void theDraftShowsItsChangesAndPublishingThroughThePageMakesTheNewEditionTheLaw() {
    catalogImport.importFile(new StringReader(HEADER
        + prefix + "101,Certified Draft Surveyor,认证草案测量师,Survey Board,Canada,Surveying,INTERNATIONAL,NONE,NONE,EMAIL\n"),
        "draft-test.csv", "secretariat1");
    String code = prefix + "101";
    String edition = prefix.substring(0, prefix.length() - 1);
    LocalDate today = BureauTime.today(Clock.systemUTC());
    LocalDate inForceSince = queries.publishedEditions().get(0).publishedOn();
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "secretariat1", "demo");

    browser.get(url("/catalog-admin/draft?lang=en"));
    WebElement added = browser.findElement(By.cssSelector("#changes-added tr[data-code='" + code + "']"));
    assertThat(added.getText()).contains("Certified Draft Surveyor", "import ", "draft-test.csv", "secretariat1");
    assertThat(browser.findElement(By.id("in-force")).getText()).startsWith("Compared with the edition in force: ");
    Accessibility.assertNoViolations(browser);

    fillPublishForm(browser, edition, today.plusDays(1));
    assertThat(browser.findElement(By.id("publishedOn-error")).getText()).isEqualTo("The date of issuance must be from "
        + inForceSince + " (the date of the edition in force) to today (" + today + "): an edition is in force from "
        + "the day it is issued.");
    assertThat(browser.findElement(By.id("code")).getDomProperty("value")).as("what was typed is kept")
        .isEqualTo(edition);
    assertThat(queries.publishedEditions()).extracting(EditionView.Summary::code).doesNotContain(edition);
    Accessibility.assertNoViolations(browser);

    browser.get(url("/catalog-admin/draft?lang=zh"));
    Accessibility.assertNoViolations(browser);
    fillPublishForm(browser, edition, today.plusDays(1));
    assertThat(browser.findElement(By.id("publishedOn-error")).getText()).isEqualTo("印发日期须在 " + inForceSince
        + "（现行版本的日期）至今天（" + today + "）之间：版本自印发之日起施行。");
    Accessibility.assertNoViolations(browser);

    fillPublishForm(browser, edition, today);
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-warning")));
    assertThat(browser.findElement(By.cssSelector("#changes-added tr[data-code='" + code + "']"))).isNotNull();
    assertThat(queries.publishedEditions()).as("nothing published before the confirmation")
        .extracting(EditionView.Summary::code).doesNotContain(edition);
    Accessibility.assertNoViolations(browser);
    browser.get(url("/catalog-admin/draft?lang=en"));
    fillPublishForm(browser, edition, today);
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-warning")));
    assertThat(browser.findElement(By.id("confirm-warning")).getText())
        .startsWith("This becomes the law the public sees").contains("the verification cases in flight of every "
            + "qualification it removes end");
    Accessibility.assertNoViolations(browser);

    chromium.follow(By.id("publish-confirm"));
    chromium.await().until(ExpectedConditions.urlContains("/catalog-admin/editions/" + edition));
    assertThat(browser.findElement(By.id("published-notice")).getText())
        .startsWith("Page test edition " + edition + " is published and is the edition in force from " + today);
    Accessibility.assertNoViolations(browser);
    assertThat(queries.publishedEditions().get(0).code()).isEqualTo(edition);

    chromium.follow(By.id("public-catalog"));
    chromium.await().until(ExpectedConditions.urlContains("/catalog"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Page test edition " + edition);
    assertThat(queries.entry(code).nameEn()).isEqualTo("Certified Draft Surveyor");

    browser.get(url("/catalog-admin/editions/" + edition + "?lang=zh"));
    assertThat(browser.findElement(By.id("published-notice")).getText()).contains("自 " + today + " 起为现行版本");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void onlyTheSecretariatPublishesAndOnlyTheSecretariatAndAdministratorsImport() {
    BrowserSession monitor = new BrowserSession(port());
    monitor.signIn("monitor1", "demo");
    assertThat(monitor.getPage("/catalog-admin/draft").statusCode()).isEqualTo(403);
    assertThat(monitor.getPage("/catalog-admin/import").statusCode()).isEqualTo(403);
    assertThat(monitor.getPage("/").body()).doesNotContain("/catalog-admin/");

    BrowserSession admin = new BrowserSession(port());
    admin.signIn("admin", "demo");
    assertThat(admin.getPage("/catalog-admin/import").statusCode()).isEqualTo(200);
    assertThat(admin.getPage("/catalog-admin/draft").statusCode()).isEqualTo(403);
    assertThat(admin.postForm("/catalog-admin/import", "/catalog-admin/draft/publish",
        Map.of("code", "X1", "name", "Not by an administrator")).statusCode()).isEqualTo(403);
    assertThat(admin.getPage("/").body()).contains("href=\"/catalog-admin/import\"")
        .doesNotContain("href=\"/catalog-admin/draft\"");

    BrowserSession secretariat = new BrowserSession(port());
    secretariat.signIn("secretariat1", "demo");
    assertThat(secretariat.getPage("/").body()).contains("href=\"/catalog-admin/draft\"");

    BrowserSession anonymous = new BrowserSession(port());
    assertThat(anonymous.getPage("/catalog-admin/import").statusCode()).as("to the login page").isEqualTo(302);
  }

  private void upload(WebDriver browser, String name, String csv) {
    browser.findElement(By.id("file")).sendKeys(TestFiles.onDisk(name, csv.getBytes(StandardCharsets.UTF_8)));
    chromium.follow(By.id("import-submit"));
    chromium.await().until(ExpectedConditions.or(
        ExpectedConditions.presenceOfElementLocated(By.id("import-rejected")),
        ExpectedConditions.presenceOfElementLocated(By.id("import-report"))));
  }

  /** The publish form filled in, its date of issuance set as a date picker sets it, and sent. */
  private void fillPublishForm(WebDriver browser, String edition, LocalDate publishedOn) {
    WebElement code = browser.findElement(By.id("code"));
    code.clear();
    code.sendKeys(edition);
    WebElement name = browser.findElement(By.id("name"));
    name.clear();
    name.sendKeys("Page test edition " + edition);
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
        browser.findElement(By.id("publishedOn")), publishedOn.toString());
    chromium.follow(By.id("publish-review"));
    chromium.await().until(ExpectedConditions.or(
        ExpectedConditions.presenceOfElementLocated(By.id("publishedOn-error")),
        ExpectedConditions.presenceOfElementLocated(By.id("confirm-warning"))));
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
