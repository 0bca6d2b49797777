package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.body;
import static org.qualcat.support.TestMailServer.sender;
import static org.qualcat.support.TestMailServer.to;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.etaIn;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.bureau.Bureau;
import org.qualcat.bureau.Bureaus;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.notification.OutboundMail;
import org.qualcat.notification.OutboundMailRepository;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Beijing–Tianjin–Hebei platform as three bureaus (notice IV; docs/adr/0030): a case is its employer's region's
 * bureau's, as the engine's tenant; each bureau's verifier (demo: verifier1 Beijing, verifier2 Tianjin, verifier3
 * Hebei) sees and decides only its own bureau's cases and tasks, in the engine REST API the Tasklist calls and in
 * Qualcat's API and pages; a bureau's mails leave from its sender and reach its verifiers; a result verified by one
 * bureau is recognised by another without a second verification, and both cases say so (IV.3).
 */
class BureausIT extends IntegrationTest {

  private static final String CASES = "/api/verification-cases";
  private static final Map<EmployerRegion, String> VERIFIER_OF = Map.of(EmployerRegion.BEIJING, "verifier1",
      EmployerRegion.TIANJIN, "verifier2", EmployerRegion.HEBEI, "verifier3");

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  HistoryService history;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  Bureaus bureaus;
  @Autowired
  OutboundMailRepository mails;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void eachBureauIsATenantWithItsStaffGroupAndTheDemoHasOneVerifierInEach() {
    assertThat(bureaus.all()).extracting(Bureau::tenantId).containsExactly("beijing", "tianjin", "hebei");
    for (Bureau bureau : bureaus.all()) {
      assertThat(identity.createTenantQuery().tenantId(bureau.tenantId()).singleResult().getName())
          .as("named in both languages, as staff read it in Camunda Admin").isEqualTo(bureau.displayName());
      assertThat(identity.createTenantQuery().groupMember(bureau.staffGroup()).singleResult().getId())
          .isEqualTo(bureau.tenantId());
      assertThat(identity.createUserQuery().memberOfGroup(bureau.staffGroup()).list())
          .extracting(u -> u.getId()).as(bureau.tenantId()).containsExactly(VERIFIER_OF.get(bureau.region()));
    }
  }

  @Test
  void eachBureauSeesAndDecidesOnlyTheCasesAndTasksOfItsRegion() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    Map<EmployerRegion, String> cases = new LinkedHashMap<>();
    for (EmployerRegion region : EmployerRegion.values()) {
      cases.put(region, submit("applicant1", bodyFor(code, certificate(), document(), region)));
    }

