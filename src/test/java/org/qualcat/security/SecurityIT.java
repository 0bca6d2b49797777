package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The security base: one user store, roles from Camunda groups, engine authorizations on, single sign-on. */
class SecurityIT extends IntegrationTest {

  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theBureausGroupsExist() {
    assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
        .contains("secretariat", "experts", "committee", "monitors", "verifiers", "applicants", "camunda-admin");
  }

  @Test
  void engineRestAnswers401AnonymouslyAnd200ForAdmin() {
    Response anonymous = anonymous().get("/engine-rest/engine");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Qualcat\"");

    Response admin = as("admin").get("/engine-rest/engine");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.json().get(0).get("name").asText()).isEqualTo("default");

    String staff = throwawayUser(Roles.SECRETARIAT);
    assertThat(as(staff, "wrong").get("/engine-rest/engine").status()).isEqualTo(401);
  }

  @Test
  void applicantsHaveNoEngineAccess() {
    assertThat(as("applicant1").get("/engine-rest/task").status()).isEqualTo(403);
  }

  @Test
  void engineAuthorizationsApplyToRestCalls() {
    List<String> expertFilters = filterNames(as("expert1").get("/engine-rest/filter").json());
    assertThat(expertFilters).containsExactlyInAnyOrder(TasklistFilters.groupFilterName(Roles.EXPERTS),
        TasklistFilters.MY_TASKS);

    List<String> adminFilters = filterNames(as("admin").get("/engine-rest/filter").json());
    assertThat(adminFilters).contains(TasklistFilters.groupFilterName(Roles.SECRETARIAT),
        TasklistFilters.groupFilterName(Roles.EXPERTS), TasklistFilters.groupFilterName(Roles.COMMITTEE),
        TasklistFilters.groupFilterName(Roles.MONITORS), TasklistFilters.groupFilterName(Roles.VERIFIERS),
        TasklistFilters.MY_TASKS);

    Response authorizationsOfAnExpert = as("expert1").get("/engine-rest/authorization");
    assertThat(authorizationsOfAnExpert.status()).as("not a Tasklist call (EngineRestAccess)").isEqualTo(403);
    assertThat(authorizationsOfAnExpert.json().findValuesAsText("groupId")).doesNotContain("camunda-admin");
  }

  @Test
  void eachGroupIsGrantedWhatItNeedsAndApplicantsNothing() {
    for (String group : Roles.BUREAU) {
      assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.ACCESS, Resources.APPLICATION,
          EngineGrants.TASKLIST)).as(group + " uses the Tasklist").isTrue();
      assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.ACCESS, Resources.APPLICATION,
          "cockpit")).as(group + " has no Cockpit").isFalse();
      assertThat(authorizations.isUserAuthorized("someone", List.of(group), Permissions.READ,
          Resources.PROCESS_DEFINITION, "any-process")).as(group + " reads process definitions").isTrue();
    }
    assertThat(authorizations.isUserAuthorized("someone", List.of(Roles.APPLICANTS), Permissions.ACCESS,
        Resources.APPLICATION, EngineGrants.TASKLIST)).isFalse();
    assertThat(authorizations.isUserAuthorized("someone", List.of(Roles.APPLICANTS), Permissions.READ,
        Resources.PROCESS_DEFINITION, "any-process")).isFalse();
    assertThat(authorizations.isUserAuthorized("someone", List.of(Roles.ADMIN), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
  }

  @Test
  void staffSignInOnceAndUseTheCamundaWebapps() {
    BrowserSession browser = new BrowserSession(port());
    assertThat(browser.get("/camunda/app/tasklist/default/").headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

    HttpResponse<String> signIn = browser.signIn("expert1", "demo");
    assertThat(signIn.statusCode()).isEqualTo(302);
    assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(200);
    assertThat(tasklist.body()).contains("<html");
    HttpResponse<String> filters = browser.get("/camunda/api/engine/engine/default/filter");
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains(TasklistFilters.groupFilterName(Roles.EXPERTS))
        .doesNotContain(TasklistFilters.groupFilterName(Roles.SECRETARIAT));
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).as("experts have no Cockpit")
        .isEqualTo(403);
    assertThat(browser.get("/camunda/app/tasklist/styles/user-styles.css").body()).contains(".ce-eol-banner");
  }

  @Test
  void applicantsCannotEnterTheWebapps() {
    BrowserSession browser = new BrowserSession(port());
    browser.signIn("applicant1", "demo");

    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(403);
  }

  @Test
  void aWrongPasswordIsRefusedOnTheLoginForm() {
    BrowserSession browser = new BrowserSession(port());

    HttpResponse<String> signIn = browser.signIn(throwawayUser(Roles.SECRETARIAT), "not-the-password");

    assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
  }

  @Test
  void onlyThePublicCatalogIsAnonymous() {
    BrowserSession browser = new BrowserSession(port());
    assertThat(browser.get("/").statusCode()).isEqualTo(200);
    assertThat(browser.get("/catalog").statusCode()).isEqualTo(200);
    assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
    for (String page : List.of("/swagger-ui.html", "/v3/api-docs", "/camunda/app/admin/default/", "/actuator/info")) {
      assertThat(browser.get(page).statusCode()).as(page).isEqualTo(302);
    }
    assertThat(anonymous().postJson("/api/catalog/editions/draft/publish", "{}").status()).isEqualTo(401);
    // the webapps' sign-in form needs its fonts and the engines' names, as the webapps publish them, and nothing else
    assertThat(browser.get("/camunda/api/engine/engine/").body()).isEqualTo("[{\"name\":\"default\"}]");
    assertThat(browser.get("/camunda/assets/IBMPlexSans-Bold.woff").statusCode()).isEqualTo(200);
    for (String api : List.of("/camunda/api/admin/auth/user/default", "/camunda/api/engine/engine/default/task",
        "/camunda/api/engine/engine/default/user")) {
      assertThat(browser.get(api).statusCode()).as(api).isEqualTo(401);
    }
  }

  @Test
  void theOpenApiDescriptionIsThereForSignedInUsers() {
    BrowserSession browser = new BrowserSession(port());
    browser.signIn("secretariat1", "demo");

    HttpResponse<String> docs = browser.get("/v3/api-docs");

    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/catalog").contains("/api/catalog/imports");
  }

  @Test
  void passwordsAreStoredHashedAndSalted() {
    var stored = jdbc.queryForMap("select PWD_, SALT_ from ACT_ID_USER where ID_ = ?", "secretariat1");

    assertThat((String) stored.get("PWD_")).doesNotContain("demo").startsWith("{SHA-512}");
    assertThat((String) stored.get("SALT_")).isNotBlank();
    assertThat(identity.checkPassword("secretariat1", "demo")).isTrue();
  }

  /** A user of its own for tests with wrong passwords: the engine delays a user's next login after a failure. */
  private String throwawayUser(String group) {
    String id = "it" + java.util.UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(id);
    user.setPassword("right-password");
    identity.saveUser(user);
    identity.createMembership(id, group);
    return id;
  }

  private static List<String> filterNames(com.fasterxml.jackson.databind.JsonNode filters) {
    List<String> names = new java.util.ArrayList<>();
    filters.forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }
}
