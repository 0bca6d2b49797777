package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CatalogListsConverterTest {

  private final CatalogListsConverter converter = new CatalogListsConverter();

  @Test
  void storesListsInEnumOrderBetweenDelimiters() {
    assertThat(converter.convertToDatabaseColumn(EnumSet.of(CatalogList.TITLE_ELIGIBLE, CatalogList.INTERNATIONAL)))
        .isEqualTo(";INTERNATIONAL;TITLE_ELIGIBLE;");
    assertThat(converter.convertToDatabaseColumn(EnumSet.noneOf(CatalogList.class))).isEqualTo(";");
  }

  @Test
  void readsBackWhatItStored() {
    EnumSet<CatalogList> all = EnumSet.allOf(CatalogList.class);
    assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(all))).isEqualTo(all);
    assertThat(converter.convertToEntityAttribute(";")).isEmpty();
  }

  @Test
  void theMemberPatternMatchesExactlyOneList() {
    String column = converter.convertToDatabaseColumn(EnumSet.of(CatalogList.URGENT, CatalogList.GO_GLOBAL));
    for (CatalogList list : CatalogList.values()) {
      String pattern = CatalogListsConverter.memberPattern(list).replace("%", ".*");
      assertThat(column.matches(pattern)).as(list.name())
          .isEqualTo(list == CatalogList.URGENT || list == CatalogList.GO_GLOBAL);
    }
  }
}
