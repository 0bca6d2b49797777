package org.qualcat.verification;

import org.qualcat.system.PdfDocuments;

import org.qualcat.employer.EmployerRegion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.qualcat.verification.ResultPdfIT.fontsOf;
import static org.qualcat.verification.ResultPdfIT.pageText;
import static org.qualcat.verification.ResultPdfIT.qrCode;
import static org.qualcat.verification.ResultPdfIT.squeezed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qualcat.system.PublicAddress;
import org.qualcat.verification.CaseViews.Benefit;
import org.qualcat.verification.CaseViews.CaseView;
import org.qualcat.verification.CaseViews.Text;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The result PDF without the application: the template, the fonts, the QR code and the texts, quickly. What a
 * fetched PDF says and who may fetch it is {@link ResultPdfIT}'s.
 */
class ResultDocumentTest {

  private static final String ADDRESS = "https://qualcat.example";
  private static final String CODE = "AbCdEfGhIjKlMnOpQrSt_-";
  private static final String MARKUP = "<img src=\"file:///etc/passwd\"/> & <b>bold</b>";

  private final ResultDocument document = new ResultDocument(new PdfDocuments(templates(), messages(), address()),
      address(), java.util.List.of(), messages());

  @Test
  void aVerifiedResultOnSampleDataIsBilingualWithAReadableQrCodeAndTheBannerOnEveryPage() throws IOException {
    CaseView c = view(VerificationStatus.VERIFIED, CODE, true, "Jane Doe",
        List.of(benefit("WORK_PERMIT_RELAXED"), benefit("LONG_STAY_VISA"), benefit("OVERSEAS_EXPERIENCE"),
            benefit("EMPLOYER_SUPPORT"), benefit("PRACTICE_AUTHORIZATION"), benefit("TITLE_GRANT_CHANNELS")),
        List.of(statement("verification.statement.beijing", "IV.2"),
            statement("verification.statement.sampleData", "SAMPLE_DATA"),
            statement("verification.statement.disclaimer", "DISCLAIMER")));

    byte[] bytes = document.render(c);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "result-sample.pdf"), bytes); // to look at

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      String text = squeezed(new PDFTextStripper().getText(pdf));
      assertThat(text).contains("BJV-2026-000042", CODE, "BJ-I-001", "CFAcharterholder", "特许金融分析师(CFA)",
          "2025Edition", "JaneDoe", "CFA-123456", "2019-09-01", "2026-11-30", squeezed("Verification result"),
          "核验结果", squeezed("The certificate is authentic."), "经核验，证书真实。", ADDRESS + "/verification-codes/" + CODE,
          squeezed("Anyone can check this code at:"), "任何人均可在以下地址查验此核验码：", squeezed("What you may apply for"),
          "可申请的服务");
      for (Benefit b : c.benefits()) {
        assertThat(text).contains(squeezed(b.en()), squeezed(b.zh()));
      }
      for (Text s : c.statements()) {
        assertThat(text).contains(squeezed(s.en()), squeezed(s.zh()));
      }
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        assertThat(pageText(pdf, page)).as("page " + page).contains(squeezed("Sample data — not an official result."),
            "示例数据——并非正式核验结果。", squeezed(page + " / " + pdf.getNumberOfPages()));
      }
      assertThat(qrCode(pdf)).isEqualTo(ADDRESS + "/verification-codes/" + CODE);
      assertThat(fontsOf(pdf)).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
          .extracting(PDFont::getName).allSatisfy(name -> assertThat(name).matches(
              "[A-Z]{6}\\+(LiberationSans(-Bold)?|DroidSansFallback(Full)?)"));
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Verification result BJV-2026-000042");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
    }
  }

  @Test
  void anOfficialResultThatWasNotVerifiedHasNoCodeNoQrCodeAndNoBanner() throws IOException {
    CaseView c = view(VerificationStatus.NOT_VERIFIED, null, false, "Jane Doe", List.of(),
        List.of(statement("verification.statement.disclaimer", "DISCLAIMER")));

    try (PDDocument pdf = Loader.loadPDF(document.render(c))) {
      String text = squeezed(new PDFTextStripper().getText(pdf));
      assertThat(text).contains(squeezed("The issuing body did not confirm the certificate."), "发证机构未能确认该证书。")
          .doesNotContain(squeezed("Verification code")).doesNotContain("/verification-codes/")
          .doesNotContain(squeezed("Sample data")).doesNotContain(squeezed("What you may apply for"));
      assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("no image").isEmpty();
    }
  }

  @Test
  void namesWithMarkupAreTextAndLoadNothing() throws IOException {
    CaseView c = view(VerificationStatus.VERIFIED, CODE, false, MARKUP, List.of(),
        List.of(statement("verification.statement.disclaimer", "DISCLAIMER")));

    try (PDDocument pdf = Loader.loadPDF(document.render(c))) {
      assertThat(squeezed(new PDFTextStripper().getText(pdf))).contains(squeezed(MARKUP));
      assertThat(pdf.getPage(0).getResources().getXObjectNames()).as("the QR code only").hasSize(1);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  private static CaseView view(VerificationStatus status, String code, boolean sampleData, String holder,
      List<Benefit> benefits, List<Text> statements) {
    return new CaseView("BJV-2026-000042", status, null, "BJ-I-001", "CFA charterholder", "特许金融分析师(CFA)",
        "CFA-123456", LocalDate.of(2019, 9, 1), holder, Nationality.FOREIGN, "P1••••78", "Example Capital Ltd",
        EmployerRegion.BEIJING, new Text("beijing", "Beijing Municipal Bureau of Human Resources and Social Security",
        "北京市人力资源和社会保障局"), true, true, "applicant1", Instant.now(), null, null, false, null, null, null, null,
        code, LocalDate.of(2026, 11, 30), null, "T-2025", "2025 Edition", sampleData, benefits, statements, List.of(),
        List.of(), null);
  }

  private static final ResourceBundleMessageSource MESSAGES = messages();

  private static Benefit benefit(String code) {
    String key = "verification.benefit." + code;
    return new Benefit(code, "I", MESSAGES.getMessage(key, null, Locale.ENGLISH),
        MESSAGES.getMessage(key, null, Locale.CHINESE));
  }

  private static Text statement(String key, String code) {
    return new Text(code, MESSAGES.getMessage(key, null, Locale.ENGLISH), MESSAGES.getMessage(key, null,
        Locale.CHINESE));
  }

  private static SpringTemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "messages-verification");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static PublicAddress address() {
    PublicAddress address = mock(PublicAddress.class);
    when(address.of(anyString())).thenAnswer(call -> ADDRESS + call.getArgument(0));
    return address;
  }
}
