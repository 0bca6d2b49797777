package org.qualcat.catalog;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.system.Published;

/** Stores a catalog entry's title channels as {@code ;DIRECT_RECOGNITION;COURSE_EXEMPTION;} (none: null). */
@Published
@Converter
public class TitleChannelsConverter implements AttributeConverter<Set<TitleChannel>, String> {

  private static final String DELIMITER = ";";

  @Override
  public String convertToDatabaseColumn(Set<TitleChannel> channels) {
    if (channels == null || channels.isEmpty()) {
      return null;
    }
    return EnumSet.copyOf(channels).stream().map(Enum::name)
        .collect(Collectors.joining(DELIMITER, DELIMITER, DELIMITER));
  }

  @Override
  public Set<TitleChannel> convertToEntityAttribute(String column) {
    EnumSet<TitleChannel> channels = EnumSet.noneOf(TitleChannel.class);
    if (column != null) {
      Arrays.stream(column.split(DELIMITER)).filter(s -> !s.isBlank()).map(TitleChannel::valueOf)
          .forEach(channels::add);
    }
    return channels;
  }
}
