package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;

/**
 * The public catalog in a real browser (headless Chromium), in English and Chinese: no research notes, counts in
 * words and a hint instead of an empty table, only status filters that can match, an edition's change log in words,
 * a layout that fits a 360 px phone, Chinese sectors, notes, edition names and statuses that are not broken a
 * character a line; every page passes a WCAG 2.1 A/AA audit (axe-core) in both languages.
 */
class CatalogPagesBrowserIT extends IntegrationTest {

  /** Words of the sample catalog's research notes (the CSV's source column), which the public never reads. */
  private static final List<String> RESEARCH = List.of("VERIFIED:", "INFERRED:", "japanese.beijing.gov.cn",
      "eyeshenzhen.com", "not confirmed", "NOT verified");

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void thePublicReadsNoResearchNotesButIsToldWhatIsIllustrativeAndStaffStillSeeTheNotes() {
    WebDriver browser = chromium.start();
    for (String lang : List.of("en", "zh")) {
      for (String page : List.of("/catalog", "/catalog/BJ-V-001", "/catalog/BJ-I-001")) {
        browser.get(url(page + "?lang=" + lang));
        assertThat(browser.findElement(By.tagName("main")).getText()).as(page + " in " + lang)
            .doesNotContain(RESEARCH);
      }
      // the page of an INFERRED row says plainly that it is illustrative sample data
      assertThat(browser.findElement(By.id("entry-illustrative")).getText())
          .contains("en".equals(lang) ? "Illustrative sample row" : "示意条目");
    }

    browser.get(url("/catalog/BJ-I-001?lang=en"));
    assertThat(browser.findElements(By.id("entry-research-note"))).isEmpty();
    Accessibility.assertNoViolations(browser);
    browser.get(url("/catalog?lang=en"));
    Accessibility.assertNoViolations(browser);
    chromium.signIn(url(""), "secretariat1", "demo");
    browser.get(url("/catalog/BJ-V-001?lang=en"));
    assertThat(browser.findElement(By.id("entry-research-note")).getText()).startsWith("VERIFIED:")
        .contains("japanese.beijing.gov.cn");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void countsSayOneQualificationAndAnEmptySearchSaysWhatWasSearchedAndHowToWidenIt() {
    WebDriver browser = chromium.start();

    browser.get(url("/catalog?q=cfa&lang=en"));
    assertThat(browser.findElement(By.id("catalog-count")).getText()).isEqualTo("1 qualification");
    browser.get(url("/catalog?q=cfa&lang=zh"));
    assertThat(browser.findElement(By.id("catalog-count")).getText()).isEqualTo("共 1 项职业资格");

    browser.get(url("/catalog?q=nothing-like-this&list=URGENT&lang=en"));
    assertThat(browser.findElement(By.id("catalog-count")).getText()).isEqualTo("No qualifications");
    assertThat(browser.findElements(By.cssSelector("table.catalog"))).isEmpty();
    assertThat(browser.findElement(By.id("empty-search")).getText())
        .contains("No qualification matches your search", "“nothing-like-this”",
            "List of Urgently-in-Demand International Professional Qualifications", "one word");
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("clear-filters"));
    chromium.await().until(d -> d.findElements(By.cssSelector("table.catalog tbody tr")).size() > 1);
    assertThat(browser.findElement(By.name("q")).getDomProperty("value")).isEmpty();

    browser.get(url("/catalog?q=nothing-like-this&lang=zh"));
    assertThat(browser.findElement(By.id("catalog-count")).getText()).isEqualTo("没有职业资格");
    assertThat(browser.findElement(By.id("empty-search")).getText())
        .contains("没有符合搜索条件的职业资格", "“nothing-like-this”", "清除全部筛选条件");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void theStatusFilterOffersOnlyStatusesTheEditionInForceHasAndPointsToTheChangeLogForRemovedOnes() {
    WebDriver browser = chromium.start();
    browser.get(url("/catalog?lang=en"));

    List<String> offered = new Select(browser.findElement(By.id("status-filter"))).getOptions().stream()
        .map(o -> o.getDomAttribute("value")).toList();
    assertThat(offered).containsExactly("", "LISTED", "UNDER_RECTIFICATION");
    String inForce = anonymous().get("/api/catalog/editions").json().get(0).get("code").asText();
    assertThat(browser.findElement(By.cssSelector("#removed-hint a")).getDomAttribute("href"))
        .isEqualTo("/catalog/editions/" + inForce);
    assertThat(browser.findElement(By.id("change-log-link")).getDomAttribute("href"))
        .isEqualTo("/catalog/editions/" + inForce);

    // an old address with a filter that can never match shows the catalog instead of nothing
    browser.get(url("/catalog?status=REMOVED&lang=en"));
    assertThat(browser.findElements(By.cssSelector("table.catalog tbody tr"))).isNotEmpty();
  }

  @Test
  void theEditionPageSaysInWordsWhatTheEditionIsAndWhatItChangedDatedAsTheEdition() {
    WebDriver browser = chromium.start();

    browser.get(url("/catalog/editions/2025?lang=en"));
    assertThat(browser.findElement(By.id("edition-title")).getText()).isEqualTo("2025 Edition");
    assertThat(browser.findElement(By.id("edition-published-on")).getText()).isEqualTo("2025-09-05");
    assertThat(browser.findElement(By.id("edition-released-on")).getText()).isEqualTo("2025-09-12");
    assertThat(browser.findElement(By.id("edition-repeals")).getText()).isEqualTo("Version 1.0 (JRSYF [2024] No. 10)");
    assertThat(browser.findElement(By.id("edition-change-summary")).getText())
        .isEqualTo("Added: 46 · adjusted: 0 · removed: 0");
    List<WebElement> added = browser.findElements(By.cssSelector("#changes-ADDED li"));
    assertThat(added).hasSize(46);
    WebElement cfa = added.stream().filter(li -> li.getText().contains("(BJ-I-001)")).findFirst().orElseThrow();
    assertThat(cfa.getText()).contains("CFA", "2025-09-05", "loaded from a catalog file")
        .doesNotContain("{", "ADDED");
    // the demo's change log is dated as the edition, not the day the demo database was made
    assertThat(browser.findElements(By.cssSelector("#changes-ADDED time"))).extracting(WebElement::getText)
        .containsOnly("2025-09-05");
    assertThat(browser.getPageSource()).doesNotContain("processInstanceId", "\"changes\"");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/catalog/editions/2025?lang=zh"));
    assertThat(browser.findElement(By.id("edition-title")).getText()).isEqualTo("2025年版");
    assertThat(browser.findElement(By.id("edition-change-summary")).getText())
        .isEqualTo("新增 46 项 · 调整 0 项 · 移出 0 项");
    assertThat(browser.findElement(By.cssSelector("#changes-ADDED h3")).getText()).isEqualTo("新增列入（46 项）");
    WebElement cfaZh = browser.findElements(By.cssSelector("#changes-ADDED li")).stream()
        .filter(li -> li.getText().contains("(BJ-I-001)")).findFirst().orElseThrow();
    assertThat(cfaZh.findElement(By.cssSelector(".summary")).getText()).as("the change in Chinese")
        .startsWith("依目录文件 ");
    assertThat(cfaZh.findElement(By.cssSelector(".summary")).getDomAttribute("lang")).isNull();
    Accessibility.assertNoViolations(browser);

    browser.get(url("/catalog/editions/1999?lang=en"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
  }

  @Test
  void chinesePagesShowChineseSectorsNotesAndEditionNamesAndStatusesOnOneLine() {
    WebDriver browser = chromium.start();
    JsonNode inForce = anonymous().get("/api/catalog/editions").json().get(0);
    String inForceName = inForce.hasNonNull("nameZh") ? inForce.get("nameZh").asText() : inForce.get("name").asText();

    browser.get(url("/catalog?q=BJ-I-001&lang=zh"));
    assertThat(browser.findElement(By.id("edition-name")).getText()).startsWith(inForceName + "，自 ");
    WebElement row = browser.findElement(By.cssSelector("table.catalog tbody tr"));
    assertThat(row.findElement(By.cssSelector("td.sector")).getText()).isEqualTo("金融／投资");
    assertStatusOnOneLine(browser);
    browser.get(url("/catalog?lang=zh"));
    assertStatusOnOneLine(browser);

    browser.get(url("/catalog/BJ-V-004?lang=zh"));
    assertThat(browser.findElement(By.id("entry-sector")).getText()).isEqualTo("会计／金融");
    assertThat(browser.findElement(By.id("entry-notes")).getText()).startsWith("职称对应").contains("核验方式为示意");
    assertThat(browser.findElement(By.cssSelector("dd .status")).getText()).isEqualTo("已列入");
    Accessibility.assertNoViolations(browser);

    // English pages keep the English texts
    browser.get(url("/catalog/BJ-V-004?lang=en"));
    assertThat(browser.findElement(By.id("entry-sector")).getText()).isEqualTo("Accounting / finance");
    assertThat(browser.findElement(By.id("entry-notes")).getText()).endsWith("Verification channel is illustrative.");
  }

  @Test
  void onA360PixelPhoneNoPageScrollsSideways() {
    WebDriver browser = chromium.start();
    ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    for (String lang : List.of("en", "zh")) {
      for (String page : List.of("/catalog", "/catalog/BJ-V-001", "/catalog/editions/2025",
          "/catalog?q=nothing-like-this")) {
        browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + lang));
        Number innerWidth = (Number) script(browser).executeScript("return window.innerWidth;");
        Number scrollWidth = (Number) script(browser).executeScript(
            "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
        assertThat(innerWidth.intValue()).isEqualTo(360);
        assertThat(scrollWidth.intValue()).as(page + " in " + lang + " at 360 px").isLessThanOrEqualTo(360);
      }
      // the cards still name each field, and the list passes the audit at this width
      browser.get(url("/catalog?lang=" + lang));
      assertThat(browser.findElement(By.cssSelector("table.catalog tbody tr .cell-label")).isDisplayed()).isTrue();
      assertStatusOnOneLine(browser);
      Accessibility.assertNoViolations(browser);
    }
  }

  /** Every status label of the list is one line high: never a character a line. */
  private static void assertStatusOnOneLine(WebDriver browser) {
    @SuppressWarnings("unchecked")
    List<List<Number>> heights = (List<List<Number>>) script(browser).executeScript(
        "return Array.from(document.querySelectorAll('table.catalog tbody td:last-child')).map(function (td) {"
            + "  var label = td.querySelector('.status') || td;"
            + "  var style = getComputedStyle(label);"
            + "  var line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;"
            + "  var range = document.createRange(); range.selectNodeContents(label);"
            + "  return [range.getBoundingClientRect().height, line];"
            + "});");
    assertThat(heights).isNotEmpty();
    assertThat(heights).allSatisfy(h -> assertThat(h.get(0).doubleValue()).as("status label height vs. its line")
        .isLessThan(h.get(1).doubleValue() * 1.5));
  }

  private static JavascriptExecutor script(WebDriver browser) {
    return (JavascriptExecutor) browser;
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
