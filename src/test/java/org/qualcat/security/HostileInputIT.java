package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.security.HostileRequests.Hostile;
import org.qualcat.support.ApiClient;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 6, hostile input: every write endpoint, called by a user allowed to call it, gets malformed and malicious
 * requests ({@link HostileRequests}). Each must be refused with the status the table says, as problem details that
 * name the field where there is one and reveal nothing of the inside (no stack trace, exception, SQL or package
 * name), and must change nothing: no row in any of Qualcat's tables, no process instance of any definition.
 */
class HostileInputIT extends IntegrationTest {

  /** Qualcat's own tables (Flyway); the engine's are covered by counting process instances. */
  static final List<String> TABLES = List.of("reference_counter", "committee_review", "review_assignment",
      "expert_score", "committee_resolution", "review_information", "objection", "nomination", "adjustment_request",
      "qualification", "catalog_edition", "edition_entry", "edition_change", "verification_case",
      "verification_event", "outbound_mail", "monitoring_cycle", "monitoring_input", "monitoring_record", "exit_case",
      "case_material", "employer", "employer_member", "bulk_submission", "bulk_row", "bulk_file", "title_application",
      "title_event");

  /** What a problem body must never contain: traces, exception and class names, SQL errors, parser internals. */
  static final List<String> INTERNALS = List.of("Exception", "exception", "org.qualcat", "org.springframework",
      "org.hibernate", "org.h2", "com.mysql", "com.fasterxml", "org.camunda", "org.apache", "jakarta.", "java.lang",
      "java.util", "java.time", "\tat ", "\"trace\"", "SQLState", "SQL state", "SQL Error", "JDBC", "Hibernate",
      "[Source:", "line: ", "column: ", "<html", "Whitelabel");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private static Fixtures fixtures;

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  /** Data the hostile requests refer to, made once for the whole table. */
  record Fixtures(String listedCode, String caseReference, String nominationReference, String certificateCopy,
      String employmentProof, String bulkReference, String recommendationCase, String titleResult) {
  }

