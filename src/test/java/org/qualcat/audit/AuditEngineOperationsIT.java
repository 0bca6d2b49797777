package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.monitoring.QualificationReviewProcess;
import org.qualcat.security.Roles;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator or an administrator does to the engine itself (through Cockpit, Camunda Admin or the engine REST
 * API, which those webapps use) is in Qualcat's audit trail: one line per operation, naming who, what and to what,
 * never a variable's value.
 */
class AuditEngineOperationsIT extends IntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;

  private TrailReader trail;

  @BeforeEach
  void reader() {
    trail = new TrailReader(as("admin"));
  }

  @Test
  void anOperatorsChangesToARunningProcessAreRecorded() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    String instance = runtime.startProcessInstanceByKey(QualificationReviewProcess.PROCESS_ID, "TEST/" + code,
        Map.of(QualificationReviewProcess.VAR_QUALIFICATION_CODE, code)).getId();

    Response variable = as("admin").putJson("/engine-rest/process-instance/" + instance + "/variables/note",
        Map.of("value", "Holder Jane Doe, passport P1234567", "type", "String"));
    Response modified = as("admin").postJson("/engine-rest/process-instance/" + instance + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT))));
    Response suspended = as("admin").putJson("/engine-rest/process-instance/" + instance + "/suspended",
        Map.of("suspended", true));

    assertThat(variable.status()).as(variable.toString()).isEqualTo(204);
    assertThat(modified.status()).as(modified.toString()).isEqualTo(204);
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(204);
    List<JsonNode> lines = trail.about("process instance " + instance);
    assertThat(TrailReader.whoDidWhat(lines)).containsOnly("admin ENGINE_OPERATION").hasSize(3);
    assertThat(lines).extracting(line -> line.get("details").asText()).containsExactly(
        "Operator: SetVariable Variable of qualification-review",
        "Operator: ModifyProcessInstance ProcessInstance of qualification-review",
        "Operator: Suspend ProcessInstance of qualification-review (suspensionState suspended)");
    assertThat(lines.toString()).as("never a variable's value").doesNotContain("Jane").doesNotContain("P1234567");
  }

  @Test
  void anAdministratorsChangesToUsersGroupsAndAuthorizationsAreRecorded() {
    String user = "ae" + UUID.randomUUID().toString().substring(0, 8);
    Response created = as("admin").postJson("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", user, "firstName", "Ada", "lastName", "Example", "email", "ada@example.org"),
        "credentials", Map.of("password", "a-secret-password")));
    Response member = as("admin").putJson("/engine-rest/group/" + Roles.EXPERTS + "/members/" + user, "");
    Response granted = as("admin").postJson("/engine-rest/authorization/create", Map.of("type", 1,
        "permissions", List.of("ACCESS"), "userId", user, "resourceType", 0, "resourceId", "cockpit"));

    assertThat(created.status()).as(created.toString()).isEqualTo(204);
    assertThat(member.status()).as(member.toString()).isEqualTo(204);
    assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
    List<JsonNode> lines = trail.search("action=ENGINE_OPERATION&user=admin").stream()
        .filter(line -> line.get("details").asText().contains(user)).toList();
    assertThat(lines).extracting(line -> line.get("subject").asText() + " | " + line.get("details").asText())
        .containsExactly(
            "User | Admin: Create User (userId " + user + ")",
            "Group membership | Admin: Create Group membership (userId " + user + ", groupId experts)",
            "Authorization | Admin: Create Authorization (permissionBits 32, permissions ACCESS, type 1, resource, "
                + "resourceId cockpit, userId " + user + ")");
    assertThat(lines.toString()).as("no personal data, no password").doesNotContain("Ada")
        .doesNotContain("ada@example.org").doesNotContain("a-secret-password");

    Response again = as("admin").postJson("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", user, "firstName", "Ada"), "credentials", Map.of("password", "another-password")));
    assertThat(again.status()).as("the same user twice: " + again).isGreaterThanOrEqualTo(400);
    assertThat(trail.search("action=ENGINE_OPERATION&user=admin").stream()
        .filter(line -> line.get("details").asText().equals("Admin: Create User (userId " + user + ")")))
        .as("an operation rolled back leaves no line").hasSize(1);
  }

  @Test
  void taskWorkIsNotAnEngineOperation() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    String instance = runtime.startProcessInstanceByKey(QualificationReviewProcess.PROCESS_ID, "TEST/" + code,
        Map.of(QualificationReviewProcess.VAR_QUALIFICATION_CODE, code)).getId();
    String task = processEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

    Response claimed = as("monitor1").postJson("/engine-rest/task/" + task + "/claim", Map.of("userId", "monitor1"));

    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    assertThat(trail.search("action=ENGINE_OPERATION&user=monitor1")).isEmpty();
  }
}
