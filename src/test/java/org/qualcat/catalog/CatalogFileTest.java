package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogFileTest {

  private static final String HEADER = "code,name_en,name_zh,issuing_body,country_region,sector,lists\n";

  @Test
  void theSampleCatalogIsValidAndKeepsItsProvenance() throws Exception {
    try (Reader csv = new InputStreamReader(
        getClass().getClassLoader().getResourceAsStream(SampleCatalog.RESOURCE), StandardCharsets.UTF_8)) {
      CatalogFile.Contents contents = CatalogFile.read(csv);

      assertThat(contents.errors()).isEmpty();
      assertThat(contents.rows()).hasSize(46);
      Map<Provenance, Long> byProvenance = contents.rows().stream()
          .collect(Collectors.groupingBy(r -> r.details().provenance(), Collectors.counting()));
      assertThat(byProvenance).containsExactlyInAnyOrderEntriesOf(
          Map.of(Provenance.VERIFIED, 9L, Provenance.INFERRED, 37L));
      Map<String, CatalogFile.Row> byCode = contents.rows().stream()
          .collect(Collectors.toMap(CatalogFile.Row::code, Function.identity()));
      assertThat(byCode.get("BJ-V-001").details().lists()).containsExactly(CatalogList.INTERNATIONAL, CatalogList.URGENT);
      assertThat(byCode.get("BJ-V-001").details().titleLevel()).isEqualTo(TitleLevel.DEPUTY_SENIOR);
      assertThat(byCode.get("BJ-I-001").details().practiceField()).isEqualTo(PracticeField.FINANCE);
      assertThat(byCode.get("BJ-I-001").details().titleSeries()).isEqualTo("Economics (finance)");
    }
  }

  @Test
  void readsQuotedFieldsAndAppliesDefaults() {
    CatalogFile.Contents contents = read(HEADER.replace("lists\n", "lists,title_level,source\n")
        + "XX-001,\"Name, with comma\",名称,\"Issuer\nover two lines\",USA,IT,INTERNATIONAL; urgent,,INFERRED: a guess\n");

    assertThat(contents.errors()).isEmpty();
    QualificationDetails details = contents.rows().get(0).details();
    assertThat(details.nameEn()).isEqualTo("Name, with comma");
    assertThat(details.issuingBody()).isEqualTo("Issuer\nover two lines");
    assertThat(details.lists()).isEqualTo(EnumSet.of(CatalogList.INTERNATIONAL, CatalogList.URGENT));
    assertThat(details.titleLevel()).isEqualTo(TitleLevel.NONE);
    assertThat(details.practiceField()).isEqualTo(PracticeField.NONE);
    assertThat(details.verificationChannel()).isEqualTo(VerificationChannel.MANUAL);
    assertThat(details.provenance()).isEqualTo(Provenance.INFERRED);
  }

  @Test
  void reportsEveryBadRowWithItsRowNumberAndColumn() {
    String csv = HEADER.replace("lists\n", "lists,title_level,verification_channel\n")
        + "GOOD-001,Good,好,Issuer,USA,IT,INTERNATIONAL,,\n"                  // row 2: fine
        + "bad code,Name,名,Issuer,USA,IT,INTERNATIONAL,,\n"                 // row 3: code format
        + "GOOD-002,,名,Issuer,USA,IT,FOO,,\n"                               // row 4: name_en, lists
        + "GOOD-003,Name,名,Issuer,USA,IT,URGENT,SENIOR,PIGEON\n"            // row 5: title_level, channel
        + "GOOD-001,Again,再,Issuer,USA,IT,URGENT,,\n"                        // row 6: duplicate of row 2
        + "GOOD-004,Name,名,Issuer,USA\n"                                     // row 7: too few fields
        + "GOOD-005,Name,名,Issuer,USA," + "x".repeat(121) + ",URGENT,,\n"   // row 8: sector too long
        + "GOOD-006,Name\u0007,名,Issuer,USA,IT,URGENT,,\n";                  // row 9: control character

    CatalogFile.Contents contents = read(csv);

    assertThat(contents.isValid()).isFalse();
    assertThat(contents.rowCount()).isEqualTo(8);
    assertThat(contents.errors())
        .extracting(CatalogFile.RowError::row, CatalogFile.RowError::column)
        .containsExactly(
            tuple(3, "code"),
            tuple(4, "name_en"), tuple(4, "lists"),
            tuple(5, "title_level"), tuple(5, "verification_channel"),
            tuple(6, "code"),
            tuple(7, null),
            tuple(8, "sector"),
            tuple(9, "name_en"));
    assertThat(contents.errors().get(2).message()).contains("unknown list \"FOO\"").contains("INTERNATIONAL, URGENT");
    assertThat(contents.errors().get(5).message()).contains("repeats row 2");
    assertThat(contents.errors().get(6).message()).contains("has 5 fields but the header has 9");
    assertThat(contents.errors().get(1).code()).isEqualTo("GOOD-002");
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    CatalogFile.Contents contents = read("code,name,lists,colour\nX-001,Name,URGENT,red\n");

    assertThat(contents.rows()).isEmpty();
    assertThat(contents.errors()).extracting(CatalogFile.RowError::row).containsOnly(1);
    assertThat(contents.errors()).extracting(CatalogFile.RowError::message)
        .anyMatch(m -> m.contains("unknown column \"name\""))
        .anyMatch(m -> m.contains("unknown column \"colour\""))
        .anyMatch(m -> m.contains("required column \"name_en\" is missing"))
        .anyMatch(m -> m.contains("required column \"sector\" is missing"));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThat(read("").errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("the file is empty"));
  }

  @Test
  void refusesAFileThatIsNotCsv() {
    CatalogFile.Contents contents = read(HEADER + "X-001,\"unclosed quote,名,I,U,S,URGENT\n");

    assertThat(contents.isValid()).isFalse();
    assertThat(contents.errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).startsWith("not readable as CSV"));
  }

  @Test
  void acceptsHeadersInAnyCaseAndOrderWithAByteOrderMark() {
    CatalogFile.Contents contents = read("\uFEFFLISTS,Code,name_zh,name_en,sector,country_region,issuing_body\n"
        + "GO_GLOBAL,AB-1,名,Name,IT,USA,Issuer\n");

    assertThat(contents.errors()).isEmpty();
    assertThat(contents.rows()).singleElement().satisfies(r -> {
      assertThat(r.code()).isEqualTo("AB-1");
      assertThat(r.details().lists()).containsExactly(CatalogList.GO_GLOBAL);
    });
  }

  private static CatalogFile.Contents read(String csv) {
    return CatalogFile.read(new StringReader(csv));
  }
}