  static Stream<Hostile> hostileRequests() {
    return HostileRequests.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileRequests")
  void isRefusedAndChangesNothing(Hostile hostile) {
    Fixtures data = fixtures();
    Snapshot before = snapshot();

    Answer answer = send(hostile, data);

    assertThat(answer.status()).as(hostile + " → " + answer).isEqualTo(hostile.status());
    assertThat(answer.header("Content-Type")).as("content type of " + answer)
        .startsWith("application/problem+json");
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    JsonNode problem = answer.json();
    assertThat(problem.path("status").asInt()).isEqualTo(hostile.status());
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    for (String internal : INTERNALS) {
      assertThat(answer.body()).as("the answer reveals nothing internal").doesNotContain(internal);
    }
    if (hostile.field() != null) {
      List<String> named = new ArrayList<>();
      problem.path("errors").forEach(error -> named.add(error.has("field") ? error.path("field").asText()
          : error.path("column").asText()));
      assertThat(named).as("fields named by " + answer).anySatisfy(f -> assertThat(f).startsWith(hostile.field()));
    }
    assertThat(snapshot()).as("nothing written or started by " + hostile).isEqualTo(before);
  }

  // --- what changed -----------------------------------------------------------------------------------------------

  /** Rows per table and process instances (running or ended) per definition. */
  record Snapshot(Map<String, Long> rows, Map<String, Long> processInstances) {
  }

  Snapshot snapshot() {
    String counts = TABLES.stream().map(t -> "(select count(*) from " + t + ") as " + t)
        .reduce((a, b) -> a + ", " + b).orElseThrow();
    Map<String, Long> rows = new LinkedHashMap<>();
    jdbc.queryForMap("select " + counts).forEach((table, count) -> rows.put(table.toLowerCase(),
        ((Number) count).longValue()));
    Map<String, Long> instances = new LinkedHashMap<>();
    jdbc.query("select PROC_DEF_KEY_, count(*) from ACT_HI_PROCINST group by PROC_DEF_KEY_ order by PROC_DEF_KEY_",
        row -> {
          instances.put(row.getString(1), row.getLong(2));
        });
    return new Snapshot(rows, instances);
  }

  // --- the data the table refers to -------------------------------------------------------------------------------

  private Fixtures fixtures() {
    if (fixtures == null) {
      String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
      String caseReference = as("applicant1").submitCase(SecurityFixtures.verificationCase(code)).json()
          .get("reference").asText();
      String nominationReference = as("secretariat1").postJson("/api/nominations", SecurityFixtures.nomination())
          .json().get("reference").asText();
      // uploaded, never submitted: the hostile submissions name them, and none may take them
      List<?> materials = (List<?>) as("applicant1").withMaterials(SecurityFixtures.verificationCase(code))
          .get("materials");
      // hr1's bulk submission waiting for its files c.pdf and p.pdf
      ApiClient.Multipart sheet = new ApiClient.Multipart().file("file", "s.csv", "text/csv", (
          "qualificationCode,certificateNumber,certificateIssuedOn,holderName,holderNationality,"
              + "holderDocumentNumber,certificateCopy,employmentProof\n" + code + "," + VerificationFixtures.certificate()
              + ",2019-09-01,Li Wei,CHINESE,E1234567,c.pdf,p.pdf\n").getBytes(StandardCharsets.UTF_8));
      String bulkReference = as("hr1").post("/api/bulk-submissions", sheet.contentType(), sheet.bytes()).json()
          .get("reference").asText();
      fixtures = new Fixtures(code, caseReference, nominationReference, (String) materials.get(0),
          (String) materials.get(1), bulkReference, caseAskingForRecommendation(), titleEligibleResult());
    }
    return fixtures;
  }

  /** A case of hr1's organisation whose verified result asks the organisation for its recommendation. */
  private String caseAskingForRecommendation() {
    String urgent = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER,
        java.util.Set.of(org.qualcat.catalog.CatalogList.INTERNATIONAL, org.qualcat.catalog.CatalogList.URGENT),
        org.qualcat.catalog.TitleLevel.NONE, null, org.qualcat.catalog.PracticeField.NONE);
    Map<String, Object> body = SecurityFixtures.verificationCase(urgent);
    body.put("holderNationality", "CHINESE");
    String reference = as("hr1").submitCase(body).json().get("reference").asText();
    var tasks = processEngine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(
        VerificationProcess.TASK_ACCEPT_CASE).singleResult().getId(), Map.of(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.ACCEPT, VerificationProcess.VAR_EMPLOYMENT_FINDING,
        VerificationProcess.EMPLOYMENT_CONFIRMED, VerificationProcess.VAR_ETA,
        VerificationFixtures.etaIn(10).toString()));
    var jobs = processEngine.getManagementService();
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult().getId();
    jobs.executeJob(jobs.createJobQuery().processInstanceId(instance)
        .activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult().getId());
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(VerificationProcess.TASK_RECOMMEND).count()).isOne();
    return reference;
  }

  /** The code of applicant1's verified result for a title-eligible qualification the title office recognises. */
  private String titleEligibleResult() {
    String code = new VerificationFixtures(catalog, transaction).listedForTitles(
        org.qualcat.catalog.TitleLevel.INTERMEDIATE, "Economics",
        java.util.Set.of(org.qualcat.catalog.TitleChannel.DIRECT_RECOGNITION));
    String reference = VerificationFixtures.verifiedThroughRegister(as("applicant1"), processEngine,
        SecurityFixtures.verificationCase(code)).getBusinessKey();
    return jdbc.queryForObject("select verification_code from verification_case where reference = ?", String.class,
        reference);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  // --- sending ----------------------------------------------------------------------------------------------------

  record Answer(int status, String body, java.net.http.HttpHeaders headers) {

    String header(String name) {
      return headers.firstValue(name).orElse("");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + this, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + header("Content-Type") + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }
  }

  /** Sends the request as it is, byte for byte: no client library in between to repair it. */
  private Answer send(Hostile hostile, Fixtures data) {
    String unique = unique();
    String path = fill(hostile.path(), data, unique);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
        .version(HttpClient.Version.HTTP_1_1)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((hostile.user() + ":demo").getBytes(StandardCharsets.UTF_8)));
    if (!hostile.headers().containsKey("Accept")) {
      request.header("Accept", "application/json");
    }
    hostile.headers().forEach(request::header);
    if (hostile.contentType() != null) {
      request.header("Content-Type", hostile.contentType());
    }
    HttpRequest.BodyPublisher body;
    if (hostile.body() == null) {
      body = HttpRequest.BodyPublishers.noBody();
    } else {
      byte[] bytes = fill(hostile.body(), data, unique);
      body = hostile.chunked()
          ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
          : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }
    request.method(hostile.method(), body);
    try {
      HttpResponse<String> response = HTTP.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new AssertionError(hostile + ": no answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String fill(String text, Fixtures data, String unique) {
    return text.replace(HostileRequests.LISTED, data.listedCode())
        .replace(HostileRequests.CASE, data.caseReference())
        .replace(HostileRequests.NOMINATION, data.nominationReference())
        .replace(HostileRequests.CERTIFICATE_COPY, data.certificateCopy())
        .replace(HostileRequests.EMPLOYMENT_PROOF, data.employmentProof())
        .replace(HostileRequests.BULK, data.bulkReference())
        .replace(HostileRequests.RECOMMENDATION_CASE, data.recommendationCase())
        .replace(HostileRequests.TITLE_RESULT, data.titleResult())
        .replace(HostileRequests.UNIQUE, "HX-" + unique);
  }

  /** Fills the placeholders in a body that may not be UTF-8: they and their values are ASCII. */
  private static byte[] fill(byte[] body, Fixtures data, String unique) {
    String latin1 = new String(body, StandardCharsets.ISO_8859_1);
    return fill(latin1, data, unique).getBytes(StandardCharsets.ISO_8859_1);
  }
}
