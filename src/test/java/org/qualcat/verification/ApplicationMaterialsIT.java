package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.H2Statements;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Application materials (Attachment 2): uploaded first and checked by their content, named by the submission, served
 * to the case's applicant and verifiers only, every download audited, listed for the verifiers' forms.
 */
class ApplicationMaterialsIT extends IntegrationTest {

  private static final String CASES = "/api/verification-cases";
  private static final String UPLOADS = CASES + "/materials";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  ApplicationMaterials materials;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  VerificationCases cases;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  /**
   * A submission checks its materials, then attaches them to the new case, in one transaction: each is read from the
   * database once (a natural-id load; a query by token asked twice). H2 counts the statements it runs.
   */
  @Test
  void aSubmissionReadsEachOfItsMaterialsFromTheDatabaseOnce() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    NewCase request = VerificationFixtures.withMaterials(materials, VerificationFixtures.newCase(code,
        certificate(), document()), "applicant1");
    assertThat(request.materials()).as("a certificate copy and a proof of employment").hasSize(2);

    H2Statements.Counted<VerificationCases.Submitted> submitted = H2Statements.during(jdbc,
        "H2's statement statistics", "%from case_material%token=?%", () -> cases.submit(request, "applicant1"));

    assertThat(submitted.executions()).as("reads of a material by its token").isEqualTo(2);
    assertThat(materials.of(repository.findByReference(submitted.result().reference()).orElseThrow()))
        .as("both attached to the case").hasSize(2);
  }

  @Test
  void aFileIsTakenForWhatItsContentIsNotForItsNameOrDeclaredType() {
    ApiClient applicant = as("applicant1");

    Response disguised = applicant.uploadMaterial("CERTIFICATE_COPY", "certificate.pdf", "application/pdf",
        TestFiles.htmlPretendingToBeAPdf());
    Response empty = applicant.uploadMaterial("CERTIFICATE_COPY", "certificate.pdf", "application/pdf", new byte[0]);
    Response noKind = applicant.uploadMaterial("", "certificate.pdf", "application/pdf", TestFiles.pdf("x"));
    Response image = applicant.uploadMaterial("EMPLOYMENT_PROOF", "contract.txt", "text/plain", TestFiles.png());

    assertThat(disguised.status()).as(disguised.toString()).isEqualTo(400);
    assertThat(disguised.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
    assertThat(disguised.json().get("errors").get(0).get("message").asText()).contains("PDF, JPEG or PNG");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(noKind.json().get("errors").findValuesAsText("field")).containsExactly("kind");
    assertThat(image.status()).as(image.toString()).isEqualTo(201);
    assertThat(image.json().get("id").asText()).matches("[A-Za-z0-9_-]{22}");
    assertThat(image.json().get("mediaType").asText()).as("from the content").isEqualTo("image/png");
    assertThat(image.json().get("kind").asText()).isEqualTo("EMPLOYMENT_PROOF");
  }

  @Test
  void aFileOverTheLimitIsRefusedUnread() {
    Response tooLarge = as("applicant1").uploadMaterial("CERTIFICATE_COPY", "scan.pdf", "application/pdf",
        oversizedPdf());

    assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
  }

  @Test
  void aSubmissionNamesTheMaterialsTheNoticeAsksForAndOnlyItsApplicantsOwnPendingOnes() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    long before = repository.count();
    Map<String, Object> body = requestBody(code, certificate(), document());

    Response none = as("applicant1").postJson(CASES, body);
    body.put("materials", List.of(upload("applicant1", "CERTIFICATE_COPY")));
    Response withoutProof = as("applicant1").postJson(CASES, body);
    body.put("materials", List.of(upload("applicant2", "CERTIFICATE_COPY"), upload("applicant2", "EMPLOYMENT_PROOF")));
    Response someoneElses = as("applicant1").postJson(CASES, body);
    body.put("materials", List.of("not-a-material-id", upload("applicant1", "EMPLOYMENT_PROOF")));
    Response unknown = as("applicant1").postJson(CASES, body);

    for (Response refused : List.of(none, withoutProof, someoneElses, unknown)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("materials");
    }
    assertThat(none.json().get("errors").get(0).get("message").asText()).contains("copy of the certificate");
    assertThat(withoutProof.json().get("errors").get(0).get("message").asText()).contains("proof of employment");
    assertThat(repository.count()).as("no case").isEqualTo(before);

    Map<String, Object> tianjin = requestBody(code, certificate(), document());
    tianjin.put("employerRegion", "TIANJIN");
    tianjin.put("employedInBeijing", false);
    tianjin.put("materials", List.of(upload("applicant1", "CERTIFICATE_COPY")));
    assertThat(as("applicant1").postJson(CASES, tianjin).status()).as("no Beijing employment, no proof of it needed")
        .isEqualTo(201);
  }

  @Test
  void aRefusedSubmissionKeepsItsUploadsForTheCorrectedOneAndASubmittedUploadIsNotNamedTwice() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    Map<String, Object> body = as("applicant1").withMaterials(requestBody(code, certificate(), document()));
    body.put("holderName", " ");

    assertThat(as("applicant1").postJson(CASES, body).status()).isEqualTo(400);
    body.put("holderName", "Jane Doe");
    Response created = as("applicant1").postJson(CASES, body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    body.put("certificateNumber", certificate());
    Response again = as("applicant1").postJson(CASES, body);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().get("errors").findValuesAsText("field")).containsExactly("materials");

    JsonNode view = as("applicant1").get(CASES + "/" + created.json().get("reference").asText()).json();
    assertThat(view.get("materials").findValuesAsText("kind")).containsExactly("CERTIFICATE_COPY",
        "EMPLOYMENT_PROOF");
    assertThat(view.get("materials").findValuesAsText("fileName")).containsExactly("certificate_copy.pdf",
        "employment_proof.pdf");
  }

  @Test
  void materialsAreServedToTheApplicantAndVerifiersOnlyAsAttachmentsAndEachDownloadIsAudited() {
    byte[] scan = TestFiles.pdf("certificate CFA 123");
    String copy = as("applicant1").uploadMaterial("CERTIFICATE_COPY", "我的证书 scan.pdf", "application/pdf", scan)
        .json().get("id").asText();
    Map<String, Object> body = requestBody(fixtures.listed(VerificationChannel.EMAIL), certificate(), document());
    body.put("materials", List.of(copy, upload("applicant1", "EMPLOYMENT_PROOF")));
    String reference = as("applicant1").postJson(CASES, body).json().get("reference").asText();
    String path = CASES + "/" + reference + "/materials/" + copy;

    HttpResponse<byte[]> own = as("applicant1").getBytes(path, "*/*");
    HttpResponse<byte[]> verifier = as("verifier1").getBytes(path, "*/*");

    for (HttpResponse<byte[]> served : List.of(own, verifier)) {
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.body()).isEqualTo(scan);
      assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(served.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
          .contains("filename*=UTF-8''");
      assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(served.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    assertThat(as("applicant2").getBytes(path, "*/*").statusCode()).as("another applicant").isEqualTo(404);
    assertThat(as("secretariat1").getBytes(path, "*/*").statusCode()).as("staff who are not verifiers")
        .isEqualTo(403);
    assertThat(anonymous().getBytes(path, "*/*").statusCode()).isEqualTo(401);
    assertThat(as("applicant1").getBytes(CASES + "/" + reference + "/materials/AAAAAAAAAAAAAAAAAAAAAA", "*/*")
        .statusCode()).isEqualTo(404);

    JsonNode trail = as("admin").get("/api/audit?subject=" + reference + "&action=MATERIAL_DOWNLOADED").json()
        .get("items");
    assertThat(trail).hasSize(2);
    assertThat(trail.findValuesAsText("actor")).containsExactlyInAnyOrder("applicant1", "verifier1");
    assertThat(trail.findValuesAsText("details")).allMatch(d -> d.startsWith("Copy of the certificate"))
        .noneMatch(d -> d.contains("scan"));
  }

  @Test
  void theVerifiersFormsListTheMaterialsAndASupplementAddsToThem() {
    String reference = as("applicant1").submitCase(requestBody(fixtures.listed(VerificationChannel.EMAIL),
        certificate(), document())).json().get("reference").asText();
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(variable(instance)).contains("[Copy of the certificate (PDF, 1 KB)](/verification/cases/" + reference
        + "/materials/").contains("[Proof of employment (PDF, 1 KB)]").doesNotContain("certificate_copy.pdf");

    var accept = processEngine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult();
    processEngine.getTaskService().complete(accept.getId(), Map.of(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.REQUEST_SUPPLEMENT, VerificationProcess.VAR_SUPPLEMENT_REQUEST,
        "The contract is not signed."));
    String signed = upload("applicant1", "EMPLOYMENT_PROOF");
    Response supplied = as("applicant1").postJson(CASES + "/" + reference + "/supplement",
        Map.of("note", "Signed contract attached.", "materials", List.of(signed)));

    assertThat(supplied.status()).as(supplied.toString()).isEqualTo(200);
    assertThat(supplied.json().get("materials").findValuesAsText("id")).hasSize(3).contains(signed);
    assertThat(variable(instance).lines().filter(line -> line.contains("Proof of employment"))).hasSize(2);
    Response foreign = as("applicant1").postJson(CASES + "/" + reference + "/supplement",
        Map.of("note", "x", "materials", List.of(upload("applicant2", "OTHER"))));
    assertThat(foreign.status()).isEqualTo(400);
  }

  @Test
  void uploadsNeverSubmittedAreForgottenAfterADay() {
    String abandoned = upload("applicant1", "OTHER");
    String recent = upload("applicant1", "OTHER");
    jdbc.update("update case_material set uploaded_at = ? where token = ?",
        Timestamp.from(Instant.now().minus(Duration.ofHours(25))), abandoned);

    assertThat(materials.forgetAbandonedUploads()).isGreaterThanOrEqualTo(1);

    assertThat(jdbc.queryForObject("select count(*) from case_material where token = ?", Long.class, abandoned))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from case_material where token = ?", Long.class, recent))
        .isOne();
    assertThat(jdbc.queryForObject("select count(*) from case_material_content c where not exists "
        + "(select 1 from case_material m where m.id = c.material_id)", Long.class)).as("no bytes left behind")
        .isZero();
  }

  /** The materials as the open task's form shows them (read from the case when the form opens, docs/adr/0032). */
  private String variable(String instance) {
    var open = processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(processEngine.getRuntimeService().getVariable(instance, VerificationProcess.VIEW_APPLICATION_MATERIALS))
        .as("the list is not stored with the case's process").isNull();
    return (String) processEngine.getFormService().getTaskFormVariables(open.getId())
        .get(VerificationProcess.VIEW_APPLICATION_MATERIALS);
  }

  private String upload(String applicant, String kind) {
    Response uploaded = as(applicant).uploadMaterial(kind, kind.toLowerCase() + ".pdf", "application/pdf",
        TestFiles.pdf(kind));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    return uploaded.json().get("id").asText();
  }

  private static byte[] oversizedPdf() {
    byte[] pdf = new byte[5 * 1024 * 1024 + 1];
    byte[] header = TestFiles.pdf("large");
    System.arraycopy(header, 0, pdf, 0, header.length);
    return pdf;
  }
}
