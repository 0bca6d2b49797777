package org.qualcat.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.qualcat.system.PlainText;

/**
 * Reads a catalog file (CSV, UTF-8, one header row) and checks every row, so that an import can refuse the whole
 * file with one report naming each bad row. Rows are numbered as a spreadsheet shows them: the header is row 1.
 *
 * <p>Columns (header names, any order): {@code code, name_en, name_zh, issuing_body, country_region, sector, lists}
 * are required; {@code title_level, title_series, skill_level, practice_field, verification_channel, notes,
 * source, sector_zh, notes_zh, title_channels} are optional. {@code lists} holds list codes separated by ';', as
 * {@code title_channels} holds the title channels of notice II (only on a row of the title-eligible list). {@code notes} are public
 * (shown to everyone), {@code sector_zh} and {@code notes_zh} are the sector and the notes in Chinese (Chinese pages
 * show the English ones without them); {@code source} is a research note for staff, never shown to the public. A
 * {@code source} that starts with "VERIFIED:" or "INFERRED:" marks a sample row (see {@link Provenance}).
 */
public final class CatalogFile {

  public static final int MAX_ROWS = 20_000;

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

  /** Column name and the longest value it takes. */
  private static final Map<String, Integer> REQUIRED = ordered(
      "code", 32, "name_en", 300, "name_zh", 200, "issuing_body", 300, "country_region", 120, "sector", 120,
      "lists", 80);
  private static final Map<String, Integer> OPTIONAL = ordered(
      "title_level", 16, "title_series", 120, "skill_level", 120, "practice_field", 16, "verification_channel", 16,
      "notes", 2000, "source", 2000, "sector_zh", 120, "notes_zh", 2000, "title_channels", 80);

  private CatalogFile() {
  }

  /** A row that passed every check. */
  public record Row(int row, String code, QualificationDetails details) {
  }

  /** What is wrong with a row; {@code column} is null when the problem is the row as a whole. */
  public record RowError(int row, String code, String column, String message) {
  }

