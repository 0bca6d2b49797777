package org.qualcat.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.qualcat.adjustment.AdjustmentRequestRepository;
import org.qualcat.adjustment.CatalogAdjustmentProcess;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.support.Accessibility;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real browser (headless Chromium) on the selection pages: the secretariat nominates a qualification and requests an
 * adjustment, an authority nominates, follows its own nominations only and supplies what the secretariat asked for;
 * every page in English and Chinese passes an axe-core WCAG 2.1 A/AA audit.
 */
class SelectionPagesBrowserIT extends IntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  NominationRepository nominations;
  @Autowired
  CatalogEntries qualifications;
  @Autowired
  AdjustmentRequestRepository adjustments;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  @Test
  void theSecretariatNominatesOnThePageAndLandsOnTheNominationWithItsProcessStarted() {
    String code = Nominees.newCode();
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "secretariat1", "demo");

    browser.get(url("/?lang=en"));
    chromium.follow(By.id("nominations-card"));
    chromium.await().until(ExpectedConditions.urlContains("/nominations"));
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("new-nomination"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("nomination-form")));
    Accessibility.assertNoViolations(browser);
    fillNomination(browser, code);
    chromium.follow(By.id("submit-nomination"));

    chromium.await().until(ExpectedConditions.urlMatches(".*/nominations/NOM-\\d{4}-\\d{4}$"));
    String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Your nomination was submitted.");
    WebElement status = browser.findElement(By.id("nomination-status"));
    assertThat(status.getDomAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(status.getText()).isEqualTo("Submitted");
    assertThat(browser.findElement(By.id("nomination-step")).getText())
        .isEqualTo("The secretariat checks that the nomination is complete");
    assertThat(browser.findElement(By.id("nomination-lists")).getText())
        .contains("List of International Professional Qualifications", "List of Urgently-in-Demand");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Nominated");
    Accessibility.assertNoViolations(browser);

    ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(CatalogNominationProcess.PROCESS_ID).singleResult();
    assertThat(process).as("the page started catalog-nomination").isNotNull();
    Nomination saved = nominations.findByReference(reference).orElseThrow();
    assertThat(saved.getCode()).isEqualTo(code);
    assertThat(saved.getNominatedBy()).isEqualTo("secretariat1");
    assertThat(saved.getDetails().lists()).containsExactlyInAnyOrder(CatalogList.INTERNATIONAL, CatalogList.URGENT);
    assertThat(saved.getDetails().titleLevel()).isEqualTo(TitleLevel.INTERMEDIATE);
    assertThat(saved.getDetails().verificationChannel()).isEqualTo(VerificationChannel.EMAIL);
    assertThat(saved.getContactEmail()).as("empty: the account's address").isEqualTo("secretariat1@qualcat.example");
    Response api = as("secretariat1").get("/api/nominations/" + reference);
    assertThat(api.json().get("status").asText()).isEqualTo("SUBMITTED");

    browser.get(url("/nominations/" + reference + "?lang=zh"));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh");
    assertThat(browser.findElement(By.id("nomination-status")).getText()).isEqualTo("已提交");
    assertThat(browser.findElement(By.id("nomination-step")).getText()).isEqualTo("秘书处审查提名是否完整");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/nominations?lang=zh"));
    WebElement row = browser.findElement(By.cssSelector("tr[data-reference='" + reference + "']"));
    assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("已提交");
    assertThat(row.getText()).contains("认证数据管理师");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/nominations/new?lang=zh"));
    assertThat(browser.findElement(By.cssSelector("label[for=code]")).getText()).isEqualTo("目录编号");
    Accessibility.assertNoViolations(browser);
  }

  @Test
  void aRefusedNominationSaysWhatIsWrongBesideEachFieldKeepsTheInputAndLeavesNothingBehind() {
    String code = Nominees.newCode();
    long nominationsBefore = nominations.count();
    long processesBefore = nominationProcesses();
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "secretariat1", "demo");

    browser.get(url("/nominations/new?lang=en"));
    fillNomination(browser, code);
    for (WebElement box : browser.findElements(By.cssSelector("#lists input[type=checkbox]"))) {
      if (box.isSelected()) {
        box.click();
      }
    }
    browser.findElement(By.id("contactEmail")).sendKeys("not-an-address@");
    // a browser checks the address itself: send what a script or an older browser would
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "document.getElementById('nomination-form').noValidate = true;");
    chromium.follow(By.id("submit-nomination"));

    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("form-problems")));
    assertThat(browser.getCurrentUrl()).endsWith("/nominations/new");
    assertThat(browser.findElement(By.id("lists-error")).getText()).isEqualTo("Tick at least one list.");
    assertThat(browser.findElement(By.cssSelector("#contactEmail ~ .field-error")).getText())
        .isEqualTo("Give a mail address such as name@example.org, or leave it empty to use your account’s.");
    assertThat(browser.findElement(By.id("code")).getDomProperty("value")).isEqualTo(code);
    assertThat(browser.findElement(By.id("nameEn")).getDomProperty("value")).isEqualTo("Certified Data Steward");
    assertThat(browser.findElement(By.id("justification")).getDomProperty("value"))
        .isEqualTo("Beijing's data-exchange pilot zone needs certified data stewards.");
    assertThat(browser.findElements(By.cssSelector("input[name=titleLevel]:checked"))).singleElement()
        .extracting(e -> e.getDomAttribute("value")).isEqualTo("INTERMEDIATE");
    Accessibility.assertNoViolations(browser);

    // the code of a qualification already in the catalog, in Chinese
    browser.get(url("/nominations/new?lang=zh"));
    fillNomination(browser, "BJ-I-001");
    chromium.follow(By.id("submit-nomination"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("code-error")));
    assertThat(browser.findElement(By.id("code-error")).getText())
        .isEqualTo("该编号的职业资格已在目录中或已被提名：请查看目录和提名列表，或改用其他编号。");
    assertThat(browser.getPageSource()).doesNotContain("already listed");
    Accessibility.assertNoViolations(browser);

    assertThat(nominations.count()).isEqualTo(nominationsBefore);
    assertThat(nominationProcesses()).isEqualTo(processesBefore);
    assertThat(qualifications.find(code)).as("the code is not marked nominated").isEmpty();
  }

  @Test
  void anAuthoritySeesItsOwnNominationsOnlyAndSuppliesWhatTheSecretariatAskedFor() {
    String theirs = as("secretariat1").postJson("/api/nominations", Nominees.body(Nominees.newCode())).json()
        .get("reference").asText();
    String own = as("authority1").postJson("/api/nominations", Nominees.body(Nominees.newCode())).json()
        .get("reference").asText();
    Tasklist.submitForm(as("secretariat1"), "secretariat1", own, CatalogNominationProcess.TASK_CHECK_COMPLETENESS,
        Map.of("completeness", "SUPPLEMENT_NEEDED", "supplementRequest",
            "Send the address of the issuer's online register."));
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "authority1", "demo");

    browser.get(url("/?lang=en"));
    assertThat(browser.findElements(By.id("adjustments-card"))).as("no adjustments for authorities").isEmpty();
    chromium.follow(By.id("nominations-card"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My nominations");
    List<String> listed = browser.findElements(By.cssSelector("#nominations tbody tr")).stream()
        .map(r -> r.getDomAttribute("data-reference")).toList();
    assertThat(listed).contains(own).doesNotContain(theirs);
    assertThat(nominations.findAll().stream().filter(n -> listed.contains(n.getReference()))
        .map(Nomination::getNominatedBy)).containsOnly("authority1");
    Accessibility.assertNoViolations(browser);

    browser.get(url("/nominations/" + own + "?lang=en"));
    assertThat(browser.findElement(By.id("nomination-status")).getText()).isEqualTo("Supplement asked for");
    assertThat(browser.findElement(By.id("supplement-request")).getText())
        .isEqualTo("Send the address of the issuer's online register.");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/nominations/" + own + "?lang=zh"));
    assertThat(browser.findElement(By.id("nomination-status")).getText()).isEqualTo("待补充材料");
    Accessibility.assertNoViolations(browser);
    browser.findElement(By.id("supplement-text")).sendKeys("https://register.example.org/stewards");
    chromium.follow(By.id("send-supplement"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
    assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("补充材料已提交，秘书处将重新审查该提名。");
    assertThat(browser.findElement(By.id("nomination-status")).getDomAttribute("data-status")).isEqualTo("SUBMITTED");
    assertThat(browser.findElement(By.id("nomination-supplement")).getText())
        .isEqualTo("https://register.example.org/stewards");
    assertThat(nominations.findByReference(own).orElseThrow().getSupplement())
        .isEqualTo("https://register.example.org/stewards");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(own)
        .processDefinitionKey(CatalogNominationProcess.PROCESS_ID).singleResult()).isNotNull();

    BrowserSession session = new BrowserSession(port());
    session.signIn("authority1", "demo");
    assertThat(session.getPage("/nominations/" + theirs).statusCode()).as("another's nomination").isEqualTo(404);
    HttpResponse<String> adjustmentsPage = session.getPage("/adjustments?lang=en");
    assertThat(adjustmentsPage.statusCode()).isEqualTo(403);
    assertThat(adjustmentsPage.body()).contains("Not for your role");
    assertThat(session.getPage("/nominations").body()).doesNotContain("href=\"/adjustments\"");
  }

  @Test
  void onlyTheRolesThatDoTheWorkSeeThePages() {
    BrowserSession applicant = new BrowserSession(port());
    applicant.signIn("applicant1", "demo");
    for (String page : List.of("/nominations", "/nominations/new", "/adjustments", "/adjustments/new")) {
      HttpResponse<String> answer = applicant.getPage(page + "?lang=en");
      assertThat(answer.statusCode()).as(page).isEqualTo(403);
      assertThat(answer.body()).as(page).contains("Not for your role");
    }
    assertThat(applicant.getPage("/").body()).doesNotContain("/nominations", "/adjustments");

    BrowserSession committee = new BrowserSession(port());
    committee.signIn("committee1", "demo");
    assertThat(committee.getPage("/nominations").statusCode()).isEqualTo(200);
    assertThat(committee.getPage("/adjustments").statusCode()).isEqualTo(200);
    assertThat(committee.getPage("/nominations").body()).as("the committee reads, never nominates")
        .doesNotContain("id=\"new-nomination\"");
    assertThat(committee.getPage("/nominations/new").statusCode()).isEqualTo(403);
    assertThat(committee.getPage("/adjustments/new").statusCode()).isEqualTo(403);
    assertThat(committee.postForm("/nominations", "/nominations/new", Map.of("code", Nominees.newCode()))
        .statusCode()).isEqualTo(403);
  }

  @Test
  void theSecretariatRequestsAnAdjustmentChoosingTheQualificationByName() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL,
        Set.of(CatalogList.INTERNATIONAL), TitleLevel.NONE, null, PracticeField.NONE);
    long before = adjustments.count();
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "secretariat1", "demo");

    browser.get(url("/?lang=en"));
    chromium.follow(By.id("adjustments-card"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("new-adjustment")));
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("new-adjustment"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("choose-form")));
    Accessibility.assertNoViolations(browser);
    new Select(browser.findElement(By.id("qualification"))).selectByVisibleText("Test qualification " + code);
    chromium.follow(By.id("choose-qualification"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("adjustment-form")));
    assertThat(browser.findElement(By.id("chosen-qualification")).getText()).contains("Test qualification " + code);
    assertThat(browser.findElement(By.id("catalog-now")).getText())
        .contains("List of International Professional Qualifications");
    Accessibility.assertNoViolations(browser);

    // nothing changed: refused, with the sentence beside the lists
    browser.findElement(By.id("justification")).sendKeys("Holders are in urgent demand in the financial sector.");
    chromium.follow(By.id("submit-adjustment"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lists-error")));
    assertThat(browser.findElement(By.id("lists-error")).getText())
        .isEqualTo("This is what the catalog already says: change a list, the title or the skill certificate.");
    assertThat(adjustments.count()).isEqualTo(before);
    Accessibility.assertNoViolations(browser);

    browser.findElement(By.cssSelector("#lists input[value=URGENT]")).click();
    browser.findElement(By.cssSelector("#titleLevel input[value=INTERMEDIATE]")).click();
    chromium.follow(By.id("submit-adjustment"));
    chromium.await().until(ExpectedConditions.urlMatches(".*/adjustments/ADJ-\\d{4}-\\d{4}$"));
    String reference = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(browser.findElement(By.id("notice")).getText())
        .isEqualTo("The adjustment was requested: the committee review has started.");
    assertThat(browser.findElement(By.id("adjustment-status")).getText()).isEqualTo("Under review");
    assertThat(browser.findElement(By.id("adjustment-qualification")).getText()).contains("Test qualification " + code);
    assertThat(browser.findElement(By.id("adjustment-lists")).getText())
        .contains("List of International Professional Qualifications", "List of Urgently-in-Demand");
    Accessibility.assertNoViolations(browser);

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(CatalogAdjustmentProcess.PROCESS_ID).singleResult()).isNotNull();
    Response api = as("committee1").get("/api/adjustments/" + reference);
    assertThat(api.json().get("qualificationCode").asText()).isEqualTo(code);
    assertThat(api.json().get("lists").toString()).contains("INTERNATIONAL", "URGENT");
    assertThat(api.json().get("titleLevel").asText()).isEqualTo("INTERMEDIATE");

    browser.get(url("/adjustments/" + reference + "?lang=zh"));
    assertThat(browser.findElement(By.id("adjustment-status")).getText()).isEqualTo("评审中");
    assertThat(browser.findElement(By.id("adjustment-qualification")).getText()).contains("测试资格 " + code);
    Accessibility.assertNoViolations(browser);
    browser.get(url("/adjustments?lang=zh"));
    assertThat(browser.findElement(By.cssSelector("tr[data-reference='" + reference + "'] td.status")).getText())
        .isEqualTo("评审中");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/adjustments/new?lang=zh"));
    new Select(browser.findElement(By.id("qualification"))).selectByVisibleText("测试资格 " + code);
    Accessibility.assertNoViolations(browser);
    chromium.follow(By.id("choose-qualification"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("adjustment-form")));
    assertThat(browser.findElement(By.id("catalog-now")).getText()).contains("国际职业资格清单").doesNotContain("急需紧缺");
    browser.findElement(By.id("justification")).sendKeys("再次调整。");
    browser.findElement(By.cssSelector("#titleLevel input[value=DEPUTY_SENIOR]")).click();
    chromium.follow(By.id("submit-adjustment"));
    chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.id("form-problems")));
    assertThat(browser.findElement(By.cssSelector("#adjustment-form p.error:not(#form-problems)")).getText())
        .isEqualTo("该职业资格已有调整申请在评审中：请等待其结果。");
    Accessibility.assertNoViolations(browser);
    assertThat(adjustments.count()).isEqualTo(before + 1);
  }

  @Test
  void aNominationBeforeTheCommitteeShowsItsDecisionAndWhatHappenedNamingTheExpertsToStaffOnly() {
    String reference = as("authority1").postJson("/api/nominations", Nominees.body(Nominees.newCode())).json()
        .get("reference").asText();
    Tasklist.submitForm(as("secretariat1"), "secretariat1", reference,
        CatalogNominationProcess.TASK_CHECK_COMPLETENESS, Map.of("completeness", "COMPLETE"));
    Tasklist.submitForm(as("secretariat1"), "secretariat1", reference, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS,
        Map.of("experts", "expert3"));
    Tasklist.submitForm(as("expert3"), "expert3", reference, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION,
        Map.of("recognition", 4, "rigour", 4, "demand", 5, "verifiability", 3, "recommendation", "SUPPORT",
            "comment", "A well-run register."));
    Tasklist.submitForm(as("committee1"), "committee1", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION,
        Map.of("decision", "APPROVE", "votesFor", 5, "votesAgainst", 1, "votesAbstained", 0,
            "resolution", "Included: the pilot zone needs it."));
    WebDriver browser = chromium.start();
    chromium.signIn(url(""), "secretariat1", "demo");

    browser.get(url("/nominations/" + reference + "?lang=en"));
    assertThat(browser.findElement(By.id("nomination-step")).getText()).isEqualTo("Approved and under public notice");
    assertThat(browser.findElement(By.id("decision-text")).getText())
        .isEqualTo("Approved: 5 for, 1 against, 0 abstaining.");
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline).contains("Nominated", "Sent to the committee review", "Expert expert3 asked to score it",
        "An expert scored it 4.0 of 5 on average, in favour", "(expert3)", "A well-run register.",
        "The committee decided: Approved (5 for, 1 against, 0 abstaining)", "Public notice until");
    Accessibility.assertNoViolations(browser);
    browser.get(url("/nominations/" + reference + "?lang=zh"));
    assertThat(browser.findElement(By.id("decision-text")).getText()).isEqualTo("通过：赞成 5 票，反对 1 票，弃权 0 票。");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("一位专家评分，平均 4.0 分（满分 5 分），建议通过");
    Accessibility.assertNoViolations(browser);

    BrowserSession nominator = new BrowserSession(port());
    nominator.signIn("authority1", "demo");
    String page = nominator.getPage("/nominations/" + reference + "?lang=en").body();
    assertThat(page).contains("An expert scored it 4.0 of 5 on average", "Approved: 5 for, 1 against")
        .doesNotContain("expert3", "committee1");
  }

  /** Fills every field of the nomination form with a valid nomination of {@code code}. */
  private static void fillNomination(WebDriver browser, String code) {
    browser.findElement(By.id("code")).sendKeys(code);
    browser.findElement(By.id("nameEn")).sendKeys("Certified Data Steward");
    browser.findElement(By.id("nameZh")).sendKeys("认证数据管理师");
    browser.findElement(By.id("issuingBody")).sendKeys("Data Stewardship Board");
    browser.findElement(By.id("countryRegion")).sendKeys("Singapore");
    browser.findElement(By.id("sector")).sendKeys("Data governance / IT");
    browser.findElement(By.cssSelector("#lists input[value=INTERNATIONAL]")).click();
    browser.findElement(By.cssSelector("#lists input[value=URGENT]")).click();
    browser.findElement(By.cssSelector("#titleLevel input[value=INTERMEDIATE]")).click();
    browser.findElement(By.id("titleSeries")).sendKeys("Engineering");
    browser.findElement(By.cssSelector("#verificationChannel input[value=EMAIL]")).click();
    browser.findElement(By.id("justification"))
        .sendKeys("Beijing's data-exchange pilot zone needs certified data stewards.");
  }

  private long nominationProcesses() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(CatalogNominationProcess.PROCESS_ID).count();
  }

  private String url(String path) {
    return "http://localhost:" + port() + path;
  }
}
