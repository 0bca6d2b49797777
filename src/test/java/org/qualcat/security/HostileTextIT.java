package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.qualcat.catalog.Catalog;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The other half of the hostile-input suite ({@link HostileInputIT} refuses what is malformed): text that is valid
 * however hostile it looks (SQL, markup, template expressions, path traversal, look-alike characters) is accepted
 * and stored exactly as sent, in every free-text field of every write endpoint, and so is the longest text each field
 * allows, however many bytes it takes (nothing downstream, a mail subject, a process variable, a proposal built from
 * it, may overflow its column). Escaping is the job of the pages ({@link EscapedOutputIT}).
 */
class HostileTextIT extends IntegrationTest {

  /** One line of hostile but valid text, at most 120 UTF-16 units (the shortest free-text limit). */
  static final String LINE = "Robert'); DROP TABLE nomination;-- <script>alert('x')</script> ../../etc/passwd "
      + "${7*7} #{7} ＜b＞ 北京 🧪";
  /** Several lines of it, with more of the same. */
  static final String TEXT = LINE + "\r\nSecond line\twith a tab\n<img src=x onerror=alert(1)> \"><svg onload=alert(1)>"
      + " %00 %0d%0a &lt;b&gt; [[${T(java.lang.Runtime).getRuntime().exec('id')}]] __${7*7}__::.x {{7*7}} 'or''='";

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  Environment environment;

