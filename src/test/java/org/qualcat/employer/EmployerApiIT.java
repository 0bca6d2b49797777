package org.qualcat.employer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.qualcat.security.Roles;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Employers through the API: administrators register organisations and name their HR staff; bad input is refused by
 * field and leaves nothing behind; HR staff read their own organisation and no other.
 */
class EmployerApiIT extends IntegrationTest {

  private static final String EMPLOYERS = "/api/employers";

  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void anAdministratorRegistersAnOrganisationAndNamesItsHrStaff() {
    String code = newCode("110108");
    Response created = as("admin").postJson(EMPLOYERS, Map.of("creditCode", spaced(code).toLowerCase(Locale.ROOT),
        "name", "  Haidian   Precision Instruments Co., Ltd. ", "region", "BEIJING"));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo(EMPLOYERS + "/" + code);
    assertThat(created.json().get("creditCode").asText()).as("normalised").isEqualTo(code);
    assertThat(created.json().get("name").asText()).isEqualTo("Haidian Precision Instruments Co., Ltd.");

    String hr = user();
    Response added = as("admin").putJson(EMPLOYERS + "/" + code + "/members/" + hr, Map.of());
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    assertThat(identity.createUserQuery().userId(hr).memberOfGroup(Roles.EMPLOYERS).count())
        .as("in the HR staff's group").isOne();
    assertThat(as("admin").putJson(EMPLOYERS + "/" + code + "/members/" + hr, Map.of()).status())
        .as("naming a member again changes nothing").isEqualTo(200);

    JsonNode members = as(hr).get(EMPLOYERS + "/" + code + "/members").json();
    assertThat(members.findValuesAsText("userId")).containsExactly(hr);
    assertThat(members.findValuesAsText("name")).containsExactly("Test HR");
    assertThat(as(hr).get(EMPLOYERS + "/" + code).json().get("region").asText()).isEqualTo("BEIJING");
    assertThat(as("admin").get(EMPLOYERS).json().findValuesAsText("creditCode")).contains(code);

    assertThat(jdbc.queryForList("select action from audit_entry where subject = ? order by id", String.class, code))
        .containsExactly("EMPLOYER_REGISTERED", "EMPLOYER_MEMBER_ADDED");
  }

  @Test
  void hrStaffReadTheirOwnOrganisationAndAnotherIsNotFound() {
    assertThat(as("hr1").get(EMPLOYERS + "/91110105MA01QC4T79").status()).isEqualTo(200);
    Response other = as("hr1").get(EMPLOYERS + "/91120116MA07QC8K2T");
    assertThat(other.status()).as("another organisation: as if there were none").isEqualTo(404);
    assertThat(as("hr1").get(EMPLOYERS + "/91120116MA07QC8K2T/members").status()).isEqualTo(404);
    assertThat(as("hr1").get(EMPLOYERS).status()).as("the list is the administrators'").isEqualTo(403);
    assertThat(as("hr1").postJson(EMPLOYERS, Map.of()).status()).isEqualTo(403);
    assertThat(as("hr1").putJson(EMPLOYERS + "/91110105MA01QC4T79/members/applicant1", Map.of()).status())
        .as("HR staff do not name HR staff").isEqualTo(403);
  }

  @Test
  void aRegistrationIsRefusedFieldByFieldAndLeavesNothingBehind() {
    long before = count();

    Response wrongCheck = as("admin").postJson(EMPLOYERS, Map.of("creditCode", "91110105MA01QC4T78",
        "name", "X\u202EY", "region", "BEIJING"));
    assertThat(wrongCheck.status()).isEqualTo(400);
    assertThat(wrongCheck.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("creditCode",
        "name");
    assertThat(wrongCheck.body()).doesNotContain("91110105MA01QC4T78");

    Response nothing = as("admin").postJson(EMPLOYERS, Map.of());
    assertThat(nothing.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("creditCode",
        "name", "region");

    Response elsewhere = as("admin").postJson(EMPLOYERS, Map.of("creditCode", newCode("120101"),
        "name", "Tianjin registered", "region", "BEIJING"));
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.json().get("errors").findValuesAsText("field")).containsExactly("region");

    Response twice = as("admin").postJson(EMPLOYERS, Map.of("creditCode", "91110105MA01QC4T79",
        "name", "Someone else", "region", "BEIJING"));
    assertThat(twice.status()).as("a code registered already").isEqualTo(409);

    assertThat(count()).as("nothing registered").isEqualTo(before);
  }

  @Test
  void onlyAnExistingUserWithoutAnotherRoleBecomesHrStaffOfOneOrganisation() {
    String code = register(newCode("130102"), "HEBEI");
    String path = EMPLOYERS + "/" + code + "/members/";

    Response unknown = as("admin").putJson(path + "nobody" + UUID.randomUUID().toString().replace("-", ""), Map.of());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("userId");

    Response staff = as("admin").putJson(path + "verifier1", Map.of());
    assertThat(staff.status()).as("a verifier submitting for an employer").isEqualTo(400);
    assertThat(as("admin").putJson(path + "applicant1", Map.of()).status()).as("a holder's account").isEqualTo(400);
    assertThat(identity.createUserQuery().userId("verifier1").memberOfGroup(Roles.EMPLOYERS).count()).isZero();

    Response elsewhere = as("admin").putJson(path + "hr3", Map.of());
    assertThat(elsewhere.status()).as("HR staff of another organisation").isEqualTo(409);

    assertThat(as("admin").putJson(EMPLOYERS + "/91110105MA01QC4T00/members/hr3", Map.of()).status())
        .as("no such organisation").isEqualTo(404);
  }

  @Test
  void hrStaffWhoLeaveLoseTheGroupAndTheirOrganisation() {
    String code = register(newCode("110105"), "BEIJING");
    String hr = user();
    as("admin").putJson(EMPLOYERS + "/" + code + "/members/" + hr, Map.of());

    Response removed = as("admin").delete(EMPLOYERS + "/" + code + "/members/" + hr);

    assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    assertThat(identity.createUserQuery().userId(hr).memberOfGroup(Roles.EMPLOYERS).count()).isZero();
    assertThat(as("admin").get(EMPLOYERS + "/" + code + "/members").json().findValuesAsText("userId")).isEmpty();
    assertThat(as("admin").delete(EMPLOYERS + "/" + code + "/members/" + hr).status()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where subject = ? and action = ?",
        Long.class, code, "EMPLOYER_MEMBER_REMOVED")).isOne();
  }

  private String register(String code, String region) {
    Response created = as("admin").postJson(EMPLOYERS, Map.of("creditCode", code, "name", "Test employer " + code,
        "region", region));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return code;
  }

  /** A user with no role yet, password "demo". */
  private String user() {
    return newUser("hrt", "HR");
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from employer", Long.class);
  }

  /** A new valid code registered by the authority of {@code division} (6 digits). */
  private static String newCode(String division) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    StringBuilder code = new StringBuilder("91").append(division);
    for (int i = 0; i < 9; i++) {
      code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return CreditCodeTest.withCheck(code.toString());
  }

  private static String spaced(String code) {
    return code.substring(0, 6) + " " + code.substring(6, 12) + " " + code.substring(12);
  }
}
