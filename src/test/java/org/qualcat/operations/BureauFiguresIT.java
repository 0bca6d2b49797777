package org.qualcat.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.Accessibility;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bureau's figures (issue 15): every chart drawn in Chromium from its table, the tables' numbers those the
 * database holds, each downloadable as CSV; staff only; no WCAG 2.1 A/AA violation (axe-core).
 */
class BureauFiguresIT extends IntegrationTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @BeforeEach
  void aCaseThisWeekAndAVerifiedResult() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER);
    VerificationFixtures.verifiedThroughRegister(as("applicant1"), processEngine, VerificationFixtures.requestBody(
        code, VerificationFixtures.certificate(), VerificationFixtures.document()));
    as("applicant1").submitCase(VerificationFixtures.requestBody(code, VerificationFixtures.certificate(),
        VerificationFixtures.document()));
  }

  @Test
  void everyChartIsDrawnFromATableWhoseNumbersAreTheDatabases() throws IOException {
    WebDriver browser = chromium.start();
    chromium.signIn(origin(), "verifier1", "demo");

    browser.get(origin() + "/figures?lang=zh");

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("业务统计");
    List<WebElement> charts = browser.findElements(By.cssSelector(".chart"));
    assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
    chromium.await().until(d -> d.findElements(By.cssSelector(".chart[data-drawn]")).size() == charts.size());
    for (WebElement chart : charts) {
      assertThat(chart.findElements(By.tagName("canvas"))).as(chart.getDomAttribute("data-table")).isNotEmpty();
      assertThat(chart.getDomAttribute("aria-label")).as("a text for those who cannot see it").isNotBlank();
    }
    Accessibility.assertNoViolations(browser);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "figures-sample.png"),
        ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES)); // to look at

    LocalDate monday = LocalDate.now(BEIJING).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Timestamp since = Timestamp.from(monday.atStartOfDay(BEIJING).toInstant());
    for (WebElement cell : browser.findElements(By.cssSelector("tr[data-week='" + monday + "'] td[data-status]"))) {
      long expected = jdbc.queryForObject("select count(*) from verification_case where submitted_at >= ? and "
          + "status = ?", Long.class, since, cell.getDomAttribute("data-status"));
      assertThat(Long.parseLong(cell.getText())).as(cell.getDomAttribute("data-status")).isEqualTo(expected);
    }
    assertThat(Long.parseLong(browser.findElement(By.cssSelector("tr[data-week='" + monday + "'] td.total"))
        .getText())).isEqualTo(jdbc.queryForObject("select count(*) from verification_case where submitted_at >= ?",
            Long.class, since)).isPositive();

    List<Double> days = new ArrayList<>();
    jdbc.query("select submitted_at, result_issued_at from verification_case where result_issued_at is not null "
        + "and check_channel = 'ONLINE_REGISTER'", row -> {
          days.add(Duration.between(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()).toMinutes()
              / (24.0 * 60));
        });
    days.sort(Double::compare);
    List<WebElement> online = browser.findElements(By.cssSelector("#table-days-by-channel tr[data-key='ONLINE_REGISTER'] td"));
    assertThat(Integer.parseInt(online.get(0).getText())).isEqualTo(days.size());
    assertThat(Double.parseDouble(online.get(1).getText())).isEqualTo(
        Math.round(days.get((int) Math.ceil(days.size() / 2.0) - 1) * 10) / 10.0);

    String latest = jdbc.queryForObject("select code from catalog_edition where status = 'PUBLISHED' order by "
        + "published_on desc, id desc limit 1", String.class);
    List<WebElement> changes = browser.findElements(By.cssSelector("tr[data-edition='" + latest + "'] td"));
    assertThat(Long.parseLong(changes.get(1).getText())).as("added in the latest edition").isEqualTo(jdbc.queryForObject(
        "select count(*) from edition_change e join catalog_edition c on c.id = e.edition_id where c.code = ? and "
            + "e.change_type = 'ADDED'", Long.class, latest));

    List<WebElement> verifiers = browser.findElements(By.cssSelector("tr[data-group='verifiers'] td"));
    assertThat(Long.parseLong(verifiers.get(0).getText())).as("the verifiers' open tasks").isEqualTo(
        jdbc.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ "
            + "where l.TYPE_ = 'candidate' and l.GROUP_ID_ = 'verifiers' and t.SUSPENSION_STATE_ = 1", Long.class));
  }

  @Test
  void eachChartsNumbersDownloadAsCsvInTheReadersLanguage() throws IOException {
    BrowserSession session = new BrowserSession(port());
    session.signIn("monitor1", "demo");

    for (String chart : FiguresPages.CHARTS) {
      HttpResponse<byte[]> csv = session.getBytes("/figures/" + chart + ".csv?lang=zh");
      assertThat(csv.statusCode()).as(chart).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("qualcat-" + chart + ".csv");
      List<String[]> rows = TestFiles.csvRows(csv.body());
      assertThat(rows).as(chart).isNotEmpty();
      if (chart.equals("cases-per-week")) {
        assertThat(rows.get(0)[0]).isEqualTo("周（起始日）");
        assertThat(rows).hasSize(1 + BureauFigures.WEEKS);
        long total = rows.stream().skip(1).mapToLong(r -> Long.parseLong(r[r.length - 1])).sum();
        LocalDate first = LocalDate.now(BEIJING).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(BureauFigures.WEEKS - 1);
        assertThat(total).isEqualTo(jdbc.queryForObject("select count(*) from verification_case where "
            + "submitted_at >= ?", Long.class, Timestamp.from(first.atStartOfDay(BEIJING).toInstant())));
      }
    }
    assertThat(session.getBytes("/figures/no-such-chart.csv").statusCode()).isEqualTo(404);
  }

  @Test
  void theFiguresAreForStaffOnly() {
    BrowserSession applicant = new BrowserSession(port());
    applicant.signIn("applicant1", "demo");
    assertThat(applicant.getPage("/figures").statusCode()).isEqualTo(403);
    assertThat(applicant.getBytes("/figures/cases-per-week.csv").statusCode()).isEqualTo(403);
    BrowserSession expert = new BrowserSession(port());
    expert.signIn("expert1", "demo");
    assertThat(expert.getPage("/figures").statusCode()).isEqualTo(403);
    assertThat(new BrowserSession(port()).getPage("/figures").statusCode()).as("anonymous: to the sign-in")
        .isIn(302, 401);
  }

  private String origin() {
    return "http://localhost:" + port();
  }
}
