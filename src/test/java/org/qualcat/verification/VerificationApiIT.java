package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.body;
import static org.qualcat.support.TestMailServer.to;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification cases end to end through the REST API as the demo users: applicant1 and applicant2 submit and follow
 * their cases, verifier1 works the tasks through the engine REST API (as the Tasklist does), mails arrive in
 * GreenMail, and anyone checks the verification code.
 */
class VerificationApiIT extends IntegrationTest {

  private static final String CASES = "/api/verification-cases";
  private static final String APPLICANT1_MAIL = "applicant1@qualcat.example";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  HistoryService history;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void anApplicantSubmitsACaseAndIsAnswered201WithItsReference() {
    String code = fixtures.listed(VerificationChannel.EMAIL);

    Response created = as("applicant1").submitCase(requestBody(code, certificate(), document()));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String reference = created.json().get("reference").asText();
    assertThat(reference).matches("BJV-\\d{4}-\\d{6}");
    assertThat(created.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(created.header("Location")).isEqualTo(CASES + "/" + reference);

    JsonNode view = as("applicant1").get(CASES + "/" + reference).json();
    assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(view.get("currentStep").get("code").asText()).isEqualTo("AWAITING_ACCEPTANCE");
    assertThat(view.get("currentStep").get("en").asText()).contains("accept");
    assertThat(view.get("currentStep").get("zh").asText()).isEqualTo("等待核验人员受理");
    assertThat(view.get("history").findValuesAsText("code")).containsExactly("SUBMITTED");
    assertThat(view.get("holderDocumentNumber").asText()).as("masked for the applicant").contains("••");
  }

  @Test
  void invalidInputNamesEveryFieldAndLeavesNothingBehind() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    long casesBefore = repository.count();
    long processesBefore = processCount();
    Map<String, Object> bad = requestBody(code, "<script>", "P1");
    bad.put("certificateIssuedOn", etaIn(3).toString());
    bad.put("holderName", " ");
    bad.remove("employedInBeijing");

    Response response = as("applicant1").submitCase(bad);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
        "certificateIssuedOn", "certificateNumber", "employedInBeijing", "holderDocumentNumber", "holderName");
    assertThat(response.body()).as("values are not echoed").doesNotContain("<script>");
    Map<String, Object> wrongCodes = requestBody(code, certificate(), document());
    wrongCodes.put("holderNationality", "MARTIAN");
    Response nationality = as("applicant1").submitCase(wrongCodes);
    assertThat(nationality.status()).isEqualTo(400);
    assertThat(nationality.json().get("errors").get(0).get("field").asText()).isEqualTo("holderNationality");
    assertThat(nationality.json().get("errors").get(0).get("message").asText()).contains("CHINESE, FOREIGN");
    wrongCodes = requestBody(code, certificate(), document());
    wrongCodes.put("employerRegion", "SHANGHAI");
    assertThat(as("applicant1").submitCase(wrongCodes).json().get("errors").get(0).get("field").asText())
        .isEqualTo("employerRegion");
    wrongCodes = requestBody(code, certificate(), document());
    wrongCodes.put("employerName", "x".repeat(301));
    assertThat(as("applicant1").submitCase(wrongCodes).json().get("errors").findValuesAsText("field"))
        .containsExactly("employerName");

