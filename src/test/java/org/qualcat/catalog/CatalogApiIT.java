package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;

/**
 * The public catalog API over the sample catalog, published as the 2025 Edition at start-up. Queries name the
 * edition, so that editions published by other tests do not change what is asserted here.
 */
class CatalogApiIT extends IntegrationTest {

  private static final String EDITION_2025 = "/api/catalog?edition=2025&size=200";

  @Test
  void anonymousUsersListTheWholeSampleCatalog() {
    Response response = anonymous().get(EDITION_2025);

    assertThat(response.status()).isEqualTo(200);
    JsonNode page = response.json();
    assertThat(page.get("totalItems").asLong()).isEqualTo(46);
    assertThat(codes(page)).startsWith("BJ-I-001", "BJ-I-002").endsWith("BJ-V-009").doesNotHaveDuplicates();
    JsonNode cfa = page.get("items").get(0);
    assertThat(cfa.get("nameZh").asText()).isEqualTo("特许金融分析师(CFA)");
    assertThat(cfa.get("provenance").asText()).isEqualTo("INFERRED");
    assertThat(cfa.get("illustrative").asBoolean()).isTrue();
    assertThat(cfa.get("status").asText()).isEqualTo("LISTED");
    assertThat(cfa.get("edition").asText()).isEqualTo("2025");
  }

  @Test
  void verifiedSampleRowsAreNotMarkedIllustrative() {
    JsonNode ieee = anonymous().get("/api/catalog/BJ-V-001").json();

    assertThat(ieee.get("provenance").asText()).isEqualTo("VERIFIED");
    assertThat(ieee.get("illustrative").asBoolean()).isFalse();
    assertThat(ieee.get("lists")).extracting(JsonNode::asText).containsExactly("INTERNATIONAL", "URGENT");
    assertThat(ieee.get("titleLevel").asText()).isEqualTo("DEPUTY_SENIOR");
  }

  @Test
  void thePublicReadsNoResearchNoteStaffDoAndChineseTextsComeBeside() {
    JsonNode ieee = anonymous().get("/api/catalog/BJ-V-001").json();
    assertThat(ieee.has("source")).isFalse();
    assertThat(ieee.toString()).doesNotContain("VERIFIED:", "japanese.beijing.gov.cn");
    assertThat(ieee.get("sectorZh").asText()).isEqualTo("电气与电子工程；信息技术");
    assertThat(ieee.get("notesZh").asText()).contains("核验方式为示意");
    assertThat(anonymous().get(EDITION_2025).body()).doesNotContain("VERIFIED:", "INFERRED:");

    JsonNode forStaff = as("monitor1").get("/api/catalog/BJ-V-001").json();
    assertThat(forStaff.get("staff").get("researchNote").asText()).startsWith("VERIFIED:");
  }

  @Test
  void filtersByList() {
    assertThat(total(EDITION_2025 + "&list=URGENT")).isEqualTo(9);
    assertThat(total(EDITION_2025 + "&list=GO_GLOBAL")).isEqualTo(3);
    assertThat(total(EDITION_2025 + "&list=TITLE_ELIGIBLE")).isEqualTo(9);
    assertThat(total(EDITION_2025 + "&list=INTERNATIONAL")).isEqualTo(45);
    assertThat(codes(anonymous().get(EDITION_2025 + "&list=GO_GLOBAL").json()))
        .containsExactly("BJ-I-020", "BJ-I-021", "BJ-I-022");
  }

  @Test
  void filtersBySectorAndFreeTextCaseInsensitively() {
    assertThat(codes(anonymous().get(EDITION_2025 + "&sector=FINANCE").json()))
        .containsExactly("BJ-I-001", "BJ-I-002", "BJ-I-003", "BJ-I-004", "BJ-V-004");
    assertThat(codes(anonymous().get(EDITION_2025 + "&q=cfa").json())).containsExactly("BJ-I-001");
    assertThat(codes(anonymous().get(EDITION_2025 + "&q=%E4%BC%9A%E8%AE%A1%E5%B8%88").json())) // 会计师
        .containsExactly("BJ-I-008", "BJ-I-009", "BJ-I-010", "BJ-I-013", "BJ-I-014", "BJ-I-015");
    assertThat(total(EDITION_2025 + "&q=bj-v")).isEqualTo(9);
    assertThat(total(EDITION_2025 + "&q=%25")).as("%% is taken literally").isZero();
  }

  @Test
  void combinesFilters() {
    assertThat(codes(anonymous().get(EDITION_2025 + "&list=URGENT&sector=accounting").json()))
        .containsExactly("BJ-V-004");
    assertThat(total(EDITION_2025 + "&list=URGENT&status=LISTED&q=fellow")).isEqualTo(7);
  }

  @Test
  void filtersByCurrentStatus() {
    assertThat(total(EDITION_2025 + "&status=LISTED")).isEqualTo(46);
    assertThat(total(EDITION_2025 + "&status=REMOVED")).isZero();
  }

