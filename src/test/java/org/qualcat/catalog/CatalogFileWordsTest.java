package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every reason a catalog file is refused for has a sentence on the import page, in English and Chinese: the page
 * reads the reasons {@link CatalogFile} gives, so a new or reworded one must get its sentence too.
 */
class CatalogFileWordsTest {

  private static final String HEADER =
      "code,name_en,name_zh,issuing_body,country_region,sector,lists,title_level,practice_field,verification_channel\n";

  @Test
  void everyReasonOfARefusedRowHasItsSentenceInBothLanguages() throws Exception {
    String file = HEADER
        + "BJ-T-001,,中,Issuer,USA,IT,INTERNATIONAL,NONE,NONE,EMAIL\n"
        + "bad code,Name,中,Issuer,USA,IT,PLATINUM,SUPREME,NONE,EMAIL\n"
        + "BJ-T-001,Repeated,中,Issuer,USA,IT,;,NONE,NONE,EMAIL\n"
        + "BJ-T-004,Too few fields\n"
        + "BJ-T-005," + "x".repeat(301) + ",中,Issuer,USA,IT,URGENT,NONE,NONE,EMAIL\n"
        + "BJ-T-006,Bad\u0007bell,中,Issuer,USA,IT,URGENT,NONE,NONE,EMAIL\n"
        + "BJ-T-007,\"Unclosed,中,Issuer,USA,IT,URGENT,NONE,NONE,EMAIL\n";
    List<CatalogFile.RowError> errors = new ArrayList<>(CatalogFile.read(new StringReader(file)).errors());
    errors.addAll(CatalogFile.read(new StringReader("code,code,colour\n")).errors());
    errors.addAll(CatalogFile.read(new StringReader("")).errors());
    errors.add(new CatalogFile.RowError(2, "BJ-T-008", "code",
        "is under nomination: the catalog committee decides whether it is listed"));
    assertThat(errors).extracting(CatalogFile.RowError::message).as("the file has every kind of problem")
        .anySatisfy(m -> assertThat(m).startsWith("repeats row"))
        .anySatisfy(m -> assertThat(m).startsWith("not readable as CSV"))
        .anySatisfy(m -> assertThat(m).contains("characters long"))
        .anySatisfy(m -> assertThat(m).contains("control characters"));

    Properties english = bundle("");
    Properties chinese = bundle("_zh");
    for (CatalogFile.RowError error : errors) {
      String key = CatalogFileWords.sentence(error.message(), new ArrayList<>());
      assertThat(key).as("a sentence for \"" + error.message() + "\"").isNotNull();
      assertThat(english).as(key).containsKey(key);
      assertThat(chinese).as(key).containsKey(key);
      if (error.column() != null) {
        assertThat(chinese).containsKey("catalogAdmin.reason.column." + error.column());
      }
    }
  }

  private static Properties bundle(String suffix) throws Exception {
    Properties properties = new Properties();
    try (var in = CatalogFileWordsTest.class.getResourceAsStream("/messages-catalog-admin" + suffix + ".properties")) {
      properties.load(in);
    }
    return properties;
  }
}