    assertThat(repository.count()).isEqualTo(casesBefore);
    assertThat(processCount()).isEqualTo(processesBefore);
  }

  @Test
  void aQualificationNotInTheCatalogIsRefusedAtOnceWithTheReasonAndNothingIsKept() {
    String removed = fixtures.listed(VerificationChannel.EMAIL);
    fixtures.remove(removed);
    long casesBefore = repository.count();
    long processesBefore = processCount();

    Response unknown = as("applicant1").submitCase(requestBody("BJ-X-404", certificate(), document()));
    Response gone = as("applicant1").submitCase(requestBody(removed, certificate(), document()));

    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().get("type").asText()).isEqualTo(VerificationApi.NOT_LISTED);
    assertThat(unknown.json().get("reason").asText()).isEqualTo("UNKNOWN");
    assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("qualificationCode");
    assertThat(gone.status()).isEqualTo(422);
    assertThat(gone.json().get("reason").asText()).isEqualTo("REMOVED");
    assertThat(gone.json().get("detail").asText()).contains(removed).contains("removed from the catalog");
    assertThat(repository.count()).isEqualTo(casesBefore);
    assertThat(processCount()).isEqualTo(processesBefore);
  }

  @Test
  void onlyApplicantsSubmitCases() {
    Map<String, Object> body = requestBody(fixtures.listed(VerificationChannel.EMAIL), certificate(), document());

    assertThat(anonymous().postJson(CASES, body).status()).isEqualTo(401);
    assertThat(as("verifier1").postJson(CASES, body).status()).isEqualTo(403);
    assertThat(anonymous().uploadMaterial("CERTIFICATE_COPY", "c.pdf", "application/pdf", TestFiles.pdf("c")).status())
        .isEqualTo(401);
    assertThat(as("verifier1").uploadMaterial("CERTIFICATE_COPY", "c.pdf", "application/pdf", TestFiles.pdf("c"))
        .status()).isEqualTo(403);
    assertThat(anonymous().get(CASES).status()).isEqualTo(401);
  }

  @Test
  void applicantsSeeOnlyTheirOwnCasesAndStaffSeeAll() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    String mine = submit("applicant1", requestBody(code, certificate(), document()));
    String theirs = submit("applicant2", requestBody(code, certificate(), document()));

    assertThat(as("applicant2").get(CASES + "/" + mine).status()).as("another applicant's case").isEqualTo(404);
    assertThat(as("applicant1").get(CASES + "/" + mine).status()).isEqualTo(200);
    List<String> listed = as("applicant1").get(CASES + "?size=200").json().get("items").findValuesAsText("reference");
    assertThat(listed).contains(mine).doesNotContain(theirs);

    JsonNode staff = as("verifier1").get(CASES + "?qualificationCode=" + code).json();
    assertThat(staff.get("items").findValuesAsText("reference")).containsExactly(theirs, mine);
    assertThat(staff.get("items").findValuesAsText("applicant")).containsExactly("applicant2", "applicant1");
    assertThat(as("verifier1").get(CASES + "?qualificationCode=" + code + "&applicant=applicant2").json()
        .get("items").findValuesAsText("reference")).containsExactly(theirs);
    assertThat(as("verifier1").get(CASES + "?status=VERIFIED&qualificationCode=" + code).json()
        .get("totalItems").asInt()).isZero();
    JsonNode asVerifier = as("verifier1").get(CASES + "/" + mine).json();
    assertThat(asVerifier.get("holderDocumentNumber").asText()).as("verifiers see the full number")
        .doesNotContain("•");
    assertThat(as("verifier1").get(CASES + "?status=NOPE").status()).isEqualTo(400);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aCaseRunsToItsResultWithTheVerifierOnTheEngineApiAndTheApplicantIsMailedAtEachStep(CapturedOutput log) {
    String code = fixtures.listed(VerificationChannel.EMAIL, Set.of(CatalogList.INTERNATIONAL,
        CatalogList.URGENT), TitleLevel.DEPUTY_SENIOR, null, PracticeField.NONE);
    String document = document();
    String reference = submit("applicant1", requestBody(code, certificate(), document));
    ApiClient verifier = as("verifier1");

    JsonNode accept = openTask(reference);
    assertThat(accept.get("taskDefinitionKey").asText()).isEqualTo(VerificationProcess.TASK_ACCEPT_CASE);
    JsonNode form = verifier.get("/engine-rest/task/" + accept.get("id").asText() + "/deployed-form").json();
    assertThat(form.get("id").asText()).isEqualTo(VerificationProcess.FORM_ACCEPT_CASE);
    JsonNode variables = verifier.get("/engine-rest/task/" + accept.get("id").asText() + "/form-variables").json();
    assertThat(variables.get(VerificationProcess.VAR_QUALIFICATION_CODE).get("value").asText()).isEqualTo(code);
    assertThat(form.toString()).as("the form shows words, not the codes the gateways decide on")
        .contains("\"key\":\"checkChannelLabel\"").contains("\"key\":\"employerRegionLabel\"")
        .doesNotContain("\"key\":\"checkChannel\"").doesNotContain("\"key\":\"employerRegion\"");
    assertThat(variables.get(VerificationProcess.VIEW_EMPLOYER_REGION_LABEL).get("value").asText()).isEqualTo("北京 / Beijing");
    assertThat(variables.get(VerificationProcess.VIEW_CHECK_CHANNEL_LABEL).get("value").asText()).as("channel in words")
        .contains("/");
    assertThat(variables.get(VerificationProcess.VIEW_CERTIFICATE_NUMBER).get("value").asText())
        .as("the certificate as the case holds it, read when the form opens").isNotBlank();
    assertThat(processEngine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(accept.get("processInstanceId").asText()).list()).extracting("name")
        .as("what the forms show of the case is not stored with its process (docs/adr/0032)")
        .doesNotContain(VerificationProcess.VIEW_CERTIFICATE_NUMBER, VerificationProcess.VIEW_CERTIFICATE_ISSUED_ON,
            VerificationProcess.VIEW_EMPLOYER_NAME, VerificationProcess.VIEW_EMPLOYER_REGION_LABEL,
            VerificationProcess.VIEW_APPLICATION_MATERIALS, VerificationProcess.VIEW_CHECK_CHANNEL_LABEL);
    assertThat(variables.toString()).as("no personal data in the process").doesNotContain(document)
        .doesNotContain("Jane Doe");
    String eta = etaIn(12).toString();
    complete(accept, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, eta));

    MimeMessage accepted = awaitMail("acceptance", to(APPLICANT1_MAIL, "Verification case " + reference + " accepted"));
    assertThat(subject(accepted)).contains(eta);
    assertThat(body(accepted)).contains(eta).contains("预计于 " + eta).doesNotContain(document)
        .doesNotContain("Jane Doe");
    assertThat(body(accepted)).as("the mail links to the page it is about, by its full address")
        .containsPattern("https?://[^/\\s]+/verification/cases/" + reference);
    JsonNode inVerification = as("applicant1").get(CASES + "/" + reference).json();
    assertThat(inVerification.get("status").asText()).isEqualTo("IN_VERIFICATION");
    assertThat(inVerification.get("eta").asText()).isEqualTo(eta);
    assertThat(inVerification.get("dueOn").asText()).isEqualTo(eta);
    assertThat(inVerification.get("currentStep").get("code").asText()).isEqualTo("CHECKING_WITH_ISSUER");

    JsonNode check = openTask(reference);
    assertThat(check.get("taskDefinitionKey").asText()).isEqualTo(VerificationProcess.TASK_CHECK_WITH_ISSUER);
    complete(check, Map.of(VerificationProcess.VAR_CHECK_RESULT, VerificationProcess.GENUINE));

    MimeMessage result = awaitMail("result", to(APPLICANT1_MAIL, "Verification case " + reference + ": certificate verified"));
    JsonNode verified = as("applicant1").get(CASES + "/" + reference).json();
    assertThat(verified.get("status").asText()).isEqualTo("VERIFIED");
    assertThat(verified.get("currentStep").get("code").asText()).isEqualTo("RESULT_ISSUED");
    String verificationCode = verified.get("verificationCode").asText();
    assertThat(verificationCode).matches("[A-Za-z0-9_-]{22}");
    assertThat(body(result)).contains(verificationCode).contains("(notice I.(II)1)").contains("（通知第一部分（二）第1条）")
        .doesNotContain(document);
    assertThat(verified.get("benefits").findValuesAsText("code")).containsExactlyInAnyOrder(
        "LONG_STAY_VISA", "WORK_PERMIT_RELAXED", "OVERSEAS_EXPERIENCE", "EMPLOYER_SUPPORT", "DEPUTY_SENIOR_TITLE",
        "SENIOR_TITLE_ASSESSMENT", "TALENT_VISA", "HIGH_LEVEL_TALENT_SERVICES", "SCI_TECH_SUPPORT");
    JsonNode visa = verified.get("benefits").get(0);
    assertThat(visa.get("noticeSection").asText()).isNotBlank();
    assertThat(visa.get("en").asText()).contains("(notice ");
    assertThat(visa.get("zh").asText()).contains("通知");
    assertThat(verified.get("history").findValuesAsText("code")).containsExactly("SUBMITTED", "EMPLOYMENT_CONFIRMED",
        "ACCEPTED", "ISSUER_CHECKED", "VERIFIED", "BENEFITS_DETERMINED");
    assertThat(verified.get("history").get(5).get("note").asText()).as("sections of the notice, not codes")
        .startsWith("9 (notice I.(I)4").doesNotContain("LONG_STAY_VISA");
    assertThat(verified.get("statements").findValuesAsText("code")).as("what the result is good for: notice IV.2")
        .containsExactly("IV.2", "DISCLAIMER");
    assertThat(verified.get("statements").get(0).get("en").asText())
        .contains("notarization and accreditation materials").contains("work permits");
    assertThat(verified.get("history").findValues("actor")).as("officers are not named to applicants")
        .allMatch(JsonNode::isNull);
    assertThat(verifier.get(CASES + "/" + reference).json().get("history").findValuesAsText("actor"))
        .contains("applicant1", "verifier1");

    JsonNode codeCheck = anonymous().get("/api/verification-codes/" + verificationCode).json();
    assertThat(codeCheck.get("authentic").asBoolean()).isTrue();
    assertThat(codeCheck.get("qualificationCode").asText()).isEqualTo(code);
    assertThat(codeCheck.get("issuedOn").asText()).isEqualTo(verified.get("resultIssuedOn").asText());
    assertThat(codeCheck.get("qualificationRemoved").asBoolean()).isFalse();
    assertThat(log.getAll()).as("the document number is never logged").doesNotContain(document);
  }

  @Test
  void theVerifierAsksForASupplementByMailAndTheApplicantAnswersThroughTheApi() {
    String reference = submit("applicant1", requestBody(fixtures.listed(VerificationChannel.MANUAL), certificate(),
        document()));
    complete(openTask(reference), Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REQUEST_SUPPLEMENT,
        VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Send the certificate number exactly as printed."));

    MimeMessage asked = awaitMail("supplement request", to(APPLICANT1_MAIL, "Verification case " + reference
        + ": supplement needed"));
    assertThat(body(asked)).contains("Send the certificate number exactly as printed.");
    JsonNode waiting = as("applicant1").get(CASES + "/" + reference).json();
    assertThat(waiting.get("status").asText()).isEqualTo("SUPPLEMENT_REQUESTED");
    assertThat(waiting.get("dueOn").asText()).isEqualTo(etaIn(14).toString());
    assertThat(subject(asked)).contains(etaIn(14).toString());

    assertThat(as("applicant2").postJson(CASES + "/" + reference + "/supplement", Map.of("note", "x")).status())
        .isEqualTo(404);
    assertThat(as("applicant1").postJson(CASES + "/" + reference + "/supplement", Map.of("note", "")).status())
        .isEqualTo(400);
    Response answered = as("applicant1").postJson(CASES + "/" + reference + "/supplement",
        Map.of("note", "Corrected.", "certificateNumber", "CFA 2019 0001"));

    assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    assertThat(answered.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(answered.json().get("certificateNumber").asText()).isEqualTo("CFA 2019 0001");
    assertThat(openTask(reference).get("taskDefinitionKey").asText()).isEqualTo(VerificationProcess.TASK_ACCEPT_CASE);
    assertThat(as("applicant1").postJson(CASES + "/" + reference + "/supplement", Map.of("note", "again")).status())
        .as("nothing is asked any more").isEqualTo(409);
  }

  @Test
  void onlyTheApplicantWithdrawsTheirOpenCase() {
    String reference = submit("applicant1", requestBody(fixtures.listed(VerificationChannel.EMAIL), certificate(),
        document()));

    assertThat(as("applicant2").post(CASES + "/" + reference + "/withdraw", "application/json", "").status())
        .isEqualTo(404);
    assertThat(as("verifier1").post(CASES + "/" + reference + "/withdraw", "application/json", "").status())
        .isEqualTo(403);
    Response withdrawn = as("applicant1").post(CASES + "/" + reference + "/withdraw", "application/json", "");

    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.json().get("currentStep").get("code").asText()).isEqualTo("CLOSED");
    assertThat(openTasks(reference)).isEmpty();
    assertThat(as("applicant1").post(CASES + "/" + reference + "/withdraw", "application/json", "").status())
        .isEqualTo(409);
  }

  @Test
  void aRuleBrokenInATasklistFormIsAnsweredInOnePlainSentenceAndTheTaskStaysOpen() {
    String reference = submit("applicant1", requestBody(fixtures.listed(VerificationChannel.EMAIL), certificate(),
        document()));
    String id = openTask(reference).get("id").asText();
    ApiClient verifier = as("verifier1");

    Response noReason = verifier.postJson("/engine-rest/task/" + id + "/submit-form", Map.of("variables",
        Map.of(VerificationProcess.VAR_ACCEPTANCE, Map.of("value", VerificationProcess.REFUSE))));
    Response noFinding = verifier.postJson("/engine-rest/task/" + id + "/submit-form", Map.of("variables",
        Map.of(VerificationProcess.VAR_ACCEPTANCE, Map.of("value", VerificationProcess.ACCEPT),
            VerificationProcess.VAR_ETA, Map.of("value", etaIn(5).toString()))));

    for (Response refused : List.of(noReason, noFinding)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("type").asText()).isEqualTo("InvalidInput");
      assertThat(refused.json().get("message").asText()).doesNotContain("ENGINE-").doesNotContain("Exception")
          .doesNotContain("org.qualcat").endsWith(".");
    }
    assertThat(noReason.json().get("message").asText())
        .isEqualTo("“虚假或不准确之处”为必填项。 / What is false or inaccurate: must be given.");
    assertThat(noFinding.json().get("message").asText()).startsWith("请对“在京就业声明”作出认定：")
        .contains("。 / The statement of employment in Beijing: say whether the evidence shows");
    assertThat(openTask(reference).get("id").asText()).as("the task stays open").isEqualTo(id);
  }

  @Test
  void aStatementOfEmploymentInBeijingThatContradictsTheEmployersRegionIsRefusedNamingBoth() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    Map<String, Object> body = requestBody(code, certificate(), document());
    body.put("employerRegion", "TIANJIN");
    body.put("employedInBeijing", true);
    long before = repository.count();

    Response refused = as("applicant1").submitCase(body);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field"))
        .containsExactly("employedInBeijing", "employerRegion");
    assertThat(refused.json().get("errors").findValuesAsText("message"))
        .allMatch(message -> message.contains("employment in Beijing needs an employer in Beijing"));
    assertThat(repository.count()).as("nothing kept").isEqualTo(before);
  }

  @Test
  void aCertificateVerifiedForABeijingEmployerIsReusedAtOnceForATianjinEmployer() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String number = certificate();
    String document = document();
    String first = submit("applicant1", requestBody(code, number, document));
    complete(openTask(first), Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, etaIn(5).toString()));
    executeRegisterCheck(first);
    String firstCode = as("applicant1").get(CASES + "/" + first).json().get("verificationCode").asText();

    Map<String, Object> tianjin = requestBody(code, number, document);
    tianjin.put("employerRegion", "TIANJIN");
    tianjin.put("employerName", "Tianjin Port Holdings");
    tianjin.put("employedInBeijing", false);
    Response reused = as("applicant2").submitCase(tianjin);

    assertThat(reused.status()).isEqualTo(201);
    assertThat(reused.json().get("status").asText()).as("answered at once").isEqualTo("VERIFIED");
    String second = reused.json().get("reference").asText();
    JsonNode view = as("applicant2").get(CASES + "/" + second).json();
    assertThat(view.get("verificationCode").asText()).isEqualTo(firstCode);
    assertThat(view.get("reusedFrom").asText()).isEqualTo(first);
    assertThat(view.get("currentStep").get("code").asText()).isEqualTo("RESULT_REUSED");
    assertThat(view.get("benefits").findValuesAsText("code")).as("not employed in Beijing").isEmpty();
    assertThat(view.get("statements").findValuesAsText("code")).as("notice IV.3, never 'no services'")
        .containsExactly("IV.3", "NO_BENEFITS", "DISCLAIMER");
    awaitMail("reused result", to("applicant2@qualcat.example", "Verification case " + second
        + ": certificate verified"));
  }

  @Test
  void verificationCodesAreCheckedAnonymouslyWithoutPersonalData() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String document = document();
    String reference = submit("applicant1", requestBody(code, certificate(), document));
    complete(openTask(reference), Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, etaIn(5).toString()));
    executeRegisterCheck(reference);
    String verificationCode = as("applicant1").get(CASES + "/" + reference).json().get("verificationCode").asText();

    Response check = anonymous().get("/api/verification-codes/" + verificationCode);

    assertThat(check.status()).isEqualTo(200);
    assertThat(check.json().get("authentic").asBoolean()).isTrue();
    assertThat(check.json().get("qualificationNameEn").asText()).isEqualTo("Test qualification " + code);
    assertThat(check.json().get("disclaimer").get("en").asText()).contains("authenticity of the certificate only");
    assertThat(check.json().get("disclaimer").get("zh").asText()).isNotBlank();
    assertThat(check.json().get("sampleData").asBoolean()).as("an official row").isFalse();
    assertThat(check.json().get("sampleDataNotice").isNull()).isTrue();
    assertThat(check.body()).doesNotContain(document).doesNotContain("Jane Doe").doesNotContain("Example Capital")
        .doesNotContain(reference);

    fixtures.remove(code);
    assertThat(anonymous().get("/api/verification-codes/" + verificationCode).json().get("qualificationRemoved")
        .asBoolean()).as("issued results stay valid, marked").isTrue();
    JsonNode unknown = anonymous().get("/api/verification-codes/AAAAAAAAAAAAAAAAAAAAAA").json();
    assertThat(unknown.get("authentic").asBoolean()).isFalse();
    assertThat(unknown.get("qualificationCode").isNull()).isTrue();
    assertThat(anonymous().get("/api/verification-codes/not-a-code").json().get("authentic").asBoolean()).isFalse();
  }

  @Test
  void theOpenApiDescriptionListsTheVerificationEndpoints() {
    BrowserSession browser = new BrowserSession(port());
    browser.signIn("applicant1", "demo");
    String docs = browser.get("/v3/api-docs").body();

    assertThat(docs).contains("/api/verification-cases", "/api/verification-cases/{reference}/withdraw",
        "/api/verification-codes/{code}");
  }

  // --- helpers ----------------------------------------------------------------------------------------------------


  private String submit(String applicant, Map<String, Object> body) {
    Response created = as(applicant).submitCase(body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  private List<JsonNode> openTasks(String reference) {
    List<JsonNode> tasks = new java.util.ArrayList<>();
    as("verifier1").get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().forEach(tasks::add);
    return tasks;
  }

  /** The case's one open task, as the verifiers' Tasklist shows it. */
  private JsonNode openTask(String reference) {
    List<JsonNode> tasks = openTasks(reference);
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  /** Claims and completes a task as verifier1 through the engine REST API, as the Tasklist does. */
  private void complete(JsonNode task, Map<String, Object> values) {
    ApiClient verifier = as("verifier1");
    String id = task.get("id").asText();
    Response claimed = verifier.postJson("/engine-rest/task/" + id + "/claim", Map.of("userId", "verifier1"));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Response completed = verifier.postJson("/engine-rest/task/" + id + "/complete", Map.of("variables", variables));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }

  /** The job executor is off in tests: run the asynchronous register check as the executor would. */
  private void executeRegisterCheck(String reference) {
    JsonNode jobs = as("admin").get("/engine-rest/job?activityId=" + VerificationProcess.TASK_QUERY_ISSUER_REGISTER
        + "&processInstanceId=" + processInstanceId(reference)).json();
    assertThat(jobs).hasSize(1);
    Response executed = as("admin").post("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute",
        "application/json", "");
    assertThat(executed.status()).as(executed.toString()).isEqualTo(204);
  }

  private String processInstanceId(String reference) {
    return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  private long processCount() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(VerificationProcess.PROCESS_ID).count();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
