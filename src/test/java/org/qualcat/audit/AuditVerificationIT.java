package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.audit.TrailReader.at;
import static org.qualcat.audit.TrailReader.whoDidWhat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification cases in the audit trail: every decision with its actor (applicant, verifier, or the platform), every
 * time a staff member reads a case, every result that leaves the portal; and never the holder's name or document.
 */
class AuditVerificationIT extends IntegrationTest {

  private static final String CASES = "/api/verification-cases";
  private static final String HOLDER = "Jane Doe";
  private static final String EMPLOYER = "Example Capital Ltd";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  ManagementService management;

  private VerificationFixtures fixtures;
  private TrailReader trail;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
    trail = new TrailReader(as("admin"));
  }

  @Test
  void aCaseFromSubmissionToItsResultNamesEachActorAndNeverTheHolder() {
    Instant before = TrailReader.startOfTheSecond();
    String document = VerificationFixtures.document();
    String reference = submit("applicant1", fixtures.listed(VerificationChannel.EMAIL), document);

    complete(reference, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, VerificationFixtures.etaIn(10).toString()));
    complete(reference, Map.of(VerificationProcess.VAR_CHECK_RESULT, VerificationProcess.GENUINE));
    Instant after = Instant.now();

    List<JsonNode> lines = trail.about(reference);
    assertThat(whoDidWhat(lines)).containsExactly(
        "applicant1 VERIFICATION_SUBMITTED",
        "verifier1 VERIFICATION_EMPLOYMENT_CHECKED",
        "verifier1 VERIFICATION_ACCEPTED",
        "verifier1 VERIFICATION_ISSUER_CHECKED",
        "verifier1 VERIFICATION_VERIFIED");
    assertThat(lines).allSatisfy(line -> assertThat(at(line)).isBetween(before, after));
    assertThat(lines.get(1).get("details").asText()).isEqualTo("employment in Beijing confirmed");
    assertThat(lines.get(2).get("details").asText()).isEqualTo("ETA " + VerificationFixtures.etaIn(10));
    assertThat(lines.get(3).get("details").asText()).isEqualTo("verifier's finding: GENUINE");
    assertThat(lines.toString()).as("no personal data in the trail").doesNotContain(document)
        .doesNotContain(HOLDER).doesNotContain(EMPLOYER);
  }

  @Test
  void supplementsRefusalsAndWithdrawalsAreRecorded() {
    String code = fixtures.listed(VerificationChannel.MANUAL);
    String refused = submit("applicant1", code, VerificationFixtures.document());
    complete(refused, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REQUEST_SUPPLEMENT,
        VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Send the certificate as printed."));
    Response supplied = as("applicant1").postJson(CASES + "/" + refused + "/supplement",
        Map.of("note", "Attached.", "certificateNumber", VerificationFixtures.certificate()));
    assertThat(supplied.status()).as(supplied.toString()).isEqualTo(200);
    complete(refused, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REFUSE,
        VerificationProcess.VAR_REFUSAL_REASON, "The certificate was altered."));
    String withdrawn = submit("applicant2", code, VerificationFixtures.document());
    Response withdrawal = as("applicant2").post(CASES + "/" + withdrawn + "/withdraw", "application/json", "");
    assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);

    List<JsonNode> lines = trail.about(refused);
    assertThat(whoDidWhat(lines)).containsExactly(
        "applicant1 VERIFICATION_SUBMITTED",
        "verifier1 VERIFICATION_SUPPLEMENT_REQUESTED",
        "applicant1 VERIFICATION_SUPPLEMENT_PROVIDED",
        "verifier1 VERIFICATION_REFUSED");
    assertThat(lines.get(2).get("details").asText()).isEqualTo("certificate data corrected");
    assertThat(lines.get(3).get("details").asText()).isEqualTo("FALSE_DATA");
    assertThat(lines.toString()).as("free text stays in the case").doesNotContain("altered")
        .doesNotContain("as printed");
    assertThat(whoDidWhat(trail.about(withdrawn))).containsExactly(
        "applicant2 VERIFICATION_SUBMITTED",
        "applicant2 VERIFICATION_WITHDRAWN");
  }

  @Test
  void staffReadingACaseIsRecordedAndApplicantsReadingTheirOwnAreNot() {
    String reference = submit("applicant1", fixtures.listed(VerificationChannel.EMAIL),
        VerificationFixtures.document());
    BrowserSession applicantBrowser = new BrowserSession(port());
    applicantBrowser.signIn("applicant1", "demo");
    assertThat(as("applicant1").get(CASES + "/" + reference).status()).isEqualTo(200);
    assertThat(applicantBrowser.get("/verification/cases/" + reference).statusCode()).isEqualTo(200);
    assertThat(as("applicant2").get(CASES + "/" + reference).status()).as("not theirs").isEqualTo(404);

    Instant before = TrailReader.startOfTheSecond();
    assertThat(as("verifier1").get(CASES + "/" + reference).status()).isEqualTo(200);
    BrowserSession verifierBrowser = new BrowserSession(port());
    verifierBrowser.signIn("verifier1", "demo");
    HttpResponse<String> page = verifierBrowser.get("/verification/cases/" + reference);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(as("verifier1").get(CASES + "?size=5").status()).as("lists show no personal data").isEqualTo(200);
    Instant after = Instant.now();

    List<JsonNode> views = trail.search("subject=" + reference + "&category=VIEW");
    assertThat(whoDidWhat(views)).containsExactly("verifier1 CASE_VIEWED", "verifier1 CASE_VIEWED");
    assertThat(views).extracting(v -> v.get("details").asText()).containsExactly("API", "portal page");
    assertThat(views).allSatisfy(v -> assertThat(at(v)).isBetween(before, after));
  }

  @Test
  void everyCopyOfAResultThatLeavesThePortalIsRecordedAndAReusedResultNamesItsOrigin() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String certificate = VerificationFixtures.certificate();
    String document = VerificationFixtures.document();
    String reference = submit("applicant1", code, certificate, document);
    complete(reference, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, VerificationFixtures.etaIn(5).toString()));
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult().getId());

    BrowserSession applicant = new BrowserSession(port());
    applicant.signIn("applicant1", "demo");
    assertThat(applicant.get("/verification/cases/" + reference + "/result").statusCode()).isEqualTo(200);
    assertThat(applicant.getBytes("/verification/cases/" + reference + "/result.pdf").statusCode()).isEqualTo(200);
    BrowserSession verifier = new BrowserSession(port());
    verifier.signIn("verifier1", "demo");
    assertThat(verifier.getBytes("/verification/cases/" + reference + "/result.pdf").statusCode()).isEqualTo(200);
    String reused = submit("applicant2", code, certificate, document);

    List<JsonNode> lines = trail.about(reference);
    assertThat(whoDidWhat(lines)).containsExactly(
        "applicant1 VERIFICATION_SUBMITTED",
        "verifier1 VERIFICATION_EMPLOYMENT_CHECKED",
        "verifier1 VERIFICATION_ACCEPTED",
        "qualcat VERIFICATION_ISSUER_CHECKED",
        "qualcat VERIFICATION_VERIFIED",
        "applicant1 RESULT_PRINTED",
        "applicant1 RESULT_DOWNLOADED",
        "verifier1 RESULT_DOWNLOADED");
    assertThat(lines.get(3).get("details").asText()).isEqualTo("online register: found");
    assertThat(lines.subList(5, 8)).allSatisfy(l -> assertThat(l.get("category").asText()).isEqualTo("EXPORT"));
    List<JsonNode> reuse = trail.about(reused);
    assertThat(whoDidWhat(reuse)).containsExactly("applicant2 VERIFICATION_SUBMITTED",
        "applicant2 VERIFICATION_VERIFIED");
    assertThat(reuse.get(1).get("details").asText()).isEqualTo("earlier result reused: " + reference);
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private String submit(String applicant, String code, String document) {
    return submit(applicant, code, VerificationFixtures.certificate(), document);
  }

  private String submit(String applicant, String code, String certificate, String document) {
    Map<String, Object> body = new HashMap<>();
    body.put("qualificationCode", code);
    body.put("certificateNumber", certificate);
    body.put("certificateIssuedOn", "2019-09-01");
    body.put("holderName", HOLDER);
    body.put("holderNationality", "FOREIGN");
    body.put("holderDocumentNumber", document);
    body.put("employerName", EMPLOYER);
    body.put("employerRegion", "BEIJING");
    body.put("employedInBeijing", true);
    Response created = as(applicant).submitCase(body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  /** Claims and completes the case's one open task as verifier1 through the engine REST API, as the Tasklist does. */
  private void complete(String reference, Map<String, Object> values) {
    ApiClient verifier = as("verifier1");
    List<String> open = verifier.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json()
        .findValuesAsText("id");
    assertThat(open).hasSize(1);
    String id = open.get(0);
    assertThat(verifier.postJson("/engine-rest/task/" + id + "/claim", Map.of("userId", "verifier1")).status())
        .isEqualTo(204);
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Response completed = verifier.postJson("/engine-rest/task/" + id + "/complete", Map.of("variables", variables));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }
}