  /** The outcome of reading a file: its good rows, and the errors of the bad ones. */
  public record Contents(List<Row> rows, List<RowError> errors, int rowCount) {

    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  public static Contents read(Reader reader) {
    List<Row> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    int rowNumber = 0;
    int dataRows = 0;
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> records = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema()).readValues(reader)) {
      if (!records.hasNextValue()) {
        errors.add(new RowError(1, null, null, "the file is empty; expected a header row: " + columnList()));
        return new Contents(rows, errors, 0);
      }
      rowNumber = 1;
      List<String> header = Arrays.stream(records.nextValue())
          .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
      List<String> headerErrors = checkHeader(header);
      if (!headerErrors.isEmpty()) {
        headerErrors.forEach(m -> errors.add(new RowError(1, null, null, m)));
        return new Contents(rows, errors, 0);
      }
      Map<String, Integer> firstRowOfCode = new HashMap<>();
      while (records.hasNextValue()) {
        rowNumber++;
        String[] record = records.nextValue();
        if (rowNumber - 1 > MAX_ROWS) {
          errors.add(new RowError(rowNumber, null, null, "more than " + MAX_ROWS + " rows; split the file"));
          break;
        }
        if (record.length == 1 && record[0].isBlank()) {
          continue; // an empty line
        }
        dataRows++;
        readRow(rowNumber, header, record, firstRowOfCode, rows, errors);
      }
    } catch (IOException | RuntimeException e) {
      errors.add(new RowError(rowNumber + 1, null, null, "not readable as CSV: " + firstLine(e.getMessage())));
    }
    return new Contents(rows, errors, dataRows);
  }

  private static void readRow(int rowNumber, List<String> header, String[] record,
      Map<String, Integer> firstRowOfCode, List<Row> rows, List<RowError> errors) {
    if (record.length != header.size()) {
      errors.add(new RowError(rowNumber, null, null,
          "has " + record.length + " fields but the header has " + header.size()));
      return;
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), record[i] == null ? "" : record[i].strip());
    }
    String code = values.get("code");
    RowChecker check = new RowChecker(rowNumber, code.isEmpty() ? null : code, errors);
    REQUIRED.forEach((column, max) -> check.text(column, values.get(column), true, max));
    OPTIONAL.forEach((column, max) -> check.text(column, values.getOrDefault(column, ""), false, max));
    if (!code.isEmpty() && !CODE.matcher(code).matches()) {
      check.fail("code", "must be 2 to 32 capital letters, digits or dashes, e.g. BJ-I-001");
    }
    Integer earlier = firstRowOfCode.putIfAbsent(code, rowNumber);
    if (earlier != null && !code.isEmpty()) {
      check.fail("code", "repeats row " + earlier + "; each qualification appears once");
    }
    Set<CatalogList> lists = check.lists(values.get("lists"));
    TitleLevel titleLevel = check.oneOf("title_level", values.get("title_level"), TitleLevel.class, TitleLevel.NONE);
    PracticeField practiceField = check.oneOf("practice_field", values.get("practice_field"),
        PracticeField.class, PracticeField.NONE);
    VerificationChannel channel = check.oneOf("verification_channel", values.get("verification_channel"),
        VerificationChannel.class, VerificationChannel.MANUAL);
    Set<TitleChannel> titleChannels = check.titleChannels(values.getOrDefault("title_channels", ""),
        lists.contains(CatalogList.TITLE_ELIGIBLE));
    if (check.passed()) {
      String source = emptyToNull(values.get("source"));
      rows.add(new Row(rowNumber, code, new QualificationDetails(values.get("name_en"), values.get("name_zh"),
          values.get("issuing_body"), values.get("country_region"), values.get("sector"), lists, titleLevel,
          emptyToNull(values.get("title_series")), emptyToNull(values.get("skill_level")), practiceField, channel,
          emptyToNull(values.get("notes")), Provenance.ofSource(source), source,
          emptyToNull(values.getOrDefault("sector_zh", "")), emptyToNull(values.getOrDefault("notes_zh", "")),
          titleChannels)));
    }
  }

  private static List<String> checkHeader(List<String> header) {
    List<String> problems = new ArrayList<>();
    for (String column : header) {
      if (!REQUIRED.containsKey(column) && !OPTIONAL.containsKey(column)) {
        problems.add("unknown column \"" + column + "\"; the columns are: " + columnList());
      }
    }
    REQUIRED.keySet().stream().filter(c -> !header.contains(c))
        .forEach(c -> problems.add("required column \"" + c + "\" is missing"));
    header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct()
        .forEach(c -> problems.add("column \"" + c + "\" appears more than once"));
    return problems;
  }

  private static String columnList() {
    return String.join(", ", REQUIRED.keySet()) + " (required), " + String.join(", ", OPTIONAL.keySet());
  }

  private static Map<String, Integer> ordered(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected end of file";
    }
    String line = message.lines().findFirst().orElse(message);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** Collects the errors of one row. */
  private static final class RowChecker {

    private final int row;
    private final String code;
    private final List<RowError> errors;
    private boolean passed = true;

    RowChecker(int row, String code, List<RowError> errors) {
      this.row = row;
      this.code = code;
      this.errors = errors;
    }

    void fail(String column, String message) {
      errors.add(new RowError(row, code, column, message));
      passed = false;
    }

    boolean passed() {
      return passed;
    }

    void text(String column, String value, boolean required, int max) {
      if (required && value.isEmpty()) {
        fail(column, "is required");
      } else if (value.length() > max) {
        fail(column, "is " + value.length() + " characters long; at most " + max + " are allowed");
      } else {
        // spreadsheets put line breaks in cells (Alt+Enter): a catalog file may hold them in any column
        String problem = PlainText.Rules.problem(value, true);
        if (problem != null) {
          fail(column, problem);
        }
      }
    }

    Set<CatalogList> lists(String value) {
      EnumSet<CatalogList> lists = EnumSet.noneOf(CatalogList.class);
      if (value.isEmpty()) {
        return lists; // reported as required
      }
      boolean unknown = false;
      for (String token : value.split(";")) {
        String name = token.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        try {
          lists.add(CatalogList.valueOf(name));
        } catch (IllegalArgumentException e) {
          unknown = true;
          fail("lists", "unknown list \"" + token.strip() + "\"; the lists are " + names(CatalogList.class)
              + ", separated by ';'");
        }
      }
      if (lists.isEmpty() && !unknown) {
        fail("lists", "names no list; the lists are " + names(CatalogList.class));
      }
      return lists;
    }

    Set<TitleChannel> titleChannels(String value, boolean titleEligible) {
      EnumSet<TitleChannel> channels = EnumSet.noneOf(TitleChannel.class);
      for (String token : value.split(";")) {
        String name = token.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        try {
          channels.add(TitleChannel.valueOf(name));
        } catch (IllegalArgumentException e) {
          fail("title_channels", "unknown title channel \"" + token.strip() + "\"; the channels are "
              + names(TitleChannel.class) + ", separated by ';'");
        }
      }
      if (!channels.isEmpty() && !titleEligible) {
        fail("title_channels", "title channels apply only to a qualification on TITLE_ELIGIBLE (notice II)");
      }
      return channels;
    }

    <E extends Enum<E>> E oneOf(String column, String value, Class<E> type, E absent) {
      if (value == null || value.isEmpty()) {
        return absent;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        fail(column, "\"" + value + "\" is not one of " + names(type));
        return absent;
      }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
  }
}
