package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.employer.Employers;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases submitted by an employer's HR staff (ADR 0028): the organisation states the employment, every HR user of the
 * organisation follows its cases, and no one else but the verification officers reads them: another organisation's
 * HR staff and the holders get 404 on every way to a case (view, PDF, materials, withdraw, supplement), and the list
 * leaves them out. The demo organisations: hr1 and hr2 of a Beijing employer, hr3 of a Tianjin one.
 */
class EmployerCasesIT extends IntegrationTest {

  private static final String CASES = "/api/verification-cases";
  private static final String BEIJING_EMPLOYER = "91110105MA01QC4T79";

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Employers employers;

  private String code;

  @BeforeEach
  void listed() {
    code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
  }

  @Test
  void aCaseHrStaffSubmitNamesTheirOrganisationAsTheEmployerWhateverTheFormSays() {
    Map<String, Object> body = requestBody(code, certificate(), document());
    body.put("employerName", "Not the organisation Ltd");
    body.put("employerRegion", "HEBEI");
    body.put("employedInBeijing", true);

    Response created = as("hr1").submitCase(body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode view = as("hr1").get(CASES + "/" + reference(created)).json();
    assertThat(view.get("employerName").asText()).isEqualTo("Beijing Jinrong Asset Management Co., Ltd. (demo)");
    assertThat(view.get("employerRegion").asText()).isEqualTo("BEIJING");
    assertThat(view.get("employedInBeijing").asBoolean()).isTrue();
    assertThat(view.get("holderDocumentNumber").asText()).as("masked for HR staff").contains("••");
    assertThat(jdbc.queryForObject("select e.credit_code from verification_case c join employer e "
        + "on e.id = c.employer_id where c.reference = ?", String.class, reference(created)))
        .isEqualTo(BEIJING_EMPLOYER);
  }

  @Test
  void anOrganisationOutsideBeijingStatesNoEmploymentInBeijing() {
    Map<String, Object> body = requestBody(code, certificate(), document());
    body.put("employedInBeijing", false);

    Response created = as("hr3").submitCase(body);

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonNode view = as("hr3").get(CASES + "/" + reference(created)).json();
    assertThat(view.get("employerRegion").asText()).isEqualTo("TIANJIN");
    assertThat(view.get("employedInBeijing").asBoolean()).isFalse();
  }

  @Test
  void everyHrUserOfTheOrganisationFollowsItsCasesAndNoOneElseButTheOfficers() {
    String reference = reference(as("hr1").submitCase(requestBody(code, certificate(), document())));
    String material = as("hr1").get(CASES + "/" + reference).json().get("materials").get(0).get("id").asText();

    JsonNode list = as("hr2").get(CASES + "?size=200").json();
    JsonNode line = line(list, reference);
    assertThat(line).as("in the colleague's list").isNotNull();
    assertThat(line.get("holderName").asText()).isEqualTo("Jane Doe");
    assertThat(line.get("applicant").asText()).as("who of them submitted it").isEqualTo("hr1");
    assertThat(as("hr2").get(CASES + "/" + reference).status()).isEqualTo(200);
    assertThat(as("hr2").getBytes(CASES + "/" + reference + "/materials/" + material, "*/*").statusCode())
        .isEqualTo(200);
    assertThat(as("verifier1").get(CASES + "/" + reference).status()).isEqualTo(200);

    for (String stranger : new String[] {"hr3", "applicant1"}) {
      assertThat(line(as(stranger).get(CASES + "?size=200").json(), reference)).as(stranger + "'s list").isNull();
      assertThat(as(stranger).get(CASES + "/" + reference).status()).as(stranger).isEqualTo(404);
      assertThat(as(stranger).get(CASES + "/" + reference + "/result.pdf").status()).as(stranger).isEqualTo(404);
      assertThat(as(stranger).getBytes(CASES + "/" + reference + "/materials/" + material, "*/*").statusCode())
          .as(stranger).isEqualTo(404);
      assertThat(as(stranger).postJson(CASES + "/" + reference + "/withdraw", Map.of()).status()).as(stranger)
          .isEqualTo(404);
      assertThat(as(stranger).postJson(CASES + "/" + reference + "/supplement", Map.of("note", "mine now")).status())
          .as(stranger).isEqualTo(404);
    }

    Response withdrawn = as("hr2").postJson(CASES + "/" + reference + "/withdraw", Map.of());
    assertThat(withdrawn.status()).as("a colleague withdraws it").isEqualTo(200);
    assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
  }

  @Test
  void aHoldersOwnCaseIsNotTheirEmployersToRead() {
    String reference = reference(as("applicant1").submitCase(requestBody(code, certificate(), document())));

    assertThat(as("hr1").get(CASES + "/" + reference).status()).isEqualTo(404);
    assertThat(line(as("hr1").get(CASES + "?size=200").json(), reference)).isNull();
  }

  @Test
  void anOpenCaseForACertificateIsTheOrganisationsOneCaseForIt() {
    String certificate = certificate();
    String document = document();
    assertThat(as("hr1").submitCase(requestBody(code, certificate, document)).status()).isEqualTo(201);

    Response again = as("hr2").submitCase(requestBody(code, certificate, document));

    assertThat(again.status()).as("the colleague's case is open").isEqualTo(409);
    assertThat(as("applicant1").submitCase(requestBody(code, certificate, document)).status())
        .as("the holder's own case is another matter").isEqualTo(201);
  }

  @Test
  void hrStaffWhoLeaveTheOrganisationNoLongerReadItsCasesNotEvenTheirOwn() {
    String hr = newUser("hrt", "HR");
    transaction.executeWithoutResult(s -> employers.addMember(BEIJING_EMPLOYER, hr, "admin"));
    String reference = reference(as(hr).submitCase(requestBody(code, certificate(), document())));
    assertThat(as(hr).get(CASES + "/" + reference).status()).isEqualTo(200);

    transaction.executeWithoutResult(s -> employers.removeMember(BEIJING_EMPLOYER, hr, "admin"));

    // refused at once: "not found" while the sign-in and its groups are remembered (seconds), then 403 (no role left)
    assertThat(as(hr).get(CASES + "/" + reference).status()).isIn(403, 404);
    assertThat(line(as(hr).get(CASES + "?size=200").json(), reference)).isNull();
    assertThat(as("hr1").get(CASES + "/" + reference).status()).as("the organisation keeps it").isEqualTo(200);
  }

  @Test
  void someoneInTheHrGroupWithoutAnOrganisationSubmitsNothing() {
    String hr = newUser("hrt", "HR", org.qualcat.security.Roles.EMPLOYERS); // in Camunda Admin, not on /employers

    Response refused = as(hr).submitCase(requestBody(code, certificate(), document()));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from verification_case where applicant = ?", Long.class, hr))
        .isZero();
  }

  private static String reference(Response created) {
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  /** The list's line for the case; null when the list leaves it out (or the list is refused). */
  private static JsonNode line(JsonNode list, String reference) {
    if (!list.has("items")) {
      return null;
    }
    for (JsonNode item : list.get("items")) {
      if (item.get("reference").asText().equals(reference)) {
        return item;
      }
    }
    return null;
  }
}
