package org.qualcat.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A nomination from {@code POST /api/nominations} to a published edition, entirely through the APIs as the demo
 * users do it (the Tasklist calls the same engine REST API), with the mails they receive.
 */
class NominationEndToEndIT extends IntegrationTest {

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  NominationRepository nominations;

  private final String code = Nominees.newCode();

  @Test
  void fromNominationToThePublishedCatalog() {
    Response submitted = as("authority1").postJson("/api/nominations", Nominees.body(code));
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
    String reference = submitted.json().get("reference").asText();
    assertThat(reference).matches("NOM-\\d{4}-\\d{4}");
    assertThat(submitted.header("Location")).isEqualTo("/api/nominations/" + reference);
    awaitMail("receipt", to("data-bureau@example.org", "Nomination " + reference + " received"));

    submitForm("secretariat1", reference, "Task_CheckCompleteness", Map.of("completeness", "COMPLETE"));
    submitForm("secretariat1", reference, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS,
        Map.of("experts", "expert1, expert2, expert3"));
    for (String expert : List.of("expert1", "expert2", "expert3")) {
      awaitMail("to " + expert, to(expert + "@qualcat.example", "Please score"));
      assertThat(taskIds(expert, reference, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION))
          .as(expert + " sees only their own scoring task").hasSize(1);
      submitForm(expert, reference, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION, Map.of("recognition", 5,
          "rigour", 4, "demand", 5, "verifiability", 4, "recommendation", "SUPPORT", "comment", "Well established."));
    }

    String decision = taskIds("committee1", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION).get(0);
    awaitMail("to the committee", to("committee1@qualcat.example", "For the committee: "));
    Map<String, Object> approve = Map.of("decision", "APPROVE", "votesFor", 6, "votesAgainst", 0,
        "votesAbstained", 1, "resolution", "Included: strong demand in the data-exchange pilot zone.");
    Response expertDecides = as("expert1").postJson("/engine-rest/task/" + decision + "/submit-form", form(approve));
    assertThat(expertDecides.status()).as("an expert cannot decide for the committee").isIn(403, 404);
    assertThat(taskIds("expert1", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION)).isEmpty();
    submitForm("committee1", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION, approve);

    JsonNode notices = anonymous().get("/api/catalog/notices").json();
    assertThat(notices.findValuesAsText("reference")).contains(reference);
    Response underNotice = as("secretariat1").get("/api/nominations/" + reference);
    assertThat(underNotice.json().get("currentSteps").toString()).contains("During the notice");

    String review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(CommitteeReviewProcess.PROCESS_ID).singleResult().getId();
    management.executeJob(management.createJobQuery().processInstanceId(review)
        .activityId(CommitteeReviewProcess.EVENT_PUBLIC_NOTICE_ELAPSED).singleResult().getId());

    JsonNode record = as("secretariat1").get("/api/nominations/" + reference).json();
    assertThat(record.get("status").asText()).isEqualTo("LISTED");
    assertThat(record.get("review").get("outcome").asText()).isEqualTo("APPROVED");
    assertThat(record.get("review").get("scores")).hasSize(3);
    assertThat(record.get("review").get("scores").findValuesAsText("expert"))
        .containsExactlyInAnyOrder("expert1", "expert2", "expert3");
    JsonNode resolution = record.get("review").get("resolutions").get(0);
    assertThat(resolution.get("decidedBy").asText()).isEqualTo("committee1");
    assertThat(resolution.get("votesFor").asInt()).isEqualTo(6);
    assertThat(record.get("review").get("noticeEndsAt").isNull()).isFalse();
    awaitMail("approval", to("data-bureau@example.org", "Nomination " + reference + " approved"));

    JsonNode asNominator = as("authority1").get("/api/nominations/" + reference).json();
    assertThat(asNominator.get("review").get("scores").findValuesAsText("expert")).as("experts stay anonymous")
        .isEmpty();
    assertThat(as("applicant1").get("/api/nominations/" + reference).status()).isEqualTo(403);

    String edition = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", edition, "name", "Edition " + edition));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    JsonNode listed = anonymous().get("/api/catalog/" + code).json();
    assertThat(listed.get("status").asText()).isEqualTo("LISTED");
    assertThat(listed.get("edition").asText()).isEqualTo(edition);
    assertThat(listed.get("illustrative").asBoolean()).isFalse();
    JsonNode change = findChange(anonymous().get("/api/catalog/editions/" + edition).json(), code);
    assertThat(change.get("type").asText()).isEqualTo("ADDED");
    assertThat(change.get("decisionReference").asText()).isEqualTo(reference);
    assertThat(change.get("decidedBy").asText()).isEqualTo("committee1");
  }

