package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holder document numbers as personal data (issue 6, item 7): encrypted in the database, shown in full to
 * verification officers only (API answers, pages, lists, mails), and never written to the log, whatever path a case
 * takes and however verbose the log is.
 */
class PersonalDataIT extends IntegrationTest {

  private static final String CASES = "/api/verification-cases";
  /** Loggers turned up for the log test: our own code, SQL with its parameters, the engine's SQL, Spring MVC. */
  private static final List<String> VERBOSE = List.of("org.qualcat", "org.hibernate.SQL", "org.hibernate.orm.jdbc.bind",
      "org.camunda.bpm.engine.impl.persistence.entity", "org.camunda.bpm.engine.jobexecutor",
      "org.springframework.web", "org.springframework.security");

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  LoggingSystem logging;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void documentNumbersAreEncryptedAtRestAndAHoldersEarlierResultIsStillFound() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String document = document();
    String number = certificate();
    String first = submit("applicant1", requestBody(code, number, spaced(document).toLowerCase(Locale.ROOT)));
    accept(first);
    runRegisterCheck(first);

    String second = submit("applicant2", requestBody(code, number, document));

    Map<String, Map<String, Object>> stored = new LinkedHashMap<>();
    for (String reference : List.of(first, second)) {
      stored.put(reference, jdbc.queryForMap("select holder_document_number, holder_document_hash "
          + "from verification_case where reference = ?", reference));
    }
    assertThat(stored.values()).allSatisfy(row -> {
      String column = (String) row.get("HOLDER_DOCUMENT_NUMBER");
      assertThat(column).startsWith(DocumentCipher.FORMAT);
      assertThat(column).doesNotContainIgnoringCase(document).doesNotContain(document.substring(1));
      assertThat((String) row.get("HOLDER_DOCUMENT_HASH")).doesNotContain(document.substring(1));
    });
    assertThat(stored.get(first).get("HOLDER_DOCUMENT_NUMBER")).as("a fresh IV for every value")
        .isNotEqualTo(stored.get(second).get("HOLDER_DOCUMENT_NUMBER"));
    assertThat(stored.get(first).get("HOLDER_DOCUMENT_HASH")).as("the keyed hash matches the holder")
        .isEqualTo(stored.get(second).get("HOLDER_DOCUMENT_HASH"));
    assertThat(jdbc.queryForObject("select count(*) from verification_case where holder_document_number not like ?",
        Long.class, DocumentCipher.FORMAT + "%")).as("no number in the clear anywhere").isZero();

