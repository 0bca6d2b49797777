package org.qualcat.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualcat.catalog.CatalogQueries.QualificationSnapshot;
import org.qualcat.system.CsvFiles;
import org.qualcat.system.PdfDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published edition in the form of the notice's Attachment 1 (issue 15): the four lists as tables (number, name in
 * Chinese and English, issuing body, country or region, the title or skill level it corresponds to, the practice
 * field), and what changed since the previous edition (added, adjusted, removed, each with its decision). The same
 * content as a bilingual PDF ({@link PdfDocuments}, with the fonts the application ships), as CSV (UTF-8 with a byte
 * order mark, so that spreadsheet programs read the Chinese) and as an XLSX workbook (Apache POI), one sheet per
 * list and one of changes. Rows of sample data say so in every form.
 */
@Component
@Transactional(readOnly = true)
public class EditionAttachment {

  static final String TEMPLATE = "catalog/edition-attachment";
  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  /** The forms of the attachment, and the file name each downloads as. */
  public enum Form {
    PDF("attachment-1.pdf"), XLSX("attachment-1.xlsx"), CSV("attachment-1.csv"), CHANGES_CSV("changes.csv");

    private final String suffix;

    Form(String suffix) {
      this.suffix = suffix;
    }

    public String fileName(String editionCode) {
      return "catalog-" + editionCode + "-" + suffix;
    }
  }

  /** The files of the latest editions asked for: a published edition never changes, and a PDF takes a while. */
  private static final int CACHED = 8;