  @Test
  void aNominatorSuppliesWhatTheSecretariatAskedFor() {
    String reference = as("authority1").postJson("/api/nominations", Nominees.body(code)).json().get("reference")
        .asText();
    submitForm("secretariat1", reference, "Task_CheckCompleteness",
        Map.of("completeness", "SUPPLEMENT_NEEDED", "supplementRequest", "Send the issuer's register address."));
    awaitMail("request", to("data-bureau@example.org", "please supply more information"));

    assertThat(as("authority1").postJson("/api/nominations/" + reference + "/supplements", Map.of("supplement", " "))
        .status()).isEqualTo(400);
    Response supplied = as("authority1").postJson("/api/nominations/" + reference + "/supplements",
        Map.of("supplement", "https://register.example.org"));

    assertThat(supplied.status()).as(supplied.toString()).isEqualTo(200);
    assertThat(supplied.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(taskIds("secretariat1", reference, "Task_CheckCompleteness")).hasSize(1);
    assertThat(as("authority1").postJson("/api/nominations/" + reference + "/supplements",
        Map.of("supplement", "again")).status()).as("not waiting for supplements any more").isEqualTo(409);
  }

  @Test
  void anyoneSignedInMayObjectDuringTheNotice() {
    String reference = as("secretariat1").postJson("/api/nominations", Nominees.body(code)).json().get("reference")
        .asText();
    assertThat(anonymous().postJson("/api/catalog/notices/" + reference + "/objections",
        Map.of("grounds", "No.")).status()).isEqualTo(401);
    assertThat(as("applicant1").postJson("/api/catalog/notices/" + reference + "/objections",
        Map.of("grounds", "Too early")).status()).as("not before the committee yet").isEqualTo(404);
    submitForm("secretariat1", reference, "Task_CheckCompleteness", Map.of("completeness", "COMPLETE"));
    submitForm("secretariat1", reference, CommitteeReviewProcess.TASK_ASSIGN_EXPERTS, Map.of("experts", "expert2"));
    submitForm("expert2", reference, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION, Map.of("recognition", 3,
        "rigour", 3, "demand", 3, "verifiability", 3, "recommendation", "SUPPORT"));
    submitForm("committee2", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION, Map.of("decision", "APPROVE",
        "votesFor", 4, "votesAgainst", 3, "votesAbstained", 0, "resolution", "Approved narrowly."));

    Response objection = as("applicant1").postJson("/api/catalog/notices/" + reference + "/objections",
        Map.of("grounds", "The issuer's register has been offline since March."));

    assertThat(objection.status()).as(objection.toString()).isEqualTo(202);
    assertThat(anonymous().get("/api/catalog/notices").json().findValuesAsText("reference")).doesNotContain(reference);
    JsonNode record = as("committee1").get("/api/nominations/" + reference).json();
    assertThat(record.get("review").get("objections").get(0).get("lodgedBy").asText()).isEqualTo("applicant1");
    assertThat(record.get("review").get("status").asText()).isEqualTo("COMMITTEE");
    assertThat(taskIds("committee1", reference, CommitteeReviewProcess.TASK_COMMITTEE_DECISION)).hasSize(1);
  }

  @Test
  void onlyTheSecretariatAndAuthoritiesNominate() {
    long before = nominations.count();
    for (String user : List.of("applicant1", "expert1", "committee1", "verifier1")) {
      assertThat(as(user).postJson("/api/nominations", Nominees.body(code)).status()).as(user).isEqualTo(403);
    }
    assertThat(anonymous().postJson("/api/nominations", Nominees.body(code)).status()).isEqualTo(401);
    assertThat(nominations.count()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CatalogNominationProcess.PROCESS_ID)
        .variableValueEquals("qualificationCode", code).count()).isZero();
  }

  @Test
  void badNominationsAreRefusedNamingTheFieldAndStartNothing() {
    long nominationsBefore = nominations.count();
    long processesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(CatalogNominationProcess.PROCESS_ID)
        .count();

    Response empty = as("secretariat1").postJson("/api/nominations", Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("errors").findValuesAsText("field")).contains("code", "nameEn", "nameZh",
        "issuingBody", "countryRegion", "sector", "lists", "verificationChannel", "justification");

    Map<String, Object> badList = Nominees.body(code);
    badList.put("lists", List.of("PLATINUM"));
    Response unknownList = as("secretariat1").postJson("/api/nominations", badList);
    assertThat(unknownList.status()).isEqualTo(400);
    assertThat(unknownList.json().get("errors").get(0).get("field").asText()).startsWith("lists");
    assertThat(unknownList.json().get("errors").get(0).get("message").asText()).contains("URGENT");

    Map<String, Object> badCode = Nominees.body("bj i 1");
    Response lowercase = as("secretariat1").postJson("/api/nominations", badCode);
    assertThat(lowercase.json().get("errors").findValuesAsText("field")).containsExactly("code");

    Response listed = as("secretariat1").postJson("/api/nominations", Nominees.body("BJ-I-001"));
    assertThat(listed.status()).isEqualTo(409);
    assertThat(listed.json().get("detail").asText()).contains("BJ-I-001 is already listed in the catalog");

    assertThat(as("secretariat1").postJson("/api/nominations", "{\"code\": ").status()).isEqualTo(400);

    assertThat(nominations.count()).isEqualTo(nominationsBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(CatalogNominationProcess.PROCESS_ID).count())
        .isEqualTo(processesBefore);

    String first = as("secretariat1").postJson("/api/nominations", Nominees.body(code)).json().get("reference").asText();
    Response twice = as("authority1").postJson("/api/nominations", Nominees.body(code));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("detail").asText()).contains("already nominated (" + first + ")");
    assertThat(nominations.count()).isEqualTo(nominationsBefore + 1);
  }


  /** Completes a task through the engine REST API as the Tasklist does (submit-form), as {@code user}. */
  private void submitForm(String user, String reference, String taskKey, Map<String, Object> values) {
    Tasklist.submitForm(as(user), user, reference, taskKey, values);
  }

  private List<String> taskIds(String user, String reference, String taskKey) {
    return Tasklist.taskIds(as(user), reference, taskKey);
  }

  private static Map<String, Object> form(Map<String, Object> values) {
    return Tasklist.form(values);
  }

  private static JsonNode findChange(JsonNode edition, String code) {
    for (JsonNode change : edition.get("changes")) {
      if (change.get("qualificationCode").asText().equals(code)) {
        return change;
      }
    }
    throw new AssertionError("no change for " + code);
  }
}
