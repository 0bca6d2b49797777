package org.qualcat.verification;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.qualcat.system.InvalidInputException;

/**
 * An employer's sheet of employees' certificates, as CSV (UTF-8, with or without a byte-order mark) or XLSX (the
 * first sheet): a header row naming the {@link #COLUMNS} (in any order; a column header may also be its Chinese
 * label), then one certificate per row. Blank rows are skipped. Dates are ISO (YYYY-MM-DD) text or spreadsheet dates.
 */
final class BulkSheet {

  static final String FIELD = "file";
  static final int MAX_ROWS = 2_000;

  /** The columns, as the API names the fields of a case, and the file names of each row's materials. */
  static final List<String> COLUMNS = List.of("qualificationCode", "certificateNumber", "certificateIssuedOn",
      "holderName", "holderNationality", "holderDocumentNumber", "certificateCopy", "employmentProof");

  /** The Chinese headers people may use instead, column by column. */
  private static final Map<String, String> CHINESE = Map.of("资格代码", "qualificationCode", "证书编号",
      "certificateNumber", "发证日期", "certificateIssuedOn", "持证人姓名", "holderName", "国籍", "holderNationality",
      "证件号码", "holderDocumentNumber", "证书复印件", "certificateCopy", "聘用证明", "employmentProof");

  /** One row of the sheet: its number as a spreadsheet shows it (the header is row 1) and its cells by column. */
  record Line(int number, Map<String, String> cells) {

    String get(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
      return "Line[" + number + "]";
    }
  }

  private BulkSheet() {
  }

  /** The rows of a CSV or XLSX file (told apart by their content, whatever the name says). */
  static List<Line> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw refused("validation.bulk.empty", "must be a CSV or XLSX file with a header row and at least one row");
    }
    List<List<String>> rows = isZip(content) ? xlsx(content) : csv(content);
    if (rows.isEmpty()) {
      throw refused("validation.bulk.empty", "must be a CSV or XLSX file with a header row and at least one row");
    }
    List<String> header = rows.get(0).stream().map(BulkSheet::column).toList();
    List<String> missing = COLUMNS.stream().filter(c -> !c.equals("employmentProof") && !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw refused("validation.bulk.columns", "must have the columns " + String.join(", ", COLUMNS)
          + " in its first row; missing: " + String.join(", ", missing), String.join(", ", missing));
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < row.size(); c++) {
        if (COLUMNS.contains(header.get(c))) {
          cells.put(header.get(c), row.get(c));
        }
      }
      lines.add(new Line(i + 1, cells));
      if (lines.size() > MAX_ROWS) {
        throw refused("validation.bulk.tooManyRows", "must have at most " + MAX_ROWS + " rows; split the file",
            MAX_ROWS);
      }
    }
    if (lines.isEmpty()) {
      throw refused("validation.bulk.empty", "must be a CSV or XLSX file with a header row and at least one row");
    }
    return lines;
  }

  private static String column(String header) {
    String name = header == null ? "" : header.replace("\uFEFF", "").strip();
    for (String column : COLUMNS) {
      if (column.equalsIgnoreCase(name)) {
        return column;
      }
    }
    return CHINESE.getOrDefault(name, name);
  }

  private static boolean isZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
  }

  private static List<List<String>> csv(byte[] content) {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
        MappingIterator<String[]> records = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
            .readValues(reader)) {
      while (records.hasNext()) {
        rows.add(List.of(records.next()));
        if (rows.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw refused("validation.bulk.unreadable", "must be a CSV file in UTF-8 or an XLSX file");
    }
    if (rows.stream().flatMap(List::stream).anyMatch(cell -> cell != null && cell.indexOf('\uFFFD') >= 0)) {
      throw refused("validation.bulk.unreadable", "must be a CSV file in UTF-8 or an XLSX file");
    }
    return rows;
  }

  private static List<List<String>> xlsx(byte[] content) {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        while (rows.size() < row.getRowNum()) {
          rows.add(List.of()); // rows left out of the file are blank
        }
        rows.add(cells);
        if (rows.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      throw refused("validation.bulk.unreadable", "must be a CSV file in UTF-8 or an XLSX file");
    }
    return rows;
  }

  /** A cell as text: a date as YYYY-MM-DD, a number as written (no ".0"), text as it is. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return formatter.formatCellValue(cell);
  }

  private static InvalidInputException refused(String code, String message, Object... arguments) {
    return new InvalidInputException(List.of(
        org.qualcat.system.InvalidInputException.FieldError.coded(FIELD, code, message, arguments)));
  }
}
