package org.qualcat.verification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.qualcat.system.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.qualcat.verification.CaseViews.CaseView;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

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
  /** The font family the template asks for: Latin from Liberation Sans, every other character from the CJK font. */
  static final String LATIN = "Qualcat Sans";
  static final String CJK = "Qualcat CJK";

  /** Pixels per QR module: sharp at any print resolution without relying on a viewer's image scaling. */
  private static final int MODULE_PIXELS = 8;
  /** The quiet zone the QR specification asks for, in modules. */
  private static final int QUIET_ZONE = 4;

  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final PublicAddress address;
  private final byte[] latinRegular;
  private final byte[] latinBold;
  private final byte[] cjk;

  ResultDocument(ITemplateEngine templates, MessageSource messages, PublicAddress address) {
    this.templates = templates;
    this.messages = messages;
    this.address = address;
    this.latinRegular = font("LiberationSans-Regular.ttf");
    this.latinBold = font("LiberationSans-Bold.ttf");
    this.cjk = font("DroidSansFallbackFull.ttf");
    XRLog.setLoggerImpl(new LayoutLog());
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
    Context context = new Context(Locale.ENGLISH);
    context.setVariable("c", c);
    context.setVariable("en", new Words(messages, Locale.ENGLISH));
    context.setVariable("zh", new Words(messages, Locale.CHINESE));
    if (c.verificationCode() != null) {
      String checkUrl = checkUrl(c.verificationCode());
      context.setVariable("checkUrl", checkUrl);
      context.setVariable("qrCode", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrCode(checkUrl)));
    }
    // XML mode: the template is XHTML, and every value is escaped as XML text, so names with markup stay text
    String xhtml = templates.process(new TemplateSpec(TEMPLATE, TemplateMode.XML), context);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .withW3cDocument(parse(xhtml), address.of("/"))
        .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .useFont(() -> new ByteArrayInputStream(latinRegular), LATIN, 400, FontStyle.NORMAL, true)
        .useFont(() -> new ByteArrayInputStream(latinBold), LATIN, 700, FontStyle.NORMAL, true)
        // the CJK font has one weight; it is also the fallback for any character the named fonts lack
        .useFont(() -> new ByteArrayInputStream(cjk), CJK, 400, FontStyle.NORMAL, true,
            EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE))
        // tagged PDF/UA: structure and alternative text for screen readers, and only embedded fonts (no PDF
        // standard fonts, which PDFBox would look for among the machine's fonts)
        .usePdfUaAccessibility(true)
        .withProducer("Qualcat")
        .toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
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

  /** The template's output as a DOM, read by a parser that refuses any DOCTYPE (no entities, nothing fetched). */
  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the result template is not well-formed XHTML", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] font(String file) {
    try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the font " + file + " is missing from the classpath (src/main/resources/fonts)", e);
    }
  }

  /**
   * openhtmltopdf's messages through the application's logging: its progress reports at DEBUG, its warnings and
   * errors as such (by default it writes them all to the console itself).
   */
  static final class LayoutLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
      log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
      Logger logger = LoggerFactory.getLogger(where);
      if (level.intValue() >= Level.SEVERE.intValue()) {
        logger.error(message, error);
      } else if (level.intValue() >= Level.WARNING.intValue()) {
        logger.warn(message, error);
      } else {
        logger.debug(message, error);
      }
    }

    @Override
    public void setLevel(String logger, Level level) {
      // the application's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled()
          : logger.isDebugEnabled();
    }
  }

  /** The portal's labels in one language, for the template: {@code ${en.of('verification.result.title')}}. */
  record Words(MessageSource messages, Locale locale) {

    public String of(String key) {
      return messages.getMessage(key, null, locale);
    }

    public String of(String key, Object argument) {
      return messages.getMessage(key, new Object[] {argument}, locale);
    }
  }
}
