package org.qualcat.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.title.TitleGrantProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Title applications end to end (notice II; ADR 0028 decisions 1, 2, 6): on a verified result, through the API, the
 * decision table's route, the title office's Tasklist calls, the mails, the audit trail, and the refusals that leave
 * nothing behind. Every path of {@code title-grant} with the application's own data.
 */
class TitleGrantIT extends IntegrationTest {

  private static final String API = "/api/title-applications";
  private static final String OFFICER = "titleofficer1";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  private final Map<String, ProcessInstance> instances = new HashMap<>();

  @Test
  void directRecognitionIsDecidedByTheTitleOfficeMailedAndAudited() {
    String code = listed(TitleLevel.INTERMEDIATE, "Economics", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String result = verifiedCode("applicant1", code, "BEIJING");

    Response applied = as("applicant1").postJson(API, Map.of("verificationCode", result, "level", "INTERMEDIATE"));

    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    assertThat(applied.json().get("route").asText()).isEqualTo("DIRECT_RECOGNITION");
    String reference = applied.json().get("reference").asText();
    instance(reference);
    assertThat(applied.header("Location")).isEqualTo(API + "/" + reference);
    Response view = as("applicant1").get(API + "/" + reference);
    assertThat(view.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(view.json().get("titleSeries").asText()).as("the catalog's series").isEqualTo("Economics");
    assertThat(view.json().get("dueOn").asText()).as("the title office's due date").isNotBlank();
    assertThat(view.json().get("timeline").findValuesAsText("kind")).containsExactly("APPLIED");
    assertThat(mail(reference, MAIL_RECEIVED)).contains("direct recognition of the certificate").contains("证书直接认定")
        .doesNotContain("Jane Doe");

    Task decide = task(reference, TASK_DECIDE_RECOGNITION);
    assertThat(processEngine.getTaskService().getIdentityLinksForTask(decide.getId()))
        .anyMatch(link -> "titleoffice".equals(link.getGroupId()));
    assertThat(processEngine.getTaskService().getVariable(decide.getId(), VAR_TITLE_LABEL).toString())
        .isEqualTo("中级职称 / intermediate title · Economics");
    Response done = as(OFFICER).postJson(submit(decide), form(Map.of(VAR_DECISION, GRANT)));

    assertThat(done.status()).as(done.toString()).isEqualTo(204);
    BpmnAwareTests.assertThat(instance(reference)).hasPassed(TASK_GRANT, END_GRANTED).isEnded();
    Response granted = as("applicant1").get(API + "/" + reference);
    assertThat(granted.json().get("status").asText()).isEqualTo("GRANTED");
    assertThat(granted.json().get("grantedOn").asText()).isNotBlank();
    assertThat(granted.json().has("dueOn")).isFalse();
    assertThat(granted.json().get("timeline").findValuesAsText("kind")).containsExactly("APPLIED", "GRANTED");
    assertThat(granted.json().get("timeline").findValuesAsText("actor")).containsExactly("applicant1", OFFICER);
    assertThat(mail(reference, MAIL_GRANTED)).contains("intermediate title in Economics was granted").contains("中级职称");
    assertThat(jdbc.queryForObject("select actor from audit_entry where subject = ? and action = 'TITLE_GRANTED'",
        String.class, reference)).isEqualTo(OFFICER);
    assertThat(as("applicant1").postJson(API, Map.of("verificationCode", result, "level", "INTERMEDIATE")).status())
        .as("granted: a new application may be made, none is open").isEqualTo(201);
    String caseReference = granted.json().get("caseReference").asText();
    byte[] pdf = as("applicant1").getBytes("/api/verification-cases/" + caseReference + "/result.pdf",
        "application/pdf").body();
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(org.qualcat.support.PdfFiles.text(document)).as("the title on the result as a PDF")
          .contains(org.qualcat.support.PdfFiles.squeezed("intermediate title · Economics, granted on"), reference,
              "中级职称·Economics");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theTitleOfficeIsToldInOneSentenceWhatItsFormLacks() {
    String code = listed(TitleLevel.INTERMEDIATE, "Economics", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String reference = apply("applicant1", verifiedCode("applicant1", code, "BEIJING"), "INTERMEDIATE");
    Task decide = task(reference, TASK_DECIDE_RECOGNITION);

    Response refused = as(OFFICER).postJson(submit(decide), form(Map.of(VAR_DECISION, REFUSE)));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("“不予授予的理由”")
        .contains("Why the title is not granted: must be given.");
    assertThat(as("verifier1").postJson(submit(decide), form(Map.of(VAR_DECISION, GRANT))).status())
        .as("not the verifiers' task").isIn(403, 404);
    Response done = as(OFFICER).postJson(submit(decide), form(Map.of(VAR_DECISION, REFUSE, VAR_DECISION_NOTE,
        "The certificate was issued after the application period.")));

    assertThat(done.status()).isEqualTo(204);
    Response view = as("applicant1").get(API + "/" + reference);
    assertThat(view.json().get("status").asText()).isEqualTo("REFUSED");
    assertThat(view.json().get("decisionNote").asText()).isEqualTo("The certificate was issued after the application "
        + "period.");
    assertThat(mail(reference, MAIL_REFUSED)).contains("was not granted").contains("issued after the application");
    BpmnAwareTests.assertThat(instance(reference)).hasPassed(TASK_REFUSE, END_REFUSED).isEnded();
  }

  @Test
  void exemptionsAreIssuedAndTheExamResultDecides() {
    String code = listed(TitleLevel.INTERMEDIATE, "Accounting", Set.of(TitleChannel.COURSE_EXEMPTION,
        TitleChannel.FEWER_EXAM_SUBJECTS));
    String reference = apply("applicant1", verifiedCode("applicant1", code, "BEIJING"), "INTERMEDIATE");
    assertThat(as("applicant1").get(API + "/" + reference).json().get("status").asText())
        .isEqualTo("LISTING_EXEMPTIONS");

    assertThat(as(OFFICER).postJson(submit(task(reference, TASK_LIST_EXEMPTIONS)), form(Map.of(VAR_EXEMPTIONS,
        "Financial management\nEconomic law"))).status()).isEqualTo(204);

    Response waiting = as("applicant1").get(API + "/" + reference);
    assertThat(waiting.json().get("route").asText()).as("the first channel in notice II's order")
        .isEqualTo("COURSE_EXEMPTION");
    assertThat(waiting.json().get("status").asText()).isEqualTo("AWAITING_EXAM_RESULT");
    assertThat(waiting.json().get("exemptions").asText()).isEqualTo("Financial management\nEconomic law");
    assertThat(mail(reference, MAIL_EXEMPTIONS)).contains("Financial management\nEconomic law");
    assertThat(as(OFFICER).postJson(submit(task(reference, TASK_RECORD_EXAM_RESULT)), form(Map.of(VAR_DECISION,
        GRANT))).status()).isEqualTo(204);

    assertThat(as("applicant1").get(API + "/" + reference).json().get("timeline").findValuesAsText("kind"))
        .containsExactly("APPLIED", "EXEMPTIONS_ISSUED", "GRANTED");
  }

  @Test
  void withoutAnExamResultInTimeTheApplicationLapses() {
    String code = listed(TitleLevel.INTERMEDIATE, "Audit", Set.of(TitleChannel.FEWER_EXAM_SUBJECTS));
    String reference = apply("applicant1", verifiedCode("applicant1", code, "BEIJING"), "INTERMEDIATE");
    as(OFFICER).postJson(submit(task(reference, TASK_LIST_EXEMPTIONS)), form(Map.of(VAR_EXEMPTIONS, "Audit practice")));
    Job deadline = processEngine.getManagementService().createJobQuery()
        .processInstanceId(instance(reference).getId()).activityId(EVENT_EXAM_RESULT_DEADLINE).singleResult();

    processEngine.getManagementService().executeJob(deadline.getId());

    assertThat(as("applicant1").get(API + "/" + reference).json().get("status").asText()).isEqualTo("LAPSED");
    assertThat(mail(reference, MAIL_LAPSED)).contains("lapsed").contains("已失效");
    BpmnAwareTests.assertThat(instance(reference)).hasPassed(TASK_RECORD_LAPSE, END_LAPSED).isEnded();
  }

  @Test
  void aTitleAboveTheMappedLevelGoesToTheCommitteeWithTheEmployersSupport() {
    String code = listed(TitleLevel.INTERMEDIATE, "Engineering", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String ofOrganisation = verifiedCode("hr1", code, "BEIJING");
    String ofHolder = verifiedCode("applicant1", code, "BEIJING");

    Response holderAlone = as("applicant1").postJson(API, Map.of("verificationCode", ofHolder, "level",
        "DEPUTY_SENIOR"));
    assertThat(holderAlone.status()).isEqualTo(400);
    assertThat(holderAlone.json().get("errors").findValuesAsText("field")).containsExactly("level");
    assertThat(holderAlone.json().get("errors").get(0).get("message").asText()).contains("employer's HR staff");
    Response withoutSupport = as("hr1").postJson(API, Map.of("verificationCode", ofOrganisation, "level",
        "DEPUTY_SENIOR"));
    assertThat(withoutSupport.json().get("errors").findValuesAsText("field")).containsExactly("employerSupport");

    Response applied = as("hr1").postJson(API, Map.of("verificationCode", ofOrganisation, "level", "DEPUTY_SENIOR",
        "employerSupport", "Chief engineer of the Beijing plant since 2022."));

    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    assertThat(applied.json().get("route").asText()).isEqualTo("COMMITTEE_EVALUATION");
    String reference = applied.json().get("reference").asText();
    instance(reference);
    assertThat(as("hr2").get(API + "/" + reference).json().get("employerSupport").asText())
        .as("a colleague of the same organisation").isEqualTo("Chief engineer of the Beijing plant since 2022.");
    assertThat(as("hr3").get(API + "/" + reference).status()).as("another organisation").isEqualTo(404);
    assertThat(as("applicant1").get(API + "/" + reference).status()).as("not the holder's own").isEqualTo(404);
    assertThat(as("hr3").get(API).json().findValuesAsText("reference")).doesNotContain(reference);
    assertThat(as(OFFICER).get(API).json().findValuesAsText("reference")).contains(reference);
    assertThat(as(OFFICER).postJson(submit(task(reference, TASK_RECORD_EVALUATION)), form(Map.of(VAR_DECISION,
        GRANT))).status()).isEqualTo(204);
    assertThat(as("hr2").get(API + "/" + reference).json().get("status").asText()).isEqualTo("GRANTED");
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and action = "
        + "'TITLE_APPLICATION_VIEWED'", Long.class, reference)).as("only the office's reading is audited")
        .isZero();
    as(OFFICER).get(API + "/" + reference);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and action = "
        + "'TITLE_APPLICATION_VIEWED'", Long.class, reference)).isOne();
  }

  @Test
  void refusedApplicationsSayWhyAndLeaveNothingBehind() {
    String eligible = listed(TitleLevel.INTERMEDIATE, "Economics", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String noChannel = listed(TitleLevel.INTERMEDIATE, "Economics", Set.of());
    String notEligible = new VerificationFixtures(catalog, transaction).listed(
        org.qualcat.catalog.VerificationChannel.ONLINE_REGISTER);
    String own = verifiedCode("applicant1", eligible, "BEIJING");
    String withoutChannel = verifiedCode("applicant1", noChannel, "BEIJING");
    String offList = verifiedCode("applicant1", notEligible, "BEIJING");
    String tianjin = verifiedCode("hr3", eligible, "TIANJIN");
    long before = applications();
    long instances = processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .count();

    refused("applicant2", Map.of("verificationCode", own, "level", "INTERMEDIATE"), "verificationCode",
        "not the code of a verified result of yours");
    refused("applicant1", Map.of("verificationCode", "not-a-code", "level", "INTERMEDIATE"), "verificationCode",
        "verified result");
    refused("applicant1", Map.of("level", "INTERMEDIATE"), "verificationCode", "must be given");
    refused("applicant1", Map.of("verificationCode", own), "level", "must be given");
    refused("applicant1", Map.of("verificationCode", offList, "level", "INTERMEDIATE"), "verificationCode",
        "Eligible for Beijing's Professional and Technical Titles");
    refused("applicant1", Map.of("verificationCode", withoutChannel, "level", "INTERMEDIATE"), "level",
        "names no channel of notice II");
    refused("applicant1", Map.of("verificationCode", own, "level", "INTERMEDIATE", "series", "Law"), "series",
        "the series \"Economics\"");
    refused("hr3", Map.of("verificationCode", tianjin, "level", "INTERMEDIATE"), "verificationCode",
        "IV.3");
    assertThat(as("verifier1").postJson(API, Map.of("verificationCode", own, "level", "INTERMEDIATE")).status())
        .as("staff do not apply").isEqualTo(403);

    assertThat(applications()).as("nothing kept").isEqualTo(before);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .count()).as("no process started").isEqualTo(instances);
  }

  @Test
  void theApplicantWithdrawsAnOpenApplicationOnce() {
    String code = listed(TitleLevel.INTERMEDIATE, "Economics", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String result = verifiedCode("applicant1", code, "BEIJING");
    String reference = apply("applicant1", result, "INTERMEDIATE");
    Response twice = as("applicant1").postJson(API, Map.of("verificationCode", result, "level", "INTERMEDIATE"));
    assertThat(twice.status()).as("one open application per title and result").isEqualTo(409);

    assertThat(as("applicant2").postJson(API + "/" + reference + "/withdrawal", Map.of()).status()).isEqualTo(404);
    Response withdrawn = as("applicant1").postJson(API + "/" + reference + "/withdrawal", Map.of());

    assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(as("applicant1").postJson(API + "/" + reference + "/withdrawal", Map.of()).status()).isEqualTo(409);
    BpmnAwareTests.assertThat(instance(reference)).hasPassed(TASK_RECORD_WITHDRAWAL, END_WITHDRAWN).isEnded();
    assertThat(jdbc.queryForObject("select actor from audit_entry where subject = ? and action = 'TITLE_WITHDRAWN'",
        String.class, reference)).isEqualTo("applicant1");
  }

  @Test
  void anEditionThatRemovesTheQualificationEndsOpenApplicationsAndLeavesGrantedTitles() {
    String code = listed(TitleLevel.INTERMEDIATE, "Economics", Set.of(TitleChannel.DIRECT_RECOGNITION));
    String granted = apply("applicant1", verifiedCode("applicant1", code, "BEIJING"), "INTERMEDIATE");
    assertThat(as(OFFICER).postJson(submit(task(granted, TASK_DECIDE_RECOGNITION)), form(Map.of(VAR_DECISION,
        GRANT))).status()).isEqualTo(204);
    String open = apply("applicant2", verifiedCode("applicant2", code, "BEIJING"), "INTERMEDIATE");

    new VerificationFixtures(catalog, transaction).remove(code);

    Response ended = as("applicant2").get(API + "/" + open);
    assertThat(ended.json().get("status").asText()).isEqualTo("QUALIFICATION_REMOVED");
    assertThat(ended.json().get("timeline").findValuesAsText("kind")).containsExactly("APPLIED",
        "QUALIFICATION_REMOVED");
    BpmnAwareTests.assertThat(instance(open)).hasPassed(TASK_RECORD_REMOVAL, END_QUALIFICATION_REMOVED).isEnded();
    assertThat(task(open, TASK_DECIDE_RECOGNITION)).as("nothing left for the title office").isNull();
    assertThat(mail(open, MAIL_QUALIFICATION_REMOVED)).contains("removed this qualification").contains("notice II")
        .contains("已被新发布的《目录》版本移出");
    assertThat(jdbc.queryForObject("select details from audit_entry where subject = ? and action = "
        + "'TITLE_ENDED_ON_REMOVAL'", String.class, open)).contains(code);
    assertThat(as("applicant1").get(API + "/" + granted).json().get("status").asText())
        .as("a title granted stays granted").isEqualTo("GRANTED");
  }

  private void refused(String user, Map<String, Object> body, String field, String sentence) {
    Response refused = as(user).postJson(API, body);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).as(refused.toString()).containsExactly(field);
    assertThat(refused.json().get("errors").get(0).get("message").asText()).contains(sentence);
  }

  private String listed(TitleLevel level, String series, Set<TitleChannel> channels) {
    return new VerificationFixtures(catalog, transaction).listedForTitles(level, series, channels);
  }

  /** A result of {@code user}'s verified through the register, the holder employed in {@code region}: its code. */
  private String verifiedCode(String user, String qualification, String region) {
    Map<String, Object> body = VerificationFixtures.requestBody(qualification, VerificationFixtures.certificate(),
        VerificationFixtures.document());
    body.put("employerRegion", region);
    body.put("employedInBeijing", "BEIJING".equals(region));
    ProcessInstance pi = VerificationFixtures.verifiedThroughRegister(as(user), processEngine, body);
    return jdbc.queryForObject("select verification_code from verification_case where reference = ?", String.class,
        pi.getBusinessKey());
  }

  private String apply(String user, String code, String level) {
    Response applied = as(user).postJson(API, Map.of("verificationCode", code, "level", level));
    assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
    String reference = applied.json().get("reference").asText();
    instance(reference);
    return reference;
  }

  /** The application's process instance, looked up while it runs (BPM Assert follows it into history after). */
  private ProcessInstance instance(String reference) {
    return instances.computeIfAbsent(reference, r -> processEngine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(r).singleResult());
  }

  private Task task(String reference, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(key).singleResult();
  }

  private String mail(String reference, String template) {
    List<String> bodies = jdbc.queryForList("select body from outbound_mail where reference = ? and template = ?",
        String.class, reference, template);
    assertThat(bodies).as(template + " for " + reference).hasSize(1);
    return bodies.get(0);
  }

  private long applications() {
    return jdbc.queryForObject("select count(*) from title_application", Long.class);
  }

  private static String submit(Task task) {
    return "/engine-rest/task/" + task.getId() + "/submit-form";
  }

  private static Map<String, Object> form(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }
}
