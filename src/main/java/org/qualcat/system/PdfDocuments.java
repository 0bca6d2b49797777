package org.qualcat.system;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Qualcat's PDFs (a verification result, the published edition): a Thymeleaf template in XML mode (XHTML, its own
 * stylesheet, every value escaped as XML text) laid out by openhtmltopdf, with the fonts the application ships
 * ({@code src/main/resources/fonts}): Liberation Sans for Latin text ({@value #LATIN}), Droid Sans Fallback for
 * Chinese ({@value #CJK}, also the fallback of any character), embedded as subsets; never the machine's fonts. Only
 * {@code data:} addresses are loaded; the XHTML is parsed with no DOCTYPE allowed; the PDF is tagged (PDF/UA).
 */
@Component
public class PdfDocuments {

  /** The font families a template asks for. */
  public static final String LATIN = "Qualcat Sans";
  public static final String CJK = "Qualcat CJK";

  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final PublicAddress address;
  private final byte[] latinRegular;
  private final byte[] latinBold;
  private final byte[] cjk;

  public PdfDocuments(ITemplateEngine templates, MessageSource messages, PublicAddress address) {
    this.templates = templates;
    this.messages = messages;
    this.address = address;
    this.latinRegular = font("LiberationSans-Regular.ttf");
    this.latinBold = font("LiberationSans-Bold.ttf");
    this.cjk = font("DroidSansFallbackFull.ttf");
    XRLog.setLoggerImpl(new LayoutLog());
  }

  /**
   * {@code template} rendered with {@code variables} as a PDF; the template also gets {@code en} and {@code zh}, the
   * application's words in each language ({@code ${en.of('key')}}).
   */
  public byte[] render(String template, Map<String, Object> variables) {
    Context context = new Context(Locale.ENGLISH);
    context.setVariables(variables);
    context.setVariable("en", new Words(messages, Locale.ENGLISH));
    context.setVariable("zh", new Words(messages, Locale.CHINESE));
    String xhtml = templates.process(new TemplateSpec(template, TemplateMode.XML), context);

    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .withW3cDocument(parse(xhtml, template), address.of("/"))
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

  /** The template's output as a DOM, read by a parser that refuses any DOCTYPE (no entities, nothing fetched). */
  private static Document parse(String xhtml, String template) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // no search of the class path
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder parser = factory.newDocumentBuilder();
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the template " + template + " is not well-formed XHTML", e);
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

  /** The application's words in one language, for a template: {@code ${en.of('verification.result.title')}}. */
  public record Words(MessageSource messages, Locale locale) {

    public String of(String key) {
      return messages.getMessage(key, null, locale);
    }

    public String of(String key, Object argument) {
      return messages.getMessage(key, new Object[] {argument}, locale);
    }

    public String of(String key, Object first, Object second) {
      return messages.getMessage(key, new Object[] {first, second}, locale);
    }
  }
}