  private SecurityFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new SecurityFixtures(processEngine, catalog, transaction, this::as);
  }

  /** What a field is sent: the hostile text, or the longest it allows. */
  interface Values {
    String of(int max, boolean multiline);
  }

  static final Values HOSTILE = (max, multiline) -> {
    assertThat(LINE.length()).isLessThanOrEqualTo(120);
    return multiline && TEXT.length() <= max ? TEXT : LINE;
  };

  /** The longest text a field allows: letters, digits and Chinese characters, three bytes each in UTF-8. */
  static final Values LONGEST = (max, multiline) -> {
    String pattern = multiline ? "测试 Test\n" : "测试Ab";
    String text = pattern.repeat(max / pattern.length() + 1).substring(0, max);
    return text.strip().length() == max ? text : text.substring(0, max - 1) + "x";
  };

  @TestFactory
  Stream<DynamicTest> textThatLooksLikeAnAttackIsStoredExactlyAsSent() {
    assertThat(TEXT.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(TEXT.length());
    return endpoints(HOSTILE);
  }

  @TestFactory
  Stream<DynamicTest> theLongestTextEachFieldAllowsIsAccepted() {
    return endpoints(LONGEST);
  }

  /**
   * Text typed into a Tasklist form goes into engine variables. On MySQL/MariaDB Camunda's tables hold three bytes a
   * character, so an emoji or an ideograph such as 𠮷 cannot be kept there: the engine REST API says so in words (400,
   * no SQL) and the task stays open. On H2 the text is kept whole.
   */
  @Test
  void aTasklistFormWithFourByteCharactersIsKeptOrRefusedInWords() {
    String task = fixtures.scoringTaskOfExpert1();
    String comment = "Sound 🧪 吉野家 𠮷野家";
    Map<String, Object> form = new LinkedHashMap<>();
    Map.<String, Object>of(CommitteeReviewProcess.FIELD_RECOGNITION, 4, CommitteeReviewProcess.FIELD_RIGOUR, 4,
        CommitteeReviewProcess.FIELD_DEMAND, 4, CommitteeReviewProcess.FIELD_VERIFIABILITY, 4,
        CommitteeReviewProcess.FIELD_RECOMMENDATION, "SUPPORT", CommitteeReviewProcess.FIELD_COMMENT, comment)
        .forEach((name, value) -> form.put(name, Map.of("value", value)));

    Response submitted = as("expert1").postJson("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", form));

    boolean open = processEngine.getTaskService().createTaskQuery().taskId(task).count() == 1;
    List<String> stored = jdbc.queryForList("select comment_ from expert_score where comment_ like 'Sound %'",
        String.class);
    if (onMySql()) {
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(400);
      assertThat(submitted.json().get("type").asText()).isEqualTo("UnsupportedCharacters");
      assertThat(submitted.json().get("message").asText()).contains("emoji").doesNotContainIgnoringCase("sql")
          .doesNotContain("Incorrect string");
      assertThat(open).as("the task stays open").isTrue();
      assertThat(stored).doesNotContain(comment);
    } else {
      assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
      assertThat(open).isFalse();
      assertThat(stored).contains(comment);
    }
  }

  private Stream<DynamicTest> endpoints(Values values) {
    return Stream.of(
        DynamicTest.dynamicTest("POST /api/nominations", () -> nominate(values)),
        DynamicTest.dynamicTest("POST /api/nominations/{reference}/supplements", () -> supplementNomination(values)),
        DynamicTest.dynamicTest("POST /api/adjustments", () -> adjust(values)),
        DynamicTest.dynamicTest("POST /api/exits", () -> flag(values)),
        DynamicTest.dynamicTest("POST /api/catalog/notices/{reference}/objections", () -> object(values)),
        DynamicTest.dynamicTest("POST /api/monitoring/inputs", () -> monitoringInput(values)),
        DynamicTest.dynamicTest("POST /api/monitoring/reviews/{id}/rectification", () -> rectification(values)),
        DynamicTest.dynamicTest("POST /api/verification-cases", () -> submitCase(values)),
        DynamicTest.dynamicTest("POST /api/verification-cases/{reference}/supplement", () -> supplementCase(values)),
        DynamicTest.dynamicTest("POST /api/catalog/imports and /editions/draft/publish", () -> importAndPublish(values)));
  }

  private void nominate(Values v) {
    Map<String, Object> body = SecurityFixtures.nomination();
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("name_en", put(body, "nameEn", v.of(300, false)));
    sent.put("name_zh", put(body, "nameZh", v.of(200, false)));
    sent.put("issuing_body", put(body, "issuingBody", v.of(300, false)));
    sent.put("country_region", put(body, "countryRegion", v.of(120, false)));
    sent.put("sector", put(body, "sector", v.of(120, false)));
    sent.put("title_series", put(body, "titleSeries", v.of(120, false)));
    sent.put("skill_level", put(body, "skillLevel", v.of(120, false)));
    sent.put("notes", put(body, "notes", v.of(2000, true)));
    sent.put("justification", put(body, "justification", v.of(4000, true)));
    body.put("titleLevel", "INTERMEDIATE");
    String reference = fixtures.nominate(body);

    assertStored("nomination where reference = ?", reference, sent);
  }

  private void supplementNomination(Values v) {
    String reference = fixtures.nominationAwaitingSupplement();
    String supplement = v.of(4000, true);

    Response supplied = as("secretariat1").postJson("/api/nominations/" + reference + "/supplements",
        Map.of("supplement", supplement));

    assertThat(supplied.status()).as(supplied.toString()).isEqualTo(200);
    assertStored("nomination where reference = ?", reference, Map.of("supplement", supplement));
  }

  private void adjust(Values v) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("qualificationCode", fixtures.listed());
    body.put("lists", List.of("URGENT"));
    body.put("titleLevel", "INTERMEDIATE");
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("title_series", put(body, "titleSeries", v.of(120, false)));
    sent.put("skill_level", put(body, "skillLevel", v.of(120, false)));
    sent.put("justification", put(body, "justification", v.of(4000, true)));

    Response created = as("secretariat1").postJson("/api/adjustments", body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertStored("adjustment_request where reference = ?", created.json().get("reference").asText(), sent);
  }

  private void flag(Values v) {
    String grounds = v.of(4000, true);

    Response created = as("monitor1").postJson("/api/exits",
        Map.of("qualificationCode", fixtures.listed(), "grounds", grounds));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertStored("exit_case where reference = ?", created.json().get("reference").asText(),
        Map.of("grounds", grounds));
  }

  private void object(Values v) {
    String reference = fixtures.nominationUnderNotice();
    String grounds = v.of(4000, true);

    Response objection = as("applicant1").postJson("/api/catalog/notices/" + reference + "/objections",
        Map.of("grounds", grounds));

    assertThat(objection.status()).as(objection.toString()).isEqualTo(202);
    assertStored("objection where review_id = (select id from committee_review where subject_reference = ?)",
        reference, Map.of("grounds", grounds));
  }

  private void monitoringInput(Values v) {
    String code = fixtures.listed();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("qualificationCode", code);
    body.put("technicalCompliance", "COMPLIANT");
    body.put("holderOutcomes", "SOME");
    String note = put(body, "note", v.of(2000, true));

    Response recorded = as("monitor1").postJson("/api/monitoring/inputs", body);

    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    assertStored("monitoring_input where qualification_code = ?", code, Map.of("note", note));
  }

  private void rectification(Values v) {
    String code = fixtures.reviewAwaitingRectification();
    String review = jdbc.queryForObject("select id from monitoring_record where qualification_code = ?", String.class,
        code);
    String report = v.of(4000, true);

    Response reported = as("monitor1").postJson("/api/monitoring/reviews/" + review + "/rectification",
        Map.of("report", report));

    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    assertStored("monitoring_record where id = ?", review, Map.of("rectification_report", report));
  }

  private void submitCase(Values v) {
    Map<String, Object> body = SecurityFixtures.verificationCase(fixtures.listed());
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("holder_name", put(body, "holderName", v.of(200, false)));
    sent.put("employer_name", put(body, "employerName", v.of(300, false)));

    String reference = fixtures.submitCase(body);

    assertStored("verification_case where reference = ?", reference, sent);
  }

  private void supplementCase(Values v) {
    String reference = fixtures.caseAwaitingSupplement("Please send a scan of the certificate.");
    String note = v.of(2000, true);

    Response supplied = as("applicant1").postJson("/api/verification-cases/" + reference + "/supplement",
        Map.of("note", note));

    assertThat(supplied.status()).as(supplied.toString()).isEqualTo(200);
    assertStored("verification_event where kind = 'SUPPLEMENT_PROVIDED' and case_id = "
        + "(select id from verification_case where reference = ?)", reference, Map.of("note", note));
  }

  private void importAndPublish(Values v) {
    String code = "HX-" + SecurityFixtures.unique();
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("name_en", v.of(300, false));
    sent.put("name_zh", v.of(200, false));
    sent.put("issuing_body", v.of(300, false));
    sent.put("country_region", v.of(120, false));
    sent.put("sector", v.of(120, false));
    sent.put("notes", v.of(2000, true));
    String csv = "code,name_en,name_zh,issuing_body,country_region,sector,lists,notes\n" + code + ","
        + String.join(",", cell(sent.get("name_en")), cell(sent.get("name_zh")), cell(sent.get("issuing_body")),
        cell(sent.get("country_region")), cell(sent.get("sector")), "INTERNATIONAL", cell(sent.get("notes"))) + "\n";

    Response imported = as("secretariat1").post("/api/catalog/imports", "text/csv", csv);

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertStored("qualification where code = ?", code, sent);

    String edition = "HX" + SecurityFixtures.unique();
    String name = v.of(120, false);
    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", edition, "name", name));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertStored("catalog_edition where code = ?", edition, Map.of("name", name));
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private static String put(Map<String, Object> body, String field, String value) {
    body.put(field, value);
    return value;
  }

  /** A CSV cell: quoted, quotes doubled. */
  private static String cell(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private boolean onMySql() {
    return environment.matchesProfiles("mysql");
  }

  /** The columns of the one row {@code where} finds hold exactly what was sent. */
  private void assertStored(String where, String key, Map<String, String> expected) {
    String columns = String.join(", ", expected.keySet());
    List<Map<String, Object>> rows = jdbc.queryForList("select " + columns + " from " + where, key);
    assertThat(rows).as(where + " " + key).hasSize(1);
    Map<String, Object> stored = new LinkedHashMap<>();
    rows.get(0).forEach((column, value) -> stored.put(column.toLowerCase(Locale.ROOT), value));
    expected.forEach((column, value) -> assertThat(stored.get(column)).as(column).isEqualTo(value));
  }
}
