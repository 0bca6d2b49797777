package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.verification.VerificationFixtures.APPLICANT;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.Decision;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.Provenance;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.BureauTime;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published edition in force is the law (docs/adr/0015): what the committee decides into the draft edition
 * changes nothing an applicant or the public sees until the secretariat publishes it, and every result records the
 * edition it was decided under.
 */
class EditionInForceIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  private static final String CASES = "/api/verification-cases";

  @Autowired
  Catalog catalog;
  @Autowired
  CatalogEntries qualifications;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  VerificationCases cases;
  @Autowired
  VerificationCaseRepository repository;
  @Autowired
  CatalogInForce law;

  private VerificationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new VerificationFixtures(catalog, transaction);
  }

  @Test
  void anApprovedAdjustmentChangesNeitherBenefitsNorThePublicCatalogUntilItsEditionIsPublished() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String inForce = repositoryEditionOf(VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, code, APPLICANT));

    // the committee moves the qualification onto the urgently-in-demand list: a decision in the draft edition
    transaction.executeWithoutResult(status -> {
      QualificationDetails now = qualifications.find(code).orElseThrow().details();
      catalog.revise(code, now.withLists(Set.of(CatalogList.INTERNATIONAL, CatalogList.URGENT)), decision(code));
    });

    String beforePublication = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, code, APPLICANT);
    JsonNode before = as(APPLICANT).get(CASES + "/" + beforePublication).json();
    assertThat(before.get("benefits").findValuesAsText("code")).as("the draft grants nothing yet")
        .doesNotContain(HolderBenefit.HIGH_LEVEL_TALENT_SERVICES.name(), HolderBenefit.TALENT_VISA.name());
    assertThat(before.get("editionCode").asText()).isEqualTo(inForce);
    assertThat(anonymous().get("/api/catalog/" + code).json().get("lists")).extracting(JsonNode::asText)
        .containsExactly("INTERNATIONAL");

    String published = transaction.execute(status -> VerificationFixtures.publish(catalog));

    String afterPublication = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, code, APPLICANT);
    JsonNode after = as(APPLICANT).get(CASES + "/" + afterPublication).json();
    assertThat(after.get("benefits").findValuesAsText("code"))
        .contains(HolderBenefit.HIGH_LEVEL_TALENT_SERVICES.name(), HolderBenefit.TALENT_VISA.name());
    assertThat(after.get("editionCode").asText()).isEqualTo(published);
    assertThat(after.get("editionName").asText()).isEqualTo("Test edition " + published);
    assertThat(anonymous().get("/api/catalog/" + code).json().get("lists")).extracting(JsonNode::asText)
        .containsExactly("INTERNATIONAL", "URGENT");
    assertThat(as(APPLICANT).get(CASES + "/" + beforePublication).json().get("editionCode").asText())
        .as("a result keeps the edition it was decided under").isEqualTo(inForce);
  }

  @Test
  void aQualificationDecidedIntoTheDraftCannotBeVerifiedBeforeItsEditionIsPublished() {
    String code = VerificationFixtures.uniqueCode("VT");
    transaction.executeWithoutResult(status -> catalog.list(code, details(code), decision(code)));

    Response early = as(APPLICANT).submitCase(requestBody(code, certificate(), document()));
    assertThat(early.status()).as(early.toString()).isEqualTo(422);
    assertThat(early.json().get("detail").asText()).contains("not listed by the edition of the catalog in force yet");
    assertThat(anonymous().get("/api/catalog/" + code).status()).isEqualTo(404);
    assertThat(repository.findAll()).noneMatch(c -> c.getQualificationCode().equals(code));

    transaction.executeWithoutResult(status -> VerificationFixtures.publish(catalog));

    Response inForce = as(APPLICANT).submitCase(requestBody(code, certificate(), document()));
    assertThat(inForce.status()).as(inForce.toString()).isEqualTo(201);
    assertThat(anonymous().get("/api/catalog/" + code).status()).isEqualTo(200);
  }

  @Test
  void theCodeCheckSaysWhichEditionTheResultWasDecidedUnder() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, code, APPLICANT);
    VerificationCase verified = repository.findByReference(reference).orElseThrow();

    JsonNode check = anonymous().get("/api/verification-codes/" + verified.getVerificationCode()).json();

    assertThat(check.get("authentic").asBoolean()).isTrue();
    assertThat(check.get("editionCode").asText()).isEqualTo(verified.getEditionCode());
    assertThat(check.get("editionName").asText()).isEqualTo("Test edition " + verified.getEditionCode());
    assertThat(check.get("sampleData").asBoolean()).as("an official row").isFalse();
    assertThat(check.get("qualificationRemoved").asBoolean()).isFalse();
  }

  @Test
  void aPublishedEditionIsInForceFromItsDateOfIssuanceNeverLaterAndNeverBeforeTheEditionInForce() {
    String code = VerificationFixtures.uniqueCode("VT");
    transaction.executeWithoutResult(status -> catalog.list(code, details(code), decision(code)));
    String edition = VerificationFixtures.uniqueCode("E");

    Response future = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        java.util.Map.of("code", edition, "name", "Future", "publishedOn", "2099-01-01"));
    Response tooEarly = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        java.util.Map.of("code", edition, "name", "Too early", "publishedOn", "2025-09-04"));
    Response releasedBefore = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        java.util.Map.of("code", edition, "name", "Released before", "releasedOn", "2025-09-04"));

    for (Response refused : java.util.List.of(future, tooEarly)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("publishedOn");
    }
    assertThat(releasedBefore.json().get("errors").findValuesAsText("field")).containsExactly("releasedOn");

    Response published = as("secretariat1").postJson("/api/catalog/editions/draft/publish",
        java.util.Map.of("code", edition, "name", edition + " Edition", "repeals", "the 2025 Edition"));
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.json().get("inForce").asBoolean()).isTrue();
    assertThat(published.json().get("repeals").asText()).isEqualTo("the 2025 Edition");
    JsonNode editions = anonymous().get("/api/catalog/editions").json();
    assertThat(editions.get(0).get("code").asText()).isEqualTo(edition);
    assertThat(editions.findValuesAsText("inForce")).containsOnlyOnce("true");
  }

  @Test
  void aResultOnASampleRowOfTheDemoCatalogSaysItIsNotOfficialEverywhereItIsShown() {
    // BJ-I-001 is a sample row of the demo catalog (provenance VERIFIED: from public sources, not the bureau)
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, "BJ-I-001", APPLICANT);
    VerificationCase verified = repository.findByReference(reference).orElseThrow();
    assertThat(verified.isSampleData()).isTrue();

    JsonNode view = as(APPLICANT).get(CASES + "/" + reference).json();
    assertThat(view.get("sampleData").asBoolean()).isTrue();
    assertThat(view.get("statements").findValuesAsText("en")).contains("Sample data \u2014 not an official result.");
    assertThat(view.get("statements").findValuesAsText("zh")).anyMatch(zh -> zh.contains("示例数据"));

    JsonNode check = anonymous().get("/api/verification-codes/" + verified.getVerificationCode()).json();
    assertThat(check.get("sampleData").asBoolean()).isTrue();
    assertThat(check.get("sampleDataNotice").get("en").asText()).isEqualTo("Sample data \u2014 not an official result.");

    org.qualcat.support.BrowserSession portal = new org.qualcat.support.BrowserSession(port());
    portal.signIn(APPLICANT, "demo");
    for (String page : java.util.List.of("/verification/cases/" + reference,
        "/verification/cases/" + reference + "/result")) {
      assertThat(portal.get(page).body()).as(page).contains("Sample data \u2014 not an official result.");
    }
    assertThat(portal.get("/verification/cases/" + reference + "?lang=zh").body()).contains("示例数据");
    assertThat(portal.get("/verification?lang=en").body()).contains("sample data, not official");
    org.qualcat.support.TestMailServer.awaitMail("the result", org.qualcat.support.TestMailServer.to(
        "applicant1@qualcat.example", "Verification case " + reference + ": certificate verified / 核验通过 (sample data"));
  }
  @Test
  void anEditionPublishedInATransactionThatRolledBackWasNeverPublishedThoughItWasReadThere() {
    String code = fixtures.listed(VerificationChannel.ONLINE_REGISTER);
    String edition = VerificationFixtures.uniqueCode("RB");

    transaction.executeWithoutResult(status -> {
      publishWithLists(code, edition, "Rolled back", Set.of(CatalogList.INTERNATIONAL, CatalogList.URGENT));
      assertThat(law.editionName(edition)).as("inside the transaction").contains("Rolled back");
      assertThat(law.listing(edition, code).map(Listing::details).map(QualificationDetails::lists))
          .contains(Set.of(CatalogList.INTERNATIONAL, CatalogList.URGENT));
      status.setRollbackOnly();
    });

    assertThat(law.editionName(edition)).isEmpty();
    assertThat(law.listing(edition, code).orElseThrow().edition().code()).as("the edition in force answers instead")
        .isNotEqualTo(edition);

    // the same code published for real, with other lists: read as published, not as it was read before the rollback
    transaction.executeWithoutResult(status ->
        publishWithLists(code, edition, "Published", Set.of(CatalogList.INTERNATIONAL, CatalogList.GO_GLOBAL)));

    assertThat(law.editionName(edition)).contains("Published");
    Listing listing = law.listing(edition, code).orElseThrow();
    assertThat(listing.edition().name()).isEqualTo("Published");
    assertThat(listing.details().lists()).containsExactlyInAnyOrder(CatalogList.INTERNATIONAL, CatalogList.GO_GLOBAL);
    assertThat(law.listing(code)).contains(listing);
  }

  private void publishWithLists(String code, String edition, String name, Set<CatalogList> lists) {
    catalog.revise(code, qualifications.find(code).orElseThrow().details().withLists(lists), decision(code));
    catalog.publishDraft(new Catalog.Publication(edition, name, BureauTime.today(Clock.systemUTC()), null, null),
        "secretariat1");
  }

  private String repositoryEditionOf(String reference) {
    return repository.findByReference(reference).orElseThrow().getEditionCode();
  }

  private static QualificationDetails details(String code) {
    return new QualificationDetails("Test qualification " + code, "测试资格 " + code, "Test Issuing Body", "USA",
        "Testing", Set.of(CatalogList.INTERNATIONAL), TitleLevel.NONE, null, null, PracticeField.NONE,
        VerificationChannel.ONLINE_REGISTER, null, Provenance.OFFICIAL, null);
  }

  private static Decision decision(String code) {
    return new Decision("TEST " + code, null, "test decision", "committee1", Instant.now());
  }
}
