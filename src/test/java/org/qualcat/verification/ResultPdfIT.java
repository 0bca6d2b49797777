package org.qualcat.verification;

import org.qualcat.support.PdfFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.audit.TrailReader.whoDidWhat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qualcat.audit.TrailReader;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.BrowserSession;
import org.qualcat.support.IntegrationTest;
import org.qualcat.system.PublicAddress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verification result as a PDF (notice IV.2): what it says in both languages, read back with PDFBox's text
 * extraction; its QR code, rendered with PDFBox and decoded with ZXing; who may fetch it, on the portal and through
 * the API; and that each download is in the audit trail.
 */
class ResultPdfIT extends IntegrationTest {

  @Autowired
  ApplicationMaterials applicationMaterials;

  /** A sample row of the demo catalog (an online register): results on it are sample data. */
  private static final String SAMPLE_QUALIFICATION = "BJ-I-001";
  private static final String PDF = "application/pdf";

  @Autowired
  VerificationCases cases;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  PublicAddress address;
  @Autowired
  VerificationCaseRepository repository;

  @Test
  void theApplicantDownloadsABilingualPdfWhoseQrCodeLeadsToTheCodeCheckAndWhosePagesAllSaySampleData()
      throws Exception {
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, SAMPLE_QUALIFICATION,
        VerificationFixtures.APPLICANT);
    JsonNode view = as(VerificationFixtures.APPLICANT).get("/api/verification-cases/" + reference).json();
    assertThat(view.get("sampleData").asBoolean()).as("a sample row").isTrue();
    String code = view.get("verificationCode").asText();

