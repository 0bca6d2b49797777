package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Employers' bulk submissions through the API (ADR 0028, decision 4): a sheet is refused whole with every bad row, or
 * accepted and waits for its files; then each row becomes a case of the organisation (the worker run by the test),
 * a row the case rules refuse at its turn is reported and the others go on; the rows' personal data and files are
 * gone once the cases exist; another organisation's submission is not found.
 */
class BulkSubmissionsIT extends IntegrationTest {

  private static final String BULK = "/api/bulk-submissions";
  static final String HEADER = "qualificationCode,certificateNumber,certificateIssuedOn,holderName,"
      + "holderNationality,holderDocumentNumber,certificateCopy,employmentProof\n";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  BulkWorker worker;
  @Autowired
  BulkSubmissions bulk;

  private VerificationFixtures fixtures;
  private String code;

  @BeforeEach
  void listed() {
    fixtures = new VerificationFixtures(catalog, transaction);
    code = fixtures.listed(VerificationChannel.EMAIL);
  }

  @Test
  void aSheetWithBadRowsIsRefusedWholeWithEveryBadRowAndNothingIsKept() {
    String certificate = VerificationFixtures.certificate();
    String document = VerificationFixtures.document();
    String sheet = HEADER
        + row(code, VerificationFixtures.certificate(), "Li Wei", "a") // row 2: fine
        + code + ",C-1,15/03/2021,Wang Fang,MARTIAN,E1234567,b.pdf,b2.pdf\n" // row 3: a date and a nationality
        + "NO-SUCH-CODE,C-2,2021-03-15,Zhao Min,CHINESE,E7654321,c.pdf,c2.pdf\n" // row 4: not listed
        + code + "," + certificate + ",2021-03-15,Sun Li,CHINESE," + document + ",d.pdf,\n" // row 5: no proof
        + code + "," + certificate + ",2021-03-15,Sun Li,CHINESE," + document + ",e.pdf,e2.pdf\n" // row 6
        + code + "," + certificate + ",2021-03-15,Sun Li,CHINESE," + document + ",f.pdf,f2.pdf\n"; // 7: row 6 again
    long before = count("bulk_submission") + count("bulk_row") + count("verification_case");

    Response refused = upload(as("hr1"), sheet);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly(
        "rows[3].certificateIssuedOn", "rows[3].holderNationality", "rows[4].qualificationCode",
        "rows[5].employmentProof", "rows[7].certificateNumber");
    assertThat(refused.body()).as("no value repeated").doesNotContain("MARTIAN", document);
    assertThat(count("bulk_submission") + count("bulk_row") + count("verification_case")).isEqualTo(before);
  }