  private final CatalogQueries queries;
  private final MessageSource messages;
  private final PdfDocuments pdfs;
  private final Map<String, byte[]> files = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHED;
        }
      });

  EditionAttachment(CatalogQueries queries, MessageSource messages, PdfDocuments pdfs) {
    this.queries = queries;
    this.messages = messages;
    this.pdfs = pdfs;
  }

  /** One qualification in one list, in both languages. */
  public record Line(int number, String code, String nameZh, String nameEn, String issuingBody,
      String countryRegion, String titleZh, String titleEn, String practiceZh, String practiceEn,
      boolean illustrative) {
  }

  /** One of the four lists, with its qualifications numbered from 1. */
  public record Table(CatalogList list, String nameZh, String nameEn, List<Line> lines) {
  }

  /** One change of the edition, with the decision behind it. */
  public record Change(ChangeType type, String typeZh, String typeEn, String code, String nameZh, String nameEn,
      String summary, String summaryZh, String decisionReference, String decidedOn) {
  }

  /** The attachment of an edition. */
  public record Attachment(EditionView edition, List<Table> tables, List<Change> changes, boolean sampleData) {

    /** The edition's name in Chinese (its English name when it has none). */
    public String nameZh() {
      return edition.nameZh() == null ? edition.name() : edition.nameZh();
    }
  }

  /**
   * Published edition {@code code} in {@code form}, made once and kept among the latest few ("not found" for the
   * draft or an unknown code, which are not kept).
   */
  public byte[] file(String code, Form form) {
    String key = code + "/" + form;
    byte[] made = files.get(key);
    if (made == null) {
      Attachment attachment = of(code);
      made = switch (form) {
        case PDF -> pdf(attachment);
        case XLSX -> xlsx(attachment);
        case CSV -> csv(attachment);
        case CHANGES_CSV -> changesCsv(attachment);
      };
      files.put(key, made);
    }
    return made;
  }

  /** The attachment of published edition {@code code} ("not found" for the draft or an unknown code). */
  public Attachment of(String code) {
    EditionView edition = queries.edition(code);
    if (edition.status() != EditionStatus.PUBLISHED) {
      throw new org.qualcat.system.NotFoundException("no published edition " + code);
    }
    List<QualificationSnapshot> entries = queries.entriesOf(code);
    List<Table> tables = new ArrayList<>();
    for (CatalogList list : CatalogList.values()) {
      List<Line> lines = new ArrayList<>();
      for (QualificationSnapshot entry : entries) {
        if (entry.details().isOn(list)) {
          lines.add(line(lines.size() + 1, entry));
        }
      }
      tables.add(new Table(list, word("list." + list.name(), Locale.CHINESE), word("list." + list.name(),
          Locale.ENGLISH), lines));
    }
    Map<String, CatalogQueries.Named> names = queries.namesInChangeLog(edition);
    List<Change> changes = edition.changes().stream().map(c -> {
      CatalogQueries.Named name = names.get(c.qualificationCode());
      return new Change(c.type(), word("edition.kind." + c.type().name(), Locale.CHINESE),
          word("edition.kind." + c.type().name(), Locale.ENGLISH), c.qualificationCode(),
          name == null ? c.qualificationCode() : name.nameZh(), name == null ? c.qualificationCode() : name.nameEn(),
          c.summary(), c.summaryZh(), c.decisionReference(), c.decidedAt().atZone(BEIJING).format(DAY));
    }).toList();
    boolean sample = entries.stream().anyMatch(e -> e.details().provenance() != Provenance.OFFICIAL);
    return new Attachment(edition, tables, changes, sample);
  }

  private Line line(int number, QualificationSnapshot entry) {
    QualificationDetails d = entry.details();
    return new Line(number, entry.code(), d.nameZh(), d.nameEn(), d.issuingBody(), d.countryRegion(),
        title(d, Locale.CHINESE), title(d, Locale.ENGLISH), word("practice." + d.practiceField().name(),
            Locale.CHINESE), word("practice." + d.practiceField().name(), Locale.ENGLISH),
        d.provenance() != Provenance.OFFICIAL);
  }

  /** "中级职称 · 经济" or the skill level, or both; "—" for neither. */
  private String title(QualificationDetails d, Locale locale) {
    List<String> parts = new ArrayList<>();
    if (d.titleLevel() != TitleLevel.NONE) {
      parts.add(word("title." + d.titleLevel().name(), locale) + (d.titleSeries() == null ? ""
          : " · " + d.titleSeries()));
    }
    if (d.skillLevel() != null) {
      parts.add(word("attachment.skill", locale) + " " + d.skillLevel());
    }
    return parts.isEmpty() ? "—" : String.join("; ", parts);
  }

  /** The attachment as a bilingual PDF (landscape A4). */
  public byte[] pdf(Attachment attachment) {
    return pdfs.render(TEMPLATE, Map.of("a", attachment));
  }

  /** The four lists as one CSV table, a row per qualification and list. */
  public byte[] csv(Attachment attachment) {
    List<String> header = List.of("list_zh", "list_en", "number", "code", "name_zh", "name_en", "issuing_body",
        "country_region", "title_or_skill_zh", "title_or_skill_en", "practice_field_zh", "practice_field_en",
        "sample_data");
    List<List<String>> rows = new ArrayList<>();
    for (Table table : attachment.tables()) {
      for (Line l : table.lines()) {
        rows.add(List.of(table.nameZh(), table.nameEn(), Integer.toString(l.number()), l.code(), l.nameZh(),
            l.nameEn(), l.issuingBody(), l.countryRegion(), l.titleZh(), l.titleEn(), l.practiceZh(), l.practiceEn(),
            l.illustrative() ? "yes" : "no"));
      }
    }
    return csv(header, rows);
  }

  /** What changed since the previous edition, as CSV. */
  public byte[] changesCsv(Attachment attachment) {
    List<String> header = List.of("change_zh", "change_en", "code", "name_zh", "name_en", "summary_zh", "summary_en",
        "decision", "decided_on");
    List<List<String>> rows = attachment.changes().stream().map(c -> List.of(c.typeZh(), c.typeEn(), c.code(),
        c.nameZh(), c.nameEn(), c.summaryZh() == null ? "" : c.summaryZh(), c.summary(), c.decisionReference(),
        c.decidedOn())).toList();
    return csv(header, rows);
  }

  /** The four lists and the changes as an XLSX workbook, a sheet each, their header rows frozen. */
  public byte[] xlsx(Attachment attachment) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Table table : attachment.tables()) {
        Sheet sheet = workbook.createSheet(word("attachment.sheet." + table.list().name(), Locale.CHINESE) + " "
            + word("attachment.sheet." + table.list().name(), Locale.ENGLISH));
        header(sheet, bold, "attachment.col.number", "attachment.col.code", "attachment.col.nameZh",
            "attachment.col.nameEn", "attachment.col.issuingBody", "attachment.col.countryRegion",
            "attachment.col.title", "attachment.col.practice", "attachment.col.sample");
        int r = 1;
        for (Line l : table.lines()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(l.number());
          cells(row, 1, l.code(), l.nameZh(), l.nameEn(), l.issuingBody(), l.countryRegion(),
              l.titleZh() + " / " + l.titleEn(), l.practiceZh() + " / " + l.practiceEn(),
              l.illustrative() ? word("attachment.sample.yes", Locale.CHINESE) + " / "
                  + word("attachment.sample.yes", Locale.ENGLISH) : "");
        }
        widths(sheet, 6, 14, 28, 40, 36, 18, 28, 18, 14);
      }
      Sheet changes = workbook.createSheet(word("attachment.sheet.CHANGES", Locale.CHINESE) + " "
          + word("attachment.sheet.CHANGES", Locale.ENGLISH));
      header(changes, bold, "attachment.col.change", "attachment.col.code", "attachment.col.nameZh",
          "attachment.col.nameEn", "attachment.col.summary", "attachment.col.decision", "attachment.col.decidedOn");
      int r = 1;
      for (Change c : attachment.changes()) {
        cells(changes.createRow(r++), 0, c.typeZh() + " / " + c.typeEn(), c.code(), c.nameZh(), c.nameEn(),
            c.summaryZh() == null ? c.summary() : c.summaryZh() + " / " + c.summary(), c.decisionReference(),
            c.decidedOn());
      }
      widths(changes, 14, 14, 28, 40, 60, 24, 12);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Sheet sheet, CellStyle bold, String... keys) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < keys.length; i++) {
      var cell = row.createCell(i);
      cell.setCellValue(word(keys[i], Locale.CHINESE) + " / " + word(keys[i], Locale.ENGLISH));
      cell.setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void cells(Row row, int from, String... values) {
    for (int i = 0; i < values.length; i++) {
      row.createCell(from + i).setCellValue(values[i] == null ? "" : values[i]);
    }
  }

  private static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  private static byte[] csv(List<String> header, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    return CsvFiles.of(all);
  }

  private String word(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
