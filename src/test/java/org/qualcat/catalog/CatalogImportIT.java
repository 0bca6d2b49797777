package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualcat.nomination.Nominees;
import org.qualcat.process.BureauTime;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Loading a catalog file: all rows or none, a report of bad rows, and publishing the draft edition. */
class CatalogImportIT extends IntegrationTest {

  private static final String HEADER =
      "code,name_en,name_zh,issuing_body,country_region,sector,lists,title_level,practice_field,verification_channel\n";

  @Autowired
  QualificationRepository qualifications;
  @Autowired
  EditionChangeRepository changes;
  @Autowired
  Catalog catalog;

  private final String prefix = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";

  @Test
  void aFileWithBadRowsIsRefusedWholeWithAReportAndNothingIsImported() {
    long qualificationsBefore = qualifications.count();
    long changesBefore = changes.count();
    String csv = HEADER
        + prefix + "001,Good one,好,Issuer,USA,IT,INTERNATIONAL,NONE,NONE,EMAIL\n"
        + prefix + "002,Bad list,坏,Issuer,USA,IT,PLATINUM,NONE,NONE,EMAIL\n"
        + prefix + "003,,缺,Issuer,USA,IT,URGENT,SUPREME,NONE,EMAIL\n";

    Response response = as("secretariat1").post("/api/catalog/imports", "text/csv", csv);

    assertThat(response.status()).isEqualTo(422);
    JsonNode problem = response.json();
    assertThat(problem.get("title").asText()).isEqualTo("Catalog file rejected");
    assertThat(problem.get("type").asText()).isEqualTo(CatalogAdminApi.IMPORT_REJECTED);
    assertThat(problem.get("detail").asText()).isEqualTo("2 of 3 rows have errors (3 in all); nothing was imported.");
    assertThat(problem.get("errors")).hasSize(3);
    assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(3);
    assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo(prefix + "002");
    assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("lists");
    assertThat(problem.get("errors").get(1).get("column").asText()).isEqualTo("name_en");
    assertThat(problem.get("errors").get(2).get("column").asText()).isEqualTo("title_level");
    assertThat(qualifications.count()).isEqualTo(qualificationsBefore);
    assertThat(qualifications.existsById(prefix + "001")).as("the good row was not imported either").isFalse();
    assertThat(changes.count()).isEqualTo(changesBefore);
  }

