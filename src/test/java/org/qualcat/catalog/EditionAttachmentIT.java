package org.qualcat.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.support.PdfFiles.squeezed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.qualcat.support.Accessibility;
import org.qualcat.support.Chromium;
import org.qualcat.support.IntegrationTest;
import org.qualcat.support.TestFiles;
import org.qualcat.support.PdfFiles;
import org.qualcat.verification.VerificationFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published edition as the notice's Attachment 1 (issue 15): the four lists and the changes as a bilingual PDF with
 * embedded fonts that render Chinese, as CSV and as XLSX, their numbers those of the database; the edition page links
 * them and passes axe in Chromium.
 */
class EditionAttachmentIT extends IntegrationTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;

  @RegisterExtension
  final Chromium chromium = new Chromium();

  private String code;
  private String edition;

  @BeforeEach
  void publishAnEditionWithANewQualification() {
    code = "BJ-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    QualificationDetails details = new QualificationDetails("Chartered Tunnel Engineer " + code, "特许隧道工程师",
        "Institution of Tunnelling", "United Kingdom", "Engineering", EnumSet.of(CatalogList.INTERNATIONAL,
            CatalogList.TITLE_ELIGIBLE), TitleLevel.INTERMEDIATE, "Engineering", null, PracticeField.NONE,
        VerificationChannel.EMAIL, null, Provenance.OFFICIAL, null, null, null,
        EnumSet.of(TitleChannel.DIRECT_RECOGNITION));
    edition = transaction.execute(s -> {
      catalog.list(code, details, new Decision("NOM-TEST-" + code, null, "Listed by the committee", "secretariat1",
          Instant.now()));
      return VerificationFixtures.publish(catalog);
    });
  }

  @Test
  void thePdfListsEveryListInChineseAndEnglishWithTheChangesAndEmbeddedFonts() throws IOException {
    HttpResponse<byte[]> answer = get("/catalog/editions/" + edition + "/attachment.pdf");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment").contains("catalog-" + edition + "-attachment-1.pdf");
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "edition-attachment-sample.pdf"), answer.body()); // to look at
    try (PDDocument pdf = Loader.loadPDF(answer.body())) {
      String text = PdfFiles.text(pdf);
      assertThat(text).contains("附件1", squeezed("Attachment 1"), "特许隧道工程师",
          squeezed("Chartered Tunnel Engineer " + code), "国际职业资格清单", squeezed("List of International Professional "
              + "Qualifications"), "可申报北京市职称的国际职业资格清单", "中级职称·Engineering", squeezed("intermediate title · Engineering"),
          "与上一版相比的变化", squeezed("What changed since the previous edition"), "新增", "NOM-TEST-" + code);
      assertThat(text).as("the sample catalog's rows are marked").contains("示例数据——并非正式目录");
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      assertThat(PdfFiles.fontsOf(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
          .extracting(PDFont::getName).allSatisfy(name -> assertThat(name).matches(
              "[A-Z]{6}\\+(LiberationSans(-Bold)?|DroidSansFallback(Full)?)"))
          .anySatisfy(name -> assertThat(name).contains("DroidSansFallback"));
    }
  }

  @Test
  void theCsvAndTheWorkbookHoldEveryListAsTheDatabaseDoes() throws IOException {
    Map<CatalogList, Long> perList = new HashMap<>();
    for (CatalogList list : CatalogList.values()) {
      perList.put(list, jdbc.queryForObject("select count(*) from edition_entry e join catalog_edition c on "
          + "c.id = e.edition_id where c.code = ? and e.lists like ?", Long.class, edition,
          CatalogListsConverter.memberPattern(list)));
    }

    byte[] csv = get("/catalog/editions/" + edition + "/attachment.csv").body();
    assertThat(Arrays.copyOf(csv, 3)).as("a byte order mark, for spreadsheet programs")
        .containsExactly(0xEF, 0xBB, 0xBF);
    List<String[]> rows = TestFiles.csvRows(csv);
    assertThat(rows.get(0)).startsWith("list_zh", "list_en", "number", "code", "name_zh", "name_en");
    assertThat(rows).hasSize(1 + perList.values().stream().mapToInt(Long::intValue).sum());
    assertThat(rows.stream().filter(r -> r[3].equals(code)).map(r -> r[1])).containsExactly(
        "List of International Professional Qualifications",
        "List of Qualifications Eligible for Beijing’s Professional and Technical Titles");
    assertThat(rows.stream().filter(r -> r[3].equals(code)).findFirst().orElseThrow()[4]).isEqualTo("特许隧道工程师");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        get("/catalog/editions/" + edition + "/attachment.xlsx").body()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
      for (CatalogList list : CatalogList.values()) {
        Sheet sheet = workbook.getSheetAt(list.ordinal());
        assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(perList.get(list).intValue());
      }
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("中文名称 / Name in Chinese");
      Sheet changes = workbook.getSheetAt(4);
      assertThat(changes.getSheetName()).isEqualTo("变化 Changes");
      assertThat(changes.getRow(changes.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo(code);
      assertThat(changes.getRow(changes.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("新增 / Added");
    }

    List<String[]> changes = TestFiles.csvRows(get("/catalog/editions/" + edition + "/changes.csv").body());
    assertThat(changes).hasSize(1 + jdbc.queryForObject("select count(*) from edition_change e join catalog_edition c "
        + "on c.id = e.edition_id where c.code = ?", Long.class, edition).intValue());
    assertThat(changes.get(changes.size() - 1)).startsWith("新增", "Added", code, "特许隧道工程师");
  }

  @Test
  void theDraftAndUnknownEditionsHaveNoAttachment() {
    assertThat(get("/catalog/editions/draft/attachment.pdf").statusCode()).isEqualTo(404);
    assertThat(get("/catalog/editions/NO-SUCH-EDITION/attachment.csv").statusCode()).isEqualTo(404);
  }

  @Test
  void theEditionPageOffersTheDownloadsAndPassesAxe() {
    WebDriver browser = chromium.start();
    browser.get(origin() + "/catalog/editions/" + edition + "?lang=zh");

    assertThat(browser.findElement(By.id("edition-downloads-title")).getText()).isEqualTo("本版目录（附件1）");
    Accessibility.assertNoViolations(browser);
    for (String link : List.of("download-pdf", "download-xlsx", "download-csv", "download-changes-csv")) {
      String href = browser.findElement(By.id(link)).getDomProperty("href");
      HttpResponse<byte[]> file = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(href)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).join();
      assertThat(file.statusCode()).as(link).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).as(link).startsWith("attachment");
      assertThat(file.body().length).as(link).isGreaterThan(100);
    }
    browser.get(origin() + "/catalog/editions/" + edition + "?lang=en");
    assertThat(browser.findElement(By.id("download-pdf")).getText()).isEqualTo("PDF, in Chinese and English");
    Accessibility.assertNoViolations(browser);
  }

  private HttpResponse<byte[]> get(String path) {
    return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(origin() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray()).join();
  }

  private String origin() {
    return "http://localhost:" + port();
  }
}