  @Test
  void anAcceptedSheetWaitsForItsFilesThenEachRowBecomesACaseOfTheOrganisation() {
    String sheet = HEADER + row(code, VerificationFixtures.certificate(), "Li Wei", "li")
        + row(code, VerificationFixtures.certificate(), "Wang Fang", "wang")
        + row(code, VerificationFixtures.certificate(), "Zhao Min", "zhao");

    Response accepted = upload(as("hr1"), sheet);

    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    String reference = accepted.json().get("reference").asText();
    assertThat(reference).matches("BJB-\\d{4}-\\d{6}");
    assertThat(accepted.json().get("status").asText()).isEqualTo("AWAITING_FILES");
    assertThat(accepted.json().get("total").asInt()).isEqualTo(3);
    assertThat(names(accepted.json().get("filesMissing"))).containsExactly("li-certificate.pdf", "li-contract.pdf",
        "wang-certificate.pdf", "wang-contract.pdf", "zhao-certificate.pdf", "zhao-contract.pdf");

    Response some = files(as("hr2"), reference, "li-certificate.pdf", "li-contract.pdf");
    assertThat(some.status()).as("a colleague adds files: " + some).isEqualTo(200);
    assertThat(some.json().get("filesMissing").size()).isEqualTo(4);

    Response stray = files(as("hr1"), reference, "someone-else.pdf");
    assertThat(stray.status()).isEqualTo(400);
    assertThat(stray.json().get("errors").findValuesAsText("field")).containsExactly("files");
    Response notPdf = post(as("hr1"), reference, new ApiClient.Multipart().file("files", "wang-certificate.pdf",
        "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));
    assertThat(notPdf.status()).isEqualTo(400);
    assertThat(notPdf.json().get("errors").findValuesAsText("message"))
        .containsExactly("wang-certificate.pdf: must be a PDF, JPEG or PNG file (its content is neither)");

    Response all = files(as("hr1"), reference, "wang-certificate.pdf", "wang-contract.pdf", "zhao-certificate.pdf",
        "zhao-contract.pdf");
    assertThat(all.json().get("status").asText()).isEqualTo("RUNNING");
    assertThat(all.json().get("submitted").asInt()).isZero();

    worker.work(reference);

    JsonNode done = as("hr2").get(BULK + "/" + reference).json();
    assertThat(done.get("status").asText()).isEqualTo("DONE");
    assertThat(done.get("submitted").asInt()).isEqualTo(3);
    JsonNode rows = as("hr1").get(BULK + "/" + reference + "/rows").json();
    assertThat(rows.findValuesAsText("status")).containsOnly("SUBMITTED");
    List<String> cases = rows.findValuesAsText("caseReference");
    assertThat(cases).hasSize(3).doesNotHaveDuplicates();
    for (String c : cases) {
      JsonNode view = as("hr2").get("/api/verification-cases/" + c).json();
      assertThat(view.get("employerName").asText()).isEqualTo("Beijing Jinrong Asset Management Co., Ltd. (demo)");
      assertThat(view.get("materials").findValuesAsText("kind")).containsExactly("CERTIFICATE_COPY",
          "EMPLOYMENT_PROOF");
      assertThat(view.get("applicant").asText()).isEqualTo("hr1");
      assertThat(view.get("status").asText()).isEqualTo("SUBMITTED");
    }
    assertThat(jdbc.queryForObject("select count(*) from bulk_row r join bulk_submission s on s.id = r.submission_id "
        + "where s.reference = ? and r.payload is not null", Long.class, reference)).as("fields dropped").isZero();
    assertThat(jdbc.queryForObject("select count(*) from bulk_file f join bulk_submission s on s.id = "
        + "f.submission_id where s.reference = ?", Long.class, reference)).as("files forgotten").isZero();

    String summary = as("hr1").get(BULK + "/" + reference + "/summary.csv").body();
    assertThat(summary.lines().toList()).hasSize(4).element(1).asString().startsWith("2,SUBMITTED," + cases.get(0));

    worker.work(reference);
    assertThat(as("hr1").get(BULK + "/" + reference + "/rows").json().findValuesAsText("caseReference"))
        .as("worked again: no row becomes a second case").isEqualTo(cases);
  }

  @Test
  void twoWorkersOnOneSubmissionMakeEachRowOneCase() throws Exception {
    StringBuilder sheet = new StringBuilder(HEADER);
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sheet.append(row(code, VerificationFixtures.certificate(), "Holder " + i, "h" + i));
      names.add("h" + i + "-certificate.pdf");
      names.add("h" + i + "-contract.pdf");
    }
    String reference = upload(as("hr1"), sheet.toString()).json().get("reference").asText();
    files(as("hr1"), reference, names.subList(0, 30).toArray(String[]::new));
    files(as("hr1"), reference, names.subList(30, 60).toArray(String[]::new));
    Long id = jdbc.queryForObject("select id from bulk_submission where reference = ?", Long.class, reference);

    // as two nodes would: both take the same pending rows at the same time
    java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<?>> both = List.of(nodes.submit(() -> worker.workRows(id)),
          nodes.submit(() -> worker.workRows(id)));
      for (java.util.concurrent.Future<?> node : both) {
        node.get(2, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      nodes.shutdownNow();
    }
    worker.work(reference);

    JsonNode rows = as("hr1").get(BULK + "/" + reference + "/rows").json();
    assertThat(rows.findValuesAsText("status")).hasSize(30).containsOnly("SUBMITTED");
    assertThat(rows.findValuesAsText("caseReference")).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select count(*) from verification_case c join employer e on e.id = c.employer_id "
        + "where e.credit_code = ? and c.holder_name like 'Holder %' and c.qualification_code = ?", Long.class,
        "91110105MA01QC4T79", code)).as("one case per row, none twice").isEqualTo(30);
  }

