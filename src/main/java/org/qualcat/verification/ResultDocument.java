package org.qualcat.verification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
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

  /** Pixels per QR module: sharp at any print resolution without relying on a viewer's image scaling. */
  private static final int MODULE_PIXELS = 8;
  /** The quiet zone the QR specification asks for, in modules. */
  private static final int QUIET_ZONE = 4;

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
      variables.put("qrCode", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrCode(checkUrl)));
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

  /** A QR code of {@code text} as a PNG, black on white, with its quiet zone. */
  static byte[] qrCode(String text) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
      int modules = matrix.getWidth() + 2 * QUIET_ZONE;
      BufferedImage image = new BufferedImage(modules * MODULE_PIXELS, modules * MODULE_PIXELS,
          BufferedImage.TYPE_BYTE_BINARY);
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int mx = x / MODULE_PIXELS - QUIET_ZONE;
          int my = y / MODULE_PIXELS - QUIET_ZONE;
          boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
          image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    } catch (WriterException e) {
      throw new IllegalStateException("cannot encode a QR code for " + text, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
