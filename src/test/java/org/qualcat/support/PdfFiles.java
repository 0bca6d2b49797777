package org.qualcat.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading Qualcat's PDFs in tests: their text (without the layout's blanks) and their fonts. */
public final class PdfFiles {

  private PdfFiles() {
  }

  /** {@code text} without any blank: what a PDF's text extraction can be compared with, whatever the line breaks. */
  public static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** The whole document's text, squeezed. */
  public static String text(PDDocument pdf) throws IOException {
    return squeezed(new PDFTextStripper().getText(pdf));
  }

  /** The text of one page (from 1), squeezed. */
  public static String pageText(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return squeezed(stripper.getText(pdf));
  }

  /** Every font the pages use. */
  public static List<PDFont> fontsOf(PDDocument pdf) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        fonts.add(page.getResources().getFont(name));
      }
    }
    return fonts;
  }
}