  @Test
  void aRowTheCaseRulesRefuseAtItsTurnIsReportedAndTheOthersGoOn() {
    String other = fixtures.listed(VerificationChannel.EMAIL);
    String reference = upload(as("hr1"), HEADER + row(code, VerificationFixtures.certificate(), "Li Wei", "li")
        + row(other, VerificationFixtures.certificate(), "Wang Fang", "wang")).json().get("reference").asText();
    files(as("hr1"), reference, "li-certificate.pdf", "li-contract.pdf", "wang-certificate.pdf", "wang-contract.pdf");
    fixtures.remove(other);

    worker.work(reference);

    JsonNode progress = as("hr1").get(BULK + "/" + reference).json();
    assertThat(progress.get("status").asText()).isEqualTo("DONE");
    assertThat(progress.get("submitted").asInt()).isOne();
    assertThat(progress.get("failed").asInt()).isOne();
    JsonNode failed = as("hr1").get(BULK + "/" + reference + "/rows").json().get(1);
    assertThat(failed.get("row").asInt()).isEqualTo(3);
    assertThat(failed.get("problemCode").asText()).isEqualTo("verification.notListed.REMOVED");
    assertThat(failed.get("problem").asText()).contains("removed from the catalog");
  }

  @Test
  void aSubmissionIsItsOrganisationsAlone() {
    Response accepted = upload(as("hr1"), HEADER + row(code, VerificationFixtures.certificate(), "Li Wei", "li"));
    String reference = accepted.json().get("reference").asText();

    assertThat(as("hr3").get(BULK + "/" + reference).status()).isEqualTo(404);
    assertThat(files(as("hr3"), reference, "li-certificate.pdf").status()).isEqualTo(404);
    assertThat(as("hr3").get(BULK).json().findValuesAsText("reference")).doesNotContain(reference);
    assertThat(as("hr3").post(BULK + "/" + reference + "/cancel", "application/json", "{}").status())
        .isEqualTo(404);
    assertThat(as("applicant1").get(BULK + "/" + reference).status()).as("holders have no bulk submissions")
        .isEqualTo(403);
    assertThat(as("verifier1").get(BULK).status()).isEqualTo(403);

    Response cancelled = as("hr2").post(BULK + "/" + reference + "/cancel", "application/json", "{}");
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(files(as("hr1"), reference, "li-certificate.pdf").status()).isEqualTo(409);
  }

  @Test
  void aSubmissionLeftWaitingForItsFilesIsWithdrawnAfterAWeekWithItsData() {
    String reference = upload(as("hr1"), HEADER + row(code, VerificationFixtures.certificate(), "Li Wei", "li"))
        .json().get("reference").asText();
    files(as("hr1"), reference, "li-certificate.pdf");
    bulk.forgetAbandoned();
    assertThat(as("hr1").get(BULK + "/" + reference).json().get("status").asText()).as("a fresh one stays")
        .isEqualTo("AWAITING_FILES");

    jdbc.update("update bulk_submission set submitted_at = ? where reference = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(8))), reference);
    assertThat(bulk.forgetAbandoned()).isOne();

    assertThat(as("hr1").get(BULK + "/" + reference).json().get("status").asText()).isEqualTo("CANCELLED");
    assertThat(as("hr1").get(BULK + "/" + reference + "/rows").json().findValuesAsText("problemCode"))
        .containsExactly("bulk.abandoned");
    assertThat(jdbc.queryForObject("select count(*) from bulk_row r join bulk_submission s on s.id = r.submission_id "
        + "where s.reference = ? and r.payload is not null", Long.class, reference)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from bulk_file f join bulk_submission s on s.id = "
        + "f.submission_id where s.reference = ?", Long.class, reference)).isZero();
  }

  /** A row of the sheet for a holder whose files are named after {@code who}. */
  static String row(String code, String certificate, String holder, String who) {
    return code + "," + certificate + ",2021-03-15," + holder + ",CHINESE," + VerificationFixtures.document() + ","
        + who + "-certificate.pdf," + who + "-contract.pdf\n";
  }

  private static Response upload(ApiClient client, String csv) {
    ApiClient.Multipart body = new ApiClient.Multipart().file("file", "employees.csv", "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
    return client.post(BULK, body.contentType(), body.bytes());
  }

  private static Response files(ApiClient client, String reference, String... names) {
    ApiClient.Multipart body = new ApiClient.Multipart();
    for (String name : names) {
      body.file("files", name, "application/pdf", TestFiles.pdf(name));
    }
    return post(client, reference, body);
  }

  private static Response post(ApiClient client, String reference, ApiClient.Multipart body) {
    return client.post(BULK + "/" + reference + "/files", body.contentType(), body.bytes());
  }

  private static List<String> names(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
