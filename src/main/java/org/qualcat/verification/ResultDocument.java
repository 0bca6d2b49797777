package org.qualcat.verification;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualcat.system.PdfDocuments;
import org.springframework.context.MessageSource;
import org.qualcat.system.PublicAddress;
import org.qualcat.verification.CaseViews.CaseView;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A verification result as a PDF the holder can hand to offices (notice IV.2): every line in English and Chinese,
 * the texts of the case page (the case's statements and benefits, the portal's labels), and a QR code that leads to
 * the public page checking the verification code. A result on sample data says so at the top of every page.
 *
 * <p>Laid out by openhtmltopdf from the Thymeleaf template {@code verification/result-pdf.html} (XHTML, its own
 * stylesheet, no external resource: only {@code data:} addresses are loaded), with the fonts the application ships
 * ({@code src/main/resources/fonts}): Liberation Sans for Latin text, Droid Sans Fallback for Chinese, embedded as
 * subsets. The machine's fonts are never used.
 */
@Component
class ResultDocument {

  static final String TEMPLATE = "verification/result-pdf";

  private final PdfDocuments pdfs;
  private final PublicAddress address;
  private final List<TitlesOnResults> titles;
  private final MessageSource messages;

  ResultDocument(PdfDocuments pdfs, PublicAddress address, List<TitlesOnResults> titles, MessageSource messages) {
    this.pdfs = pdfs;
    this.address = address;
    this.titles = titles;
    this.messages = messages;
  }

  /** The full address of the public page that checks {@code verificationCode}. */
  String checkUrl(String verificationCode) {
    return VerificationCodeApi.pageOf(address, verificationCode);
  }

  /** The result of a case that has one, as a PDF. */
  byte[] render(CaseView c) {
    if (!c.hasResult()) {
      throw new IllegalArgumentException(c.reference() + " has no result");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("c", c);
    // notice II: the professional titles granted on this result, a line each in English and in Chinese
    variables.put("titles", titles.stream().flatMap(t -> t.grantedOn(c.reference()).stream())
        .map(t -> Map.of("en", titleLine(t, Locale.ENGLISH), "zh", titleLine(t, Locale.CHINESE))).toList());
    if (c.verificationCode() != null) {
      String checkUrl = checkUrl(c.verificationCode());
      variables.put("checkUrl", checkUrl);
      variables.put("qrCode", "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(checkUrl)));
    }
    return pdfs.render(TEMPLATE, variables);
  }

  private String titleLine(GrantedTitle title, Locale locale) {
    return messages.getMessage("verification.case.titleGranted", new Object[] {
        messages.getMessage("titleRank." + title.level(), null, title.level(), locale), title.series(),
        title.grantedOn().toString(), title.applicationReference()}, locale);
  }

  /**
   * The PDF as a download: {@code attachment; filename="verification-result-<reference>.pdf"}, never kept by a cache
   * (it names the holder).
   */
  static ResponseEntity<byte[]> download(CaseView c, byte[] pdf) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("verification-result-" + c.reference() + ".pdf").build().toString())
        .cacheControl(CacheControl.noStore())
        .body(pdf);
  }
}