  @Test
  void aCodeUnderNominationIsRefusedForTheCommitteeDecidesIt() {
    String nominated = prefix + "NOM";
    Response nomination = as("secretariat1").postJson("/api/nominations", Nominees.body(nominated));
    assertThat(nomination.status()).as(nomination.toString()).isEqualTo(201);
    String csv = HEADER
        + prefix + "001,Good one,好,Issuer,USA,IT,INTERNATIONAL,NONE,NONE,EMAIL\n"
        + nominated + ",Certified Nominee,候选,Nominee Board,USA,IT,INTERNATIONAL,NONE,NONE,EMAIL\n";

    Response response = as("secretariat1").post("/api/catalog/imports", "text/csv", csv);

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.json().get("errors")).singleElement().satisfies(error -> {
      assertThat(error.get("row").asInt()).isEqualTo(3);
      assertThat(error.get("code").asText()).isEqualTo(nominated);
      assertThat(error.get("column").asText()).isEqualTo("code");
      assertThat(error.get("message").asText()).contains("under nomination");
    });
    assertThat(qualifications.findById(nominated)).get().extracting(Qualification::getStatus)
        .isEqualTo(QualificationStatus.NOMINATED);
    assertThat(qualifications.existsById(prefix + "001")).as("nothing imported").isFalse();
  }

  @Test
  void aGoodFileLandsInTheDraftEditionAndIsPublishedAsANewEdition() {
    String csv = HEADER
        + prefix + "001,Certified Widget Engineer,认证部件工程师,Widget Institute,USA,Engineering,INTERNATIONAL;TITLE_ELIGIBLE,INTERMEDIATE,NONE,ONLINE_REGISTER\n"
        + prefix + "002,Chartered Widget Accountant,特许部件会计师,Widget Society,United Kingdom,Accounting,URGENT,DEPUTY_SENIOR,ACCOUNTING,EMAIL\n";

    Response imported = as("secretariat1").post("/api/catalog/imports", "text/csv", csv);

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().get("added").asInt()).isEqualTo(2);
    assertThat(imported.json().get("edition").asText()).isEqualTo("draft");
    assertThat(qualifications.findById(prefix + "002")).get().satisfies(q -> {
      assertThat(q.getStatus()).isEqualTo(QualificationStatus.LISTED);
      assertThat(q.getDetails().lists()).containsExactly(CatalogList.URGENT);
      assertThat(q.getDetails().provenance()).isEqualTo(Provenance.OFFICIAL);
    });
    JsonNode draft = as("secretariat1").get("/api/catalog/editions/draft").json();
    assertThat(draft.get("changes").findValuesAsText("qualificationCode")).contains(prefix + "001", prefix + "002");
    assertThat(draft.get("changes").findValuesAsText("decidedBy")).contains("secretariat1");

    Response again = as("secretariat1").post("/api/catalog/imports", "text/csv", csv);
    assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);

    Response revised = as("secretariat1").post("/api/catalog/imports", "text/csv",
        csv.replace("URGENT,DEPUTY_SENIOR", "URGENT;INTERNATIONAL,DEPUTY_SENIOR"));
    assertThat(revised.json().get("updated").asInt()).isEqualTo(1);
    assertThat(revised.json().get("unchanged").asInt()).isEqualTo(1);

    String code = prefix.substring(0, prefix.length() - 1);
    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", code, "name", "Test Edition " + code, "publishedOn",
            BureauTime.today(Clock.systemUTC()).toString()));

    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.header("Location")).isEqualTo("/api/catalog/editions/" + code);
    JsonNode edition = published.json();
    assertThat(edition.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(edition.get("changes").findValuesAsText("type")).contains("ADDED", "ADJUSTED");
    JsonNode entries = anonymous().get("/api/catalog?size=200&edition=" + code).json();
    assertThat(entries.get("items").findValuesAsText("code")).contains(prefix + "001", prefix + "002", "BJ-I-001");
    assertThat(anonymous().get("/api/catalog/" + prefix + "002").json().get("lists"))
        .extracting(JsonNode::asText).containsExactly("INTERNATIONAL", "URGENT");

    // a published edition never changes: later imports go to the next draft
    as("secretariat1").post("/api/catalog/imports", "text/csv", csv.replace("Widget Institute", "Gadget Institute"));
    JsonNode stillPublished = anonymous().get("/api/catalog/editions/" + code).json();
    assertThat(stillPublished.get("changes")).hasSize(edition.get("changes").size());
    assertThat(anonymous().get("/api/catalog?edition=" + code + "&q=gadget").json().get("totalItems").asInt()).isZero();
    assertThat(anonymous().get("/api/catalog?edition=2025&size=1").json().get("totalItems").asInt()).isEqualTo(46);

    Response sameCode = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", code, "name", "Again"));
    assertThat(sameCode.status()).isEqualTo(409);
  }

  @Test
  void aMultipartUploadWorksForAdministrators() {
    String boundary = "qualcat-" + UUID.randomUUID();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"../../etc/catalog update.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n"
        + HEADER + prefix + "009,Uploaded,上传,Issuer,Japan,IT,GO_GLOBAL,,,\r\n"
        + "--" + boundary + "--\r\n";

    Response response = as("admin").post("/api/catalog/imports", "multipart/form-data; boundary=" + boundary,
        body.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().get("added").asInt()).isEqualTo(1);
    List<EditionChange> log = changes.findByQualificationCodeOrderById(prefix + "009");
    assertThat(log).singleElement().satisfies(c -> {
      assertThat(c.getSummary()).isEqualTo("Listed from catalog file catalog_update.csv");
      assertThat(c.getDecidedBy()).isEqualTo("admin");
    });
  }

  @Test
  void onlyTheSecretariatAndAdministratorsImportAndOnlyTheSecretariatPublishes() {
    String csv = HEADER + prefix + "001,Name,名,Issuer,USA,IT,INTERNATIONAL,,,\n";

    assertThat(anonymous().post("/api/catalog/imports", "text/csv", csv).status()).isEqualTo(401);
    assertThat(as("applicant1").post("/api/catalog/imports", "text/csv", csv).status()).isEqualTo(403);
    assertThat(as("expert1").post("/api/catalog/imports", "text/csv", csv).status()).isEqualTo(403);
    assertThat(as("committee1").post("/api/catalog/imports", "text/csv", csv).status()).isEqualTo(403);
    assertThat(qualifications.existsById(prefix + "001")).isFalse();

    Map<String, String> publish = Map.of("code", "X" + prefix.substring(2, 8), "name", "Nope");
    assertThat(as("admin").postJson("/api/catalog/editions/draft/publish", publish).status()).isEqualTo(403);
    assertThat(as("committee1").postJson("/api/catalog/editions/draft/publish", publish).status()).isEqualTo(403);
  }

  @Test
  void publishingChecksItsInput() {
    Response draftCode = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", "draft", "name", "Draft"));
    assertThat(draftCode.status()).isEqualTo(400);
    assertThat(draftCode.json().get("errors").get(0).get("field").asText()).isEqualTo("code");

    Response missingName = as("secretariat1").postJson("/api/catalog/editions/draft/publish", Map.of("code", "2099"));
    assertThat(missingName.status()).isEqualTo(400);
    assertThat(missingName.json().get("errors").findValuesAsText("field")).containsExactly("name");

    Response badDate = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", "2099", "name", "2099 Edition", "publishedOn", "yesterday"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("publishedOn");
  }

  @Test
  void anEmptyDraftCannotBePublished() {
    String code = "E" + prefix.substring(2, 8);
    as("secretariat1").post("/api/catalog/imports", "text/csv", HEADER + prefix + "005,N,名,I,USA,IT,URGENT,,,\n");
    assertThat(as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", code, "name", "Edition " + code)).status()).isEqualTo(201);

    Response empty = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        Map.of("code", code + "B", "name", "Nothing new"));

    assertThat(empty.status()).isEqualTo(409);
    assertThat(empty.json().get("detail").asText()).isEqualTo("the draft edition has no changes to publish");
  }
}