    HttpResponse<byte[]> download = signedIn(VerificationFixtures.APPLICANT)
        .getBytes("/verification/cases/" + reference + "/result.pdf");

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue(PDF);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"verification-result-" + reference + ".pdf\"");
    assertThat(download.headers().firstValue("Cache-Control")).hasValueSatisfying(
        c -> assertThat(c).contains("no-store"));
    try (PDDocument pdf = Loader.loadPDF(download.body())) {
      String text = squeezed(new PDFTextStripper().getText(pdf));
      assertThat(text).contains(squeezed(reference), code, squeezed(view.get("qualificationCode").asText()),
          squeezed(view.get("qualificationNameEn").asText()), squeezed(view.get("qualificationNameZh").asText()),
          squeezed(view.get("editionName").asText()), squeezed(view.get("holderName").asText()),
          squeezed(view.get("certificateNumber").asText()), "2019-09-01",
          squeezed("Beijing–Tianjin–Hebei International Professional Qualification Certificate Inquiry and "
              + "Verification Service Platform"), "京津冀国际职业资格证书查询核验服务平台",
          squeezed("Verification result"), "核验结果", squeezed("The certificate is authentic."), "经核验，证书真实。",
          squeezed(address.of(VerificationCodeApi.PAGE + code)));
      assertThat(text).as("the holder's document number is not on the result").doesNotContain(
          repository.findByReference(reference).orElseThrow().getHolderDocumentNumber());
      List<String> statements = new ArrayList<>();
      for (JsonNode statement : view.get("statements")) {
        statements.add(statement.get("code").asText());
        assertThat(text).as("statement " + statement.get("code")).contains(squeezed(statement.get("en").asText()))
            .contains(firstWords(statement.get("zh").asText()));
      }
      assertThat(statements).as("the notice's statement, sample data, the disclaimer")
          .containsExactly("IV.2", "SAMPLE_DATA", "DISCLAIMER");
      assertThat(view.get("benefits")).as("the benefits of a CFA charterholder employed in Beijing").isNotEmpty();
      for (JsonNode benefit : view.get("benefits")) {
        assertThat(text).as("benefit " + benefit.get("code")).contains(squeezed(benefit.get("en").asText()))
            .contains(firstWords(benefit.get("zh").asText()));
      }

      assertThat(pdf.getNumberOfPages()).as("the benefits take more than a page").isGreaterThan(1);
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        assertThat(pageText(pdf, page)).as("the sample-data banner on page " + page)
            .contains(squeezed("Sample data — not an official result."), "示例数据——并非正式核验结果。");
      }
      assertThat(qrCode(pdf)).isEqualTo(address.of(VerificationCodeApi.PAGE + code));
      assertThat(fontsOf(pdf)).as("only the fonts the application ships, embedded")
          .allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
          .extracting(PDFont::getName)
          .anySatisfy(name -> assertThat(name).contains("LiberationSans"))
          .anySatisfy(name -> assertThat(name).contains("DroidSansFallback"));
    }

    assertThat(new TrailReader(as("admin")).about(reference)).filteredOn(
        line -> line.get("action").asText().equals("RESULT_DOWNLOADED"))
        .singleElement().satisfies(line -> {
          assertThat(line.get("actor").asText()).isEqualTo(VerificationFixtures.APPLICANT);
          assertThat(line.get("details").asText()).isEqualTo("PDF");
          assertThat(line.get("category").asText()).isEqualTo("EXPORT");
        });
  }

  @Test
  void anOfficialResultHasNoSampleBannerAndTheApiServesItToTheApplicantAndVerifiersOnly() throws Exception {
    String qualification = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER);
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, qualification,
        VerificationFixtures.APPLICANT);
    String path = "/api/verification-cases/" + reference + "/result.pdf";

    HttpResponse<byte[]> applicants = as(VerificationFixtures.APPLICANT).getBytes(path, PDF);
    HttpResponse<byte[]> verifiers = as(VerificationFixtures.VERIFIER).getBytes(path, PDF);

    assertThat(applicants.statusCode()).isEqualTo(200);
    assertThat(applicants.headers().firstValue("Content-Type")).hasValue(PDF);
    assertThat(applicants.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"verification-result-" + reference + ".pdf\"");
    assertThat(verifiers.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(applicants.body())) {
      String text = squeezed(new PDFTextStripper().getText(pdf));
      assertThat(text).contains(squeezed("Test qualification " + qualification),
          squeezed("测试资格 " + qualification), reference);
      assertThat(text).as("an official row").doesNotContain(squeezed("Sample data")).doesNotContain("示例数据");
    }
    assertThat(as(VerificationFixtures.OTHER_APPLICANT).getBytes(path, PDF).statusCode())
        .as("another applicant's case").isEqualTo(404);
    assertThat(as(VerificationFixtures.OTHER_APPLICANT).getBytes(path, "application/json").statusCode())
        .isEqualTo(404);
    assertThat(as("secretariat1").getBytes(path, PDF).statusCode()).as("not a verifier").isEqualTo(403);
    assertThat(anonymous().getBytes(path, PDF).statusCode()).isEqualTo(401);

    assertThat(whoDidWhat(new TrailReader(as("admin")).about(reference))).endsWith(
        "applicant1 RESULT_DOWNLOADED", "verifier1 RESULT_DOWNLOADED");
  }

  @Test
  void thePortalServesThePdfToTheCaseApplicantOnlyAndOnlyOnceThereIsAResult() {
    String qualification = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.ONLINE_REGISTER);
    String reference = VerificationFixtures.verifiedCase(processEngine, applicationMaterials, cases, qualification,
        VerificationFixtures.APPLICANT);
    String open = cases.submit(VerificationFixtures.withMaterials(applicationMaterials, VerificationFixtures.newCase(
        qualification, VerificationFixtures.certificate(), VerificationFixtures.document()),
        VerificationFixtures.APPLICANT), VerificationFixtures.APPLICANT).reference();
    String page = "/verification/cases/" + reference + "/result.pdf";

    assertThat(signedIn(VerificationFixtures.VERIFIER).getBytes(page).statusCode()).isEqualTo(200);
    assertThat(signedIn(VerificationFixtures.OTHER_APPLICANT).getBytes(page).statusCode())
        .as("another applicant's case").isEqualTo(404);
    HttpResponse<byte[]> anonymous = new BrowserSession(port()).getBytes(page);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(signedIn(VerificationFixtures.APPLICANT).getBytes("/verification/cases/" + open + "/result.pdf")
        .statusCode()).as("no result yet").isEqualTo(404);
    assertThat(as(VerificationFixtures.APPLICANT).getBytes("/api/verification-cases/" + open + "/result.pdf", PDF)
        .statusCode()).as("no result yet").isEqualTo(404);

    String resultPage = signedIn(VerificationFixtures.APPLICANT).get("/verification/cases/" + reference + "/result")
        .body();
    assertThat(resultPage).as("the printable page's Download link")
        .contains("href=\"/verification/cases/" + reference + "/result.pdf\"");
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  /** Text without white space: extraction breaks lines where the layout does, and a line break is no space. */
  static String squeezed(String text) {
    return PdfFiles.squeezed(text);
  }

  /** The first words of a Chinese text: its first twelve characters. */
  static String firstWords(String zh) {
    String squeezed = squeezed(zh);
    return squeezed.substring(0, Math.min(12, squeezed.length()));
  }

  static String pageText(PDDocument pdf, int page) throws IOException {
    return PdfFiles.pageText(pdf, page);
  }

  /** The QR code on page 1, rendered at 200 dpi as a printer would and read back with ZXing. */
  static String qrCode(PDDocument pdf) throws IOException {
    BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
    try {
      return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    } catch (NotFoundException | ChecksumException | FormatException e) {
      throw new AssertionError("no readable QR code on page 1", e);
    }
  }

  static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
    return PdfFiles.fontsOf(pdf);
  }
}
