package org.qualcat.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused row of a catalog file in the reader's language: one sentence naming the column by its label. The reasons
 * are those {@link CatalogFile} and {@link CatalogImport} give in English (the API's words); one this table does not
 * know is shown as the API says it, after the column's label.
 */
@Component("catalogAdminWords")
public class CatalogFileWords {

  private static final String KEY = "catalogAdmin.reason.";
  /** The API's reason (its start) and the key of the sentence; the groups become arguments {1}, {2}, … */
  private static final Map<Pattern, String> REASONS = reasons(
      "is required", "required",
      "is (\\d+) characters long; at most (\\d+) are allowed", "tooLong",
      "must be 2 to 32 capital letters, digits or dashes.*", "codeFormat",
      "repeats row (\\d+);.*", "repeats",
      "unknown list \"(.*)\"; the lists are.*", "unknownList",
      "names no list;.*", "noList",
      "unknown title channel \"(.*)\";.*", "unknownTitleChannel",
      "title channels apply only to .*", "titleChannelsOffList",
      "\"(.*)\" is not one of .*", "notOneOf",
      "is under nomination:.*", "underNomination",
      "has (\\d+) fields but the header has (\\d+)", "fieldCount",
      "the file is empty;.*", "empty",
      "unknown column \"(.*)\";.*", "unknownColumn",
      "required column \"(.*)\" is missing", "missingColumn",
      "column \"(.*)\" appears more than once", "repeatedColumn",
      "more than (\\d+) rows; split the file", "tooManyRows",
      "not readable as CSV:.*", "unreadable",
      "must .*control characters.*|must not contain invisible.*|must be valid Unicode text", "plainText");

  private final MessageSource messages;

  CatalogFileWords(MessageSource messages) {
    this.messages = messages;
  }

  public String reason(CatalogFile.RowError error) {
    String column = error.column() == null ? ""
        : messages.getMessage(KEY + "column." + error.column(), null, error.column(), LocaleContextHolder.getLocale());
    List<Object> arguments = new ArrayList<>(List.of(column));
    String key = sentence(error.message(), arguments);
    if (key == null) {
      return column.isEmpty() ? error.message() : column + ": " + error.message();
    }
    return messages.getMessage(key, arguments.toArray(), error.message(), LocaleContextHolder.getLocale());
  }

  /** The key of the sentence that says the API's {@code reason}, its details added to {@code arguments}; or null. */
  static String sentence(String reason, List<Object> arguments) {
    for (Map.Entry<Pattern, String> known : REASONS.entrySet()) {
      Matcher matcher = known.getKey().matcher(reason);
      if (matcher.matches()) {
        for (int i = 1; i <= matcher.groupCount(); i++) {
          arguments.add(matcher.group(i));
        }
        return KEY + known.getValue();
      }
    }
    return null;
  }

  private static Map<Pattern, String> reasons(String... pairs) {
    Map<Pattern, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(Pattern.compile(pairs[i]), pairs[i + 1]);
    }
    return map;
  }
}
