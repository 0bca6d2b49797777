package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.TestFiles;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The applicant portal at the HTTP level: pages in English and Chinese, forms with their CSRF token. */
class VerificationPortalIT extends IntegrationTest {

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  RuntimeService runtime;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void anApplicantSubmitsACaseOnTheFormAndFollowsItInBothLanguages() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    BrowserSession browser = signedIn("applicant1");
    assertThat(browser.get("/verification/new").body()).contains("value=\"" + code + "\"");

    HttpResponse<String> posted = submitForm(browser, "/verification/new", form(code));

    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    String location = posted.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/verification/cases/BJV-\\d{4}-\\d{6}");
    String reference = location.substring(location.lastIndexOf('/') + 1);
    String page = browser.get("/verification/cases/" + reference + "?lang=en").body();
    assertThat(page).contains("Your case was submitted.").contains("data-status=\"SUBMITTED\"")
        .contains("Waiting for a verification officer to accept the case").contains("Case submitted");
    assertThat(browser.get("/verification/cases/" + reference + "?lang=zh").body()).contains("等待核验人员受理")
        .contains("提交申请");
    assertThat(browser.get("/verification").body()).contains(reference).contains("等待核验人员受理");
  }

  @Test
  void staffWhoAreNotVerifiersAreNotSentToAnEmptyCaseList() {
    BrowserSession secretariat = signedIn("secretariat1");
    assertThat(secretariat.get("/catalog?lang=en").body()).doesNotContain("href=\"/verification\"");
    HttpResponse<String> cases = secretariat.getPage("/verification?lang=en");
    assertThat(cases.statusCode()).isEqualTo(403);
    assertThat(cases.body()).contains("Not for your role").doesNotContain("Something went wrong");
    assertThat(secretariat.getPage("/verification?lang=zh").body()).contains("您的角色无权访问此页");

    assertThat(signedIn("verifier1").get("/catalog?lang=en").body()).contains("href=\"/verification\"");
    assertThat(signedIn("applicant1").get("/catalog?lang=en").body()).contains("href=\"/verification\"");
    HttpResponse<String> tasklist = signedIn("applicant1").getPage("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(403);
    assertThat(tasklist.body()).as("an applicant at the staff's door").contains("Not for your role");
  }

  @Test
  void theFormShowsWhatIsWrongAndKeepsNothing() {
    String removed = fixtures.listed(VerificationChannel.EMAIL);
    fixtures.remove(removed);
    BrowserSession browser = signedIn("applicant1");
    long before = repository.count();
    Map<String, String> future = form(fixtures.listed(VerificationChannel.EMAIL));
    future.put("certificateIssuedOn", etaIn(5).toString());
    future.put("holderDocumentNumber", "P1");

    HttpResponse<String> refused = submitForm(browser, "/verification/new", future);
    HttpResponse<String> notListed = submitForm(browser, "/verification/new?lang=zh", form(removed));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("must not be in the future").contains("must have 5 to 20 letters and digits");
    assertThat(notListed.statusCode()).isEqualTo(200);
    assertThat(notListed.body()).contains("该职业资格已移出目录");
    assertThat(repository.count()).isEqualTo(before);
  }

  @Test
  void chinesePagesSayWhatIsWrongInChinese() {
    BrowserSession browser = signedIn("applicant1");
    assertThat(browser.get("/verification/new?lang=zh").statusCode()).isEqualTo(200);
    Map<String, String> wrong = form(fixtures.listed(VerificationChannel.EMAIL));
    wrong.put("certificateIssuedOn", etaIn(5).toString());
    wrong.put("holderDocumentNumber", "P1");
    wrong.put("holderName", " ");
    wrong.put("certificateNumber", "#1");

    String refused = submitForm(browser, "/verification/new", wrong).body();

    assertThat(refused).contains("不能晚于今天").contains("须为 5 至 20 位字母和数字").contains("请填写此项")
        .contains("只能包含字母、数字、空格、点、斜杠或连字符").doesNotContain("must not be in the future");

    String document = document();
    Map<String, String> twice = form(fixtures.listed(VerificationChannel.EMAIL));
    twice.put("holderDocumentNumber", document);
    String location = submitForm(browser, "/verification/new", twice).headers()
        .firstValue("Location").orElseThrow();
    String reference = location.substring(location.lastIndexOf('/') + 1);
    assertThat(submitForm(browser, "/verification/new", twice).body())
        .contains("您已有该证书的未结案件：" + reference);

    complete(task(VerificationProcess.TASK_ACCEPT_CASE, instance(reference)), withVariables(
        VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REQUEST_SUPPLEMENT,
        VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Which chapter?"));
    String page = "/verification/cases/" + reference;
    assertThat(browser.postForm(page, page + "/supplement", Map.of("note", " ")).statusCode()).isEqualTo(302);
    assertThat(browser.get(page).body()).contains("您的答复: 请填写此项");
    assertThat(browser.postForm(page, page + "/withdraw", Map.of()).statusCode()).isEqualTo(302);
    assertThat(browser.get(page).body()).contains("data-status=\"WITHDRAWN\"");
    assertThat(browser.postFormAsIs(page + "/withdraw", Map.of("_csrf", browser.csrfToken("/verification/new")))
        .statusCode()).as("withdrawn twice").isEqualTo(302);
    assertThat(browser.get(page).body()).contains("案件 " + reference + " 已结案");
  }

  @Test
  void casesAreTheApplicantsOwnAndStaffSeeTheHolderDetails() {
    String document = document();
    String reference = submitted(fixtures.listed(VerificationChannel.EMAIL), document);

    assertThat(signedIn("applicant2").get("/verification/cases/" + reference).statusCode()).isEqualTo(404);
    assertThat(signedIn("applicant1").get("/verification/cases/" + reference).body()).doesNotContain(document);
    BrowserSession verifier = signedIn("verifier1");
    assertThat(verifier.get("/verification/cases/" + reference).body()).contains(document).contains("applicant1");
    assertThat(verifier.get("/verification?status=SUBMITTED").body()).contains(reference);
    assertThat(verifier.get("/verification/new").statusCode()).as("staff do not submit").isEqualTo(403);
    assertThat(new BrowserSession(port()).get("/verification").statusCode()).as("sign in first").isEqualTo(302);
  }

  @Test
  void theApplicantAnswersASupplementAndWithdrawsOnTheCasePage() {
    String reference = submitted(fixtures.listed(VerificationChannel.EMAIL), document());
    ProcessInstance pi = instance(reference);
    complete(task(VerificationProcess.TASK_ACCEPT_CASE, pi), withVariables(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.REQUEST_SUPPLEMENT, VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Which chapter?"));
    BrowserSession browser = signedIn("applicant1");
    String page = "/verification/cases/" + reference;
    assertThat(browser.get(page + "?lang=en").body()).contains("Which chapter?").contains("Supplement due by");

    HttpResponse<String> disguised = browser.postMultipart(page, page + "/supplement", Map.of("note", "Chapter 3.",
        "materialKind", "OTHER"), Map.of("material", new BrowserSession.Upload("chapter3.pdf", "application/pdf",
        TestFiles.htmlPretendingToBeAPdf())));
    assertThat(disguised.statusCode()).isEqualTo(302);
    assertThat(browser.get(page + "?lang=en").body()).contains("must be a PDF, JPEG or PNG file")
        .contains("data-status=\"SUPPLEMENT_REQUESTED\"");
    HttpResponse<String> supplied = browser.postMultipart(page, page + "/supplement", Map.of("note", "Chapter 3.",
        "materialKind", "OTHER"), Map.of("material", new BrowserSession.Upload("chapter3.png", "image/png",
        TestFiles.png())));
    assertThat(supplied.statusCode()).isEqualTo(302);
    String after = browser.get(page + "?lang=en").body();
    assertThat(after).contains("Your supplement was sent").contains("Chapter 3.")
        .contains("data-status=\"SUBMITTED\"").contains("chapter3.png").contains("Other material");

    BrowserSession stranger = signedIn("applicant2");
    String strangersToken = stranger.csrfToken("/verification/new");
    assertThat(stranger.postFormAsIs(page + "/supplement", Map.of("_csrf", strangersToken, "note", "Not mine."))
        .statusCode()).as("another applicant's supplement").isEqualTo(404);
    assertThat(stranger.postFormAsIs(page + "/withdraw", Map.of("_csrf", strangersToken)).statusCode())
        .as("another applicant's withdrawal").isEqualTo(404);
    assertThat(repository.findByReference(reference).orElseThrow().getStatus()).as("untouched")
        .isEqualTo(VerificationStatus.SUBMITTED);

    HttpResponse<String> withdrawn = browser.postForm(page, page + "/withdraw", Map.of());
    assertThat(withdrawn.statusCode()).isEqualTo(302);
    assertThat(browser.get(page).body()).contains("data-status=\"WITHDRAWN\"").contains("You withdrew the case.");
  }

  @Test
  void theTimelineOfAChinesePageSaysInChineseWhatThePlatformRecorded() {
    String reference = submitted(fixtures.listed(VerificationChannel.MANUAL), document());
    ProcessInstance pi = instance(reference);
    LocalDate eta = etaIn(7);
    complete(task(VerificationProcess.TASK_ACCEPT_CASE, pi), withVariables(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.ACCEPT, VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, eta.toString()));
    complete(task(VerificationProcess.TASK_CHECK_WITH_ISSUER, pi), withVariables(VerificationProcess.VAR_CHECK_RESULT,
        VerificationProcess.GENUINE));
    BrowserSession browser = signedIn("applicant1");

    String zh = browser.get("/verification/cases/" + reference + "?lang=zh").body();
    String timelineZh = zh.substring(zh.indexOf("id=\"timeline\""));
    assertThat(timelineZh).contains("预计于 " + eta + " 出具结果。", "材料显示持证人与北京用人单位存在人事劳动关系。",
        "发证机构已确认该证书。", "已签发核验码。")
        .doesNotContain("Result expected by", "The evidence shows", "Verification code issued.", "of the notice",
            "see the result");
    String en = browser.get("/verification/cases/" + reference + "?lang=en").body();
    assertThat(en.substring(en.indexOf("id=\"timeline\""))).contains("Result expected by " + eta + ".",
        "Verification code issued.");
  }

  @Test
  void aVerifiedResultIsPrintedOrDownloaded() {
    String reference = submitted(fixtures.listed(VerificationChannel.MANUAL), document());
    ProcessInstance pi = instance(reference);
    BrowserSession browser = signedIn("applicant1");
    assertThat(browser.get("/verification/cases/" + reference + "/result").statusCode()).as("no result yet")
        .isEqualTo(404);
    complete(task(VerificationProcess.TASK_ACCEPT_CASE, pi), withVariables(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED, VerificationProcess.VAR_ETA, etaIn(7).toString()));
    complete(task(VerificationProcess.TASK_CHECK_WITH_ISSUER, pi), withVariables(VerificationProcess.VAR_CHECK_RESULT,
        VerificationProcess.GENUINE));
    String code = repository.findByReference(reference).orElseThrow().getVerificationCode();

    String casePage = browser.get("/verification/cases/" + reference + "?lang=en").body();
    HttpResponse<String> print = browser.get("/verification/cases/" + reference + "/result");
    HttpResponse<byte[]> download = browser.getBytes("/verification/cases/" + reference + "/result.pdf");

    assertThat(casePage).contains(code).contains("data-benefit=\"WORK_PERMIT_RELAXED\"").contains("(notice I.(I)5");
    assertThat(print.statusCode()).isEqualTo(200);
    assertThat(print.body()).contains(code).contains("data-print").contains("authenticity of the certificate only");
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).startsWith("attachment").contains(reference + ".pdf"));
    BrowserSession stranger = signedIn("applicant2");
    assertThat(stranger.get("/verification/cases/" + reference + "/result").statusCode()).as("another's print")
        .isEqualTo(404);
    assertThat(stranger.getBytes("/verification/cases/" + reference + "/result.pdf").statusCode())
        .as("another's download").isEqualTo(404);
  }

  private String submitted(String code, String document) {
    Map<String, String> form = form(code);
    form.put("holderDocumentNumber", document);
    String location = submitForm(signedIn("applicant1"), "/verification/new", form).headers()
        .firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private ProcessInstance instance(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  /**
   * The new-case form posted as the browser does, with its files: a copy of the certificate, and proof of employment
   * when the form states employment in Beijing.
   */
  static HttpResponse<String> submitForm(BrowserSession browser, String page, Map<String, String> fields) {
    Map<String, BrowserSession.Upload> files = new HashMap<>();
    files.put("certificateCopy", new BrowserSession.Upload("certificate.pdf", "application/pdf",
        TestFiles.pdf("certificate")));
    if ("true".equals(fields.get("employedInBeijing"))) {
      files.put("employmentProof", new BrowserSession.Upload("contract.png", "image/png", TestFiles.png()));
    }
    return browser.postMultipart(page, "/verification/new", fields, files);
  }

  private static Map<String, String> form(String code) {
    Map<String, String> form = new HashMap<>();
    form.put("qualificationCode", code);
    form.put("certificateNumber", certificate());
    form.put("certificateIssuedOn", "2020-05-04");
    form.put("holderName", "Li Ming");
    form.put("holderNationality", "FOREIGN");
    form.put("holderDocumentNumber", document());
    form.put("employerName", "Example Capital Ltd");
    form.put("employerRegion", "BEIJING");
    form.put("employedInBeijing", "true");
    return form;
  }
}