  @Test
  void pagesInCodeOrder() {
    JsonNode first = anonymous().get("/api/catalog?edition=2025&size=20&page=0").json();
    JsonNode third = anonymous().get("/api/catalog?edition=2025&size=20&page=2").json();

    assertThat(first.get("totalPages").asInt()).isEqualTo(3);
    assertThat(first.get("items")).hasSize(20);
    assertThat(third.get("items")).hasSize(6);
    assertThat(codes(third)).endsWith("BJ-V-009");
  }

  @Test
  void withoutAnEditionShowsTheLatestPublishedOne() {
    String latest = anonymous().get("/api/catalog/editions").json().get(0).get("code").asText();

    JsonNode page = anonymous().get("/api/catalog?size=1").json();

    assertThat(page.get("items").get(0).get("edition").asText()).isEqualTo(latest);
  }

  @Test
  void badFiltersAreRefusedNamingTheParameter() {
    Response unknownList = anonymous().get("/api/catalog?list=FAVOURITES");
    assertThat(unknownList.status()).isEqualTo(400);
    assertThat(unknownList.header("Content-Type")).startsWith("application/problem+json");
    assertThat(unknownList.json().get("errors").get(0).get("field").asText()).isEqualTo("list");
    assertThat(unknownList.json().get("errors").get(0).get("message").asText()).contains("URGENT");

    Response badSize = anonymous().get("/api/catalog?size=0");
    assertThat(badSize.status()).isEqualTo(400);
    assertThat(badSize.json().get("errors").get(0).get("field").asText()).isEqualTo("size");

    Response badStatus = anonymous().get("/api/catalog?status=GONE");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.json().get("errors").get(0).get("field").asText()).isEqualTo("status");
  }

  @Test
  void anUnknownQualificationOrEditionIsNotFound() {
    Response missing = anonymous().get("/api/catalog/XX-999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asText()).contains("XX-999");

    assertThat(anonymous().get("/api/catalog/editions/1999").status()).isEqualTo(404);
    assertThat(anonymous().get("/api/catalog?edition=1999").status()).isEqualTo(404);
  }

  @Test
  void theEditionShowsItsChangeLogWithTheDecisionBehindEachEntry() {
    JsonNode edition = anonymous().get("/api/catalog/editions/2025").json();

    assertThat(edition.get("name").asText()).isEqualTo("2025 Edition");
    assertThat(edition.get("nameZh").asText()).isEqualTo("2025年版");
    // the notice's date: in force from its date of issuance; released to the public a week later
    assertThat(edition.get("publishedOn").asText()).isEqualTo("2025-09-05");
    assertThat(edition.get("releasedOn").asText()).isEqualTo("2025-09-12");
    assertThat(edition.get("repeals").asText()).isEqualTo("Version 1.0 (JRSYF [2024] No. 10)");
    assertThat(edition.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(edition.get("entries").asLong()).isEqualTo(46);
    assertThat(edition.get("added").asLong()).isEqualTo(46);
    assertThat(edition.get("changes")).hasSize(46);
    JsonNode first = edition.get("changes").get(0);
    assertThat(first.get("type").asText()).isEqualTo("ADDED");
    assertThat(first.get("decisionReference").asText()).startsWith("import ");
    assertThat(first.get("summary").asText()).contains("sample-catalog-2025.csv");
    // the demo's change log is dated as its edition (issued 5 September 2025), not when the database was made
    assertThat(edition.get("changes").findValuesAsText("decidedAt")).containsOnly("2025-09-05T01:00:00Z");
    assertThat(anonymous().get("/api/catalog/editions").json().findValuesAsText("code")).contains("2025");
  }

  @Test
  void theDraftEditionIsForStaffOnly() {
    assertThat(anonymous().get("/api/catalog/editions/draft").status()).isEqualTo(401);
    assertThat(as("applicant1").get("/api/catalog/editions/draft").status()).isEqualTo(403);
    Response draft = as("secretariat1").get("/api/catalog/editions/draft");
    assertThat(draft.status()).isEqualTo(200);
    assertThat(draft.json().get("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  void theCatalogPageShowsIllustrativeRowsAsSuch() {
    Response english = anonymous().get("/catalog?q=CFA");
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).contains("CFA charterholder").contains("illustrative")
        .contains("Rows marked \u201cillustrative\u201d are inferred examples and are not official");

    Response chinese = anonymous().get("/catalog?lang=zh&q=CFA");
    assertThat(chinese.body()).contains("北京市国际职业资格认可目录").contains("特许金融分析师(CFA)").contains("示意");

    Response entry = anonymous().get("/catalog/BJ-I-001");
    assertThat(entry.body()).contains("Illustrative sample row");
  }

  private long total(String path) {
    Response response = anonymous().get(path);
    assertThat(response.status()).as(path).isEqualTo(200);
    return response.json().get("totalItems").asLong();
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("items").forEach(item -> codes.add(item.get("code").asText()));
    return codes;
  }
}
