package org.qualcat.verification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores the benefits granted with a case as {@code ;CODE;CODE;} in one column, in enum order. */
@Converter
class HolderBenefitsConverter implements AttributeConverter<Set<HolderBenefit>, String> {

  private static final String DELIMITER = ";";

  @Override
  public String convertToDatabaseColumn(Set<HolderBenefit> benefits) {
    if (benefits == null || benefits.isEmpty()) {
      return null;
    }
    return EnumSet.copyOf(benefits).stream().map(Enum::name)
        .collect(Collectors.joining(DELIMITER, DELIMITER, DELIMITER));
  }

  @Override
  public Set<HolderBenefit> convertToEntityAttribute(String column) {
    EnumSet<HolderBenefit> benefits = EnumSet.noneOf(HolderBenefit.class);
    if (column != null) {
      Arrays.stream(column.split(DELIMITER)).filter(s -> !s.isBlank()).map(HolderBenefit::valueOf)
          .forEach(benefits::add);
    }
    return benefits;
  }
}