    JsonNode reused = as("applicant2").get(CASES + "/" + second).json();
    assertThat(reused.get("status").asText()).as("the reuse lookup works on the keyed hash").isEqualTo("VERIFIED");
    assertThat(reused.get("reusedFrom").asText()).isEqualTo(first);
    assertThat(as("verifier1").get(CASES + "/" + first).json().get("holderDocumentNumber").asText())
        .as("read back through the entity, normalised").isEqualTo(document);
  }

  @Test
  void onlyVerifiersSeeTheWholeNumberInAnswersPagesListsAndMails() {
    String document = document();
    String masked = VerificationQueries.mask(document);
    String reference = submit("applicant1", requestBody(fixtures.listed(VerificationChannel.ONLINE_REGISTER), certificate(),
        document));
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(instance(reference)).list())
        .as("the process's variables while the case is open").isNotEmpty()
        .extracting(variable -> String.valueOf(variable.getValue())).noneMatch(value -> value.contains(document));
    accept(reference);
    runRegisterCheck(reference);
    awaitMail("result", to("applicant1@qualcat.example", "Verification case " + reference));

    assertThat(as("verifier1").get(CASES + "/" + reference).json().get("holderDocumentNumber").asText())
        .isEqualTo(document);
    assertThat(as("applicant1").get(CASES + "/" + reference).json().get("holderDocumentNumber").asText())
        .isEqualTo(masked);
    for (String user : List.of("secretariat1", "expert1", "committee1", "monitor1", "admin")) {
      Response other = as(user).get(CASES + "/" + reference);
      assertThat(other.body()).as(user + " never sees the whole number").doesNotContain(document);
      if (other.status() == 200) {
        assertThat(other.json().get("holderDocumentNumber").asText()).as(user).isEqualTo(masked);
      }
    }
    for (String user : List.of("applicant1", "verifier1", "admin")) {
      Response list = as(user).get(CASES + "?size=200");
      assertThat(list.body()).as("the list of " + user).doesNotContain(document).doesNotContain(masked);
    }

    assertThat(page("verifier1", "/verification/cases/" + reference)).contains(document);
    assertThat(page("applicant1", "/verification/cases/" + reference)).contains(masked).doesNotContain(document);
    assertThat(page("admin", "/verification/cases/" + reference)).doesNotContain(document);
    for (String user : List.of("applicant1", "verifier1")) {
      assertThat(page(user, "/verification")).as("the portal's list for " + user).doesNotContain(document);
      assertThat(page(user, "/verification/cases/" + reference + "/result")).as("the printed result")
          .doesNotContain(document).doesNotContain(masked);
    }

    List<MimeMessage> mails = TestMailServer.received().stream().filter(m -> subject(m).contains(reference)).toList();
    assertThat(mails).as("acceptance and result").hasSizeGreaterThanOrEqualTo(2);
    assertThat(mails).allSatisfy(m -> assertThat(source(m)).doesNotContain(document).doesNotContain(masked));
    String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    // the engine's history keeps none of the case's variables (docs/adr/0031), so none of its personal data
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void theDocumentNumberNeverReachesTheLogOnAnyPath(CapturedOutput log) {
    String document = document();
    Map<String, LogLevel> before = new HashMap<>();
    VERBOSE.forEach(name -> before.put(name, logging.getLoggerConfiguration(name).getConfiguredLevel()));
    VERBOSE.forEach(name -> logging.setLogLevel(name, name.contains("bind") ? LogLevel.TRACE : LogLevel.DEBUG));
    String reference;
    try {
      String manual = fixtures.listed(VerificationChannel.MANUAL);
      String online = fixtures.listed(VerificationChannel.ONLINE_REGISTER);

      // submission, a supplement, acceptance and a result, as the holder writes the number (spaced, lower case)
      reference = submit("applicant1", requestBody(manual, certificate(), spaced(document).toLowerCase(Locale.ROOT)));
      complete(reference, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REQUEST_SUPPLEMENT,
          VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Send the certificate as printed."));
      assertThat(as("applicant1").postJson(CASES + "/" + reference + "/supplement",
          Map.of("note", "Here it is.")).status()).isEqualTo(200);
      complete(reference, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
          VerificationProcess.VAR_ETA, etaIn(7).toString()));
      assertThat(as("verifier1").get(CASES + "/" + reference).json().get("holderDocumentNumber").asText())
          .isEqualTo(document);
      assertThat(page("verifier1", "/verification/cases/" + reference)).contains(document);
      complete(reference, Map.of(VerificationProcess.VAR_CHECK_RESULT, VerificationProcess.GENUINE));
      assertThat(page("applicant1", "/verification/cases/" + reference + "/result?download")).contains(reference);

      // failing paths: the same certificate again while open, a number too long, broken JSON, a stranger, false
      // data refused, an issuer register that is down (the job fails and the engine logs it)
      String number = certificate();
      submit("applicant1", requestBody(online, number, document));
      assertThat(as("applicant1").submitCase(requestBody(online, number, document)).status()).isEqualTo(409);
      assertThat(as("applicant1").submitCase(requestBody(online, certificate(), document + "0".repeat(20))).status())
          .isEqualTo(400);
      assertThat(as("applicant1").postJson(CASES, "{\"holderDocumentNumber\": \"" + document + "\", \"holderName\": ")
          .status()).isEqualTo(400);
      assertThat(as("applicant1").postJson(CASES, "{\"holderDocumentNumber\": " + document + "}").status())
          .isEqualTo(400);
      assertThat(as("applicant2").get(CASES + "/" + reference).status()).isEqualTo(404);
      String refused = submit("applicant1", requestBody(manual, certificate(), document));
      complete(refused, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REFUSE,
          VerificationProcess.VAR_REFUSAL_REASON, "The certificate was altered."));
      String offline = submit("applicant1", requestBody(online, "OFFLINE-" + certificate(), document));
      accept(offline);
      String job = management.createJobQuery().processInstanceId(instance(offline))
          .activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult().getId();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(job))
          .as("the register is down").hasMessageContaining("offline");
      awaitMail("result", to("applicant1@qualcat.example", "Verification case " + reference + ": certificate verified"));
    } finally {
      // null: inherit again, as before the test
      before.forEach(logging::setLogLevel);
    }

    String output = log.getAll();
    assertThat(output).as("the log was captured, SQL and parameters included").contains(reference)
        .containsIgnoringCase("insert into verification_case").contains("binding parameter").contains("ENGINE-");
    assertThat(leaks(everyForm(document), output))
        .as("the document number in any form (plain, lower case, spaced) appears nowhere in the log").isEmpty();
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  /** The number with a space or a dash between every character, however the holder may have typed it. */
  private static Pattern everyForm(String document) {
    String separators = "[\\s\\-\\u00a0]*";
    return Pattern.compile(document.chars().mapToObj(c -> Pattern.quote(String.valueOf((char) c)))
        .collect(Collectors.joining(separators)), Pattern.CASE_INSENSITIVE);
  }

  /** The log lines that show the number, with the number blacked out, so that a failure shows where it leaked. */
  private static List<String> leaks(Pattern number, String output) {
    return output.lines().filter(line -> number.matcher(line).find())
        .map(line -> number.matcher(line).replaceAll("<DOCUMENT>")).toList();
  }

  /** P12345678 as a holder might type it: "P1234 5678-". */
  private static String spaced(String document) {
    return document.substring(0, 5) + " " + document.substring(5, 7) + "-" + document.substring(7);
  }


  private String submit(String applicant, Map<String, Object> body) {
    Response created = as(applicant).submitCase(body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  private void accept(String reference) {
    complete(reference, Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, etaIn(5).toString()));
  }

  private void runRegisterCheck(String reference) {
    management.executeJob(management.createJobQuery().processInstanceId(instance(reference))
        .activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult().getId());
  }

  private String instance(String reference) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  /** Claims and completes the case's open task as verifier1 through the engine REST API. */
  private void complete(String reference, Map<String, Object> values) {
    ApiClient verifier = as("verifier1");
    List<String> open = verifier.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json()
        .findValuesAsText("id");
    assertThat(open).hasSize(1);
    verifier.postJson("/engine-rest/task/" + open.get(0) + "/claim", Map.of("userId", "verifier1"));
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    Response completed = verifier.postJson("/engine-rest/task/" + open.get(0) + "/complete",
        Map.of("variables", variables));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }

  private String page(String user, String path) {
    BrowserSession browser = new BrowserSession(port());
    browser.signIn(user, "demo");
    HttpResponse<String> page = browser.get(path);
    return page.statusCode() == 200 ? page.body() : "";
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject() == null ? "" : mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mail as sent and as read: raw source and decoded text. */
  private static String source(MimeMessage mail) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      mail.writeTo(raw);
      return raw.toString(java.nio.charset.StandardCharsets.UTF_8) + "\n" + mail.getContent();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