    cases.forEach((region, reference) -> {
      String tenant = bureaus.of(region).tenantId();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult()
          .getTenantId()).as("the case's process is its bureau's").isEqualTo(tenant);
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getTenantId())
          .isEqualTo(tenant);
      assertThat(as("applicant1").get(CASES + "/" + reference).json().get("bureau").get("code").asText())
          .as("the holder is told which bureau handles it").isEqualTo(tenant);
    });

    for (EmployerRegion bureau : EmployerRegion.values()) {
      ApiClient verifier = as(VERIFIER_OF.get(bureau));
      BrowserSession browser = signedIn(VERIFIER_OF.get(bureau));
      browser.get("/camunda/app/tasklist/default/");
      List<String> listed = verifier.get(CASES + "?qualificationCode=" + code).json().get("items")
          .findValuesAsText("reference");
      assertThat(listed).as(bureau + "'s list").containsExactly(cases.get(bureau));
      for (EmployerRegion region : EmployerRegion.values()) {
        String reference = cases.get(region);
        boolean own = region == bureau;
        String who = VERIFIER_OF.get(bureau) + " on the case of " + region;
        assertThat(verifier.get(CASES + "/" + reference).status()).as(who).isEqualTo(own ? 200 : 404);
        assertThat(browser.getPage("/verification/cases/" + reference).statusCode()).as(who + " (page)")
            .isEqualTo(own ? 200 : 404);
        assertThat(engineTasks(verifier, reference)).as(who + " in the engine REST API").hasSize(own ? 1 : 0);
        assertThat(tasklistTasks(browser, reference)).as(who + " in the Tasklist").hasSize(own ? 1 : 0);
        assertThat(verifier.post("/engine-rest/task/count", "application/json",
                "{\"processInstanceBusinessKey\":\"" + reference + "\"}").json().get("count").asInt())
            .as(who + " (count)").isEqualTo(own ? 1 : 0);
      }
    }

    // another bureau's verifier can neither read the task nor claim it nor decide it; it stays open for its own
    String tianjinTask = tasks.createTaskQuery().processInstanceBusinessKey(cases.get(EmployerRegion.TIANJIN))
        .singleResult().getId();
    ApiClient beijing = as("verifier1");
    assertThat(beijing.get("/engine-rest/task/" + tianjinTask).status()).isEqualTo(404);
    assertThat(beijing.get("/engine-rest/task/" + tianjinTask + "/form-variables").status()).isIn(403, 404);
    assertThat(beijing.postJson("/engine-rest/task/" + tianjinTask + "/claim", Map.of("userId", "verifier1"))
        .status()).isIn(403, 404);
    Response decided = beijing.postJson("/engine-rest/task/" + tianjinTask + "/complete",
        Map.of("variables", variables(accept())));
    assertThat(decided.status()).as(decided.toString()).isIn(403, 404);
    assertThat(decided.json().path("message").asText()).as("one plain sentence, in both languages")
        .contains("another bureau", "其他办理机构").doesNotContain("ENGINE-", "Exception", tianjinTask);
    assertThat(tasks.createTaskQuery().taskId(tianjinTask).singleResult().getAssignee()).isNull();
    assertThat(as("applicant1").get(CASES + "/" + cases.get(EmployerRegion.TIANJIN)).json().get("status").asText())
        .isEqualTo("SUBMITTED");

    complete("verifier2", engineTasks(as("verifier2"), cases.get(EmployerRegion.TIANJIN)).get(0), accept());
    assertThat(as("applicant1").get(CASES + "/" + cases.get(EmployerRegion.TIANJIN)).json().get("status").asText())
        .as("decided by its own bureau").isEqualTo("IN_VERIFICATION");
    assertThat(as("admin").get("/engine-rest/task?processInstanceBusinessKey=" + cases.get(EmployerRegion.HEBEI))
        .json()).as("administrators see every bureau's tasks (Cockpit)").hasSize(1);
  }

  @Test
  void aBureausMailsLeaveFromItsSenderAndItsOverdueCasesGoToItsOwnVerifiers() {
    String code = fixtures.listed(VerificationChannel.MANUAL);
    String reference = submit("applicant1", bodyFor(code, certificate(), document(), EmployerRegion.HEBEI));
    complete("verifier3", engineTasks(as("verifier3"), reference).get(0), accept());

    MimeMessage accepted = awaitMail("acceptance", to("applicant1@qualcat.example",
        "Verification case " + reference + " accepted"));
    Bureau hebei = bureaus.of(EmployerRegion.HEBEI);
    assertThat(sender(accepted)).isEqualTo(hebei.mailFrom());
    assertThat(body(accepted)).contains("by the " + hebei.nameEn()).contains("已由" + hebei.nameZh() + "受理");

    String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    Job etaPassed = management.createJobQuery().processInstanceId(instance)
        .activityId(VerificationProcess.EVENT_ETA_PASSED).singleResult();
    assertThat(etaPassed.getTenantId()).as("the bureau's timers are the bureau's").isEqualTo("hebei");
    management.executeJob(etaPassed.getId());

    OutboundMail overdue = mails.findByReferenceOrderById(reference).stream()
        .filter(m -> m.getTemplate().equals(VerificationProcess.MAIL_OVERDUE)).findFirst().orElseThrow();
    assertThat(overdue.getRecipients()).as("Hebei's verifiers, not Beijing's nor Tianjin's")
        .containsExactly("verifier3@qualcat.example");
    MimeMessage delivered = awaitMail("overdue", to("verifier3@qualcat.example", reference));
    assertThat(sender(delivered)).isEqualTo(hebei.mailFrom());
  }

  @Test
  void aResultVerifiedInBeijingIsRecognisedInTianjinWithoutASecondVerificationAndBothCasesSayIt() {
    String code = fixtures.listed(VerificationChannel.EMAIL);
    String number = certificate();
    String document = document();
    String first = submit("applicant1", bodyFor(code, number, document, EmployerRegion.BEIJING));
    complete("verifier1", engineTasks(as("verifier1"), first).get(0), accept());
    complete("verifier1", engineTasks(as("verifier1"), first).get(0),
        Map.of(VerificationProcess.VAR_CHECK_RESULT, VerificationProcess.GENUINE));
    String verificationCode = as("applicant1").get(CASES + "/" + first).json().get("verificationCode").asText();

    Response again = as("applicant2").submitCase(bodyFor(code, number, document, EmployerRegion.TIANJIN));
    assertThat(again.status()).as(again.toString()).isEqualTo(201);
    String second = again.json().get("reference").asText();
    assertThat(again.json().get("status").asText()).as("recognised at once, no task for Tianjin").isEqualTo("VERIFIED");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(second).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(second).singleResult()
        .getTenantId()).isEqualTo("tianjin");

    JsonNode inTianjin = as("verifier2").get(CASES + "/" + second).json();
    assertThat(inTianjin.get("reusedFrom").asText()).isEqualTo(first);
    assertThat(inTianjin.get("verificationCode").asText()).isEqualTo(verificationCode);
    assertThat(inTianjin.get("history").findValuesAsText("code")).contains("EARLIER_RESULT_ADOPTED");
    assertThat(notes(inTianjin)).anyMatch(n -> n.contains(first) && n.contains("Beijing"));

    for (ApiClient reader : List.of(as("verifier1"), as("applicant1"))) {
      JsonNode inBeijing = reader.get(CASES + "/" + first).json();
      assertThat(inBeijing.get("history").findValuesAsText("code")).as("the verifying case shows the reuse too")
          .endsWith("RESULT_RECOGNISED");
      assertThat(notes(inBeijing)).anyMatch(n -> n.equals("Recognised by case " + second
          + " (Tianjin) without a second verification."));
    }
    String page = signedIn("verifier1").getPage("/verification/cases/" + first + "?lang=zh").body();
    assertThat(page).contains("案件 " + second + "（天津）直接认可本核验结果");
    assertThat(as("verifier2").get(CASES + "/" + first).status()).as("Tianjin reads its own case, not Beijing's")
        .isEqualTo(404);
  }

  @Test
  void aVerifiersListSaysWhoseCasesItShowsAndAVerifierInNoBureauIsToldWhyItIsEmpty() {
    Bureau tianjin = bureaus.of(EmployerRegion.TIANJIN);
    String whose = paragraph(signedIn("verifier2").getPage("/verification").body(), "bureaus");
    assertThat(whose).contains(tianjin.nameEn()).doesNotContain(bureaus.of(EmployerRegion.BEIJING).nameEn());
    assertThat(paragraph(signedIn("verifier2").getPage("/verification?lang=zh").body(), "bureaus"))
        .contains(tianjin.nameZh());

    String newcomer = newUser("verifiernew", "Verifier", org.qualcat.security.Roles.VERIFIERS);
    try {
      assertThat(paragraph(signedIn(newcomer).getPage("/verification").body(), "bureaus"))
          .contains("you are in no bureau");
      assertThat(as(newcomer).get(CASES + "?size=200").json().get("items")).as("no case of any bureau").isEmpty();
    } finally {
      identity.deleteUser(newcomer);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private static Map<String, Object> bodyFor(String code, String number, String document, EmployerRegion region) {
    Map<String, Object> body = requestBody(code, number, document);
    body.put("employerRegion", region.name());
    body.put("employedInBeijing", region == EmployerRegion.BEIJING);
    body.put("employerName", "Example employer in " + region);
    return body;
  }

  private String submit(String applicant, Map<String, Object> body) {
    Response created = as(applicant).submitCase(body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  private static List<JsonNode> engineTasks(ApiClient verifier, String reference) {
    List<JsonNode> found = new ArrayList<>();
    verifier.get("/engine-rest/task?processInstanceBusinessKey=" + reference).json().forEach(found::add);
    return found;
  }

  /** The tasks of a case as the Tasklist (the webapp, signed in by the portal's session) lists them. */
  private static JsonNode tasklistTasks(BrowserSession browser, String reference) {
    var answer = browser.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + reference);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> accept() {
    return Map.of(VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, etaIn(10).toString());
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  /** Claims and completes a task as {@code verifier} through the engine REST API, as the Tasklist does. */
  private void complete(String verifier, JsonNode task, Map<String, Object> values) {
    ApiClient client = as(verifier);
    String id = task.get("id").asText();
    Response claimed = client.postJson("/engine-rest/task/" + id + "/claim", Map.of("userId", verifier));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    Response completed = client.postJson("/engine-rest/task/" + id + "/complete",
        Map.of("variables", variables(values)));
    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
  }

  /** The paragraph of a page with the given id, up to its end. */
  private static String paragraph(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("paragraph " + id).isNotNegative();
    return page.substring(start, page.indexOf("</p>", start));
  }

  private static List<String> notes(JsonNode view) {
    return view.get("history").findValuesAsText("note");
  }
}
