package org.qualcat.catalog;

import org.qualcat.system.Published;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of lists as {@code ;INTERNATIONAL;URGENT;} in one column: in enum order, with a delimiter on
 * both ends, so that {@code like '%;URGENT;%'} finds exactly the members of a list.
 */
@Published
@Converter
public class CatalogListsConverter implements AttributeConverter<Set<CatalogList>, String> {

  static final String DELIMITER = ";";

  @Override
  public String convertToDatabaseColumn(Set<CatalogList> lists) {
    if (lists == null || lists.isEmpty()) {
      return DELIMITER;
    }
    return EnumSet.copyOf(lists).stream()
        .map(Enum::name)
        .collect(Collectors.joining(DELIMITER, DELIMITER, DELIMITER));
  }

  @Override
  public Set<CatalogList> convertToEntityAttribute(String column) {
    EnumSet<CatalogList> lists = EnumSet.noneOf(CatalogList.class);
    if (column != null) {
      Arrays.stream(column.split(DELIMITER))
          .filter(s -> !s.isBlank())
          .map(CatalogList::valueOf)
          .forEach(lists::add);
    }
    return lists;
  }

  /** The {@code like} pattern that matches the column of every member of {@code list}. */
  public static String memberPattern(CatalogList list) {
    return "%" + DELIMITER + list.name() + DELIMITER + "%";
  }
}
